// When the background does not answer (still starting, or restarted): say so and offer a retry.
export function Unreachable({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="card stack" role="alert" data-testid="state-unreachable">
      <h1 class="state-headline">Parallax could not get an answer for this tab.</h1>
      <p class="muted small">{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
