// Every state that is not an answer yet (or never will be): loading the index, reading the page, not an article,
// too large, error, switched off here. Each says plainly what is happening and what the reader can do.
import type { TabState } from '../lib/ext/protocol.js';
import { percent } from '../lib/ui/format.js';

type Pending = Exclude<TabState, { status: 'ready' }>;

const HEADLINE: Record<Pending['status'], string> = {
  waiting: 'Reading the article…',
  'index-loading': 'Loading the index of known coverage…',
  'not-article': 'This page does not look like a news article.',
  'too-large': 'This page is too large to check on your device.',
  'too-complex': 'This page is too complex to check on your device.',
  error: 'Something went wrong while checking this page.',
  disabled: 'Parallax is switched off on this site.',
};

const ACTION: Partial<Record<Pending['status'], string>> = {
  'not-article': 'Check it anyway',
  error: 'Try again',
  disabled: 'Check this page once',
};

/**
 * What the state's message adds to the headline. The content script says "This page does not look like a news
 * article (og:type website, few long paragraphs)." under a headline saying the same: only the reason is kept.
 */
export function detailOf(headline: string, message: string | null | undefined): string | null {
  if (!message) return null;
  const stem = headline.replace(/[.…]+$/, '');
  if (!message.startsWith(stem)) return message;
  const rest = message
    .slice(stem.length)
    .trim()
    .replace(/^\((.*)\)\.?$/, '$1')
    .replace(/^[.:,;—-]\s*/, '')
    .trim();
  return rest ? `Why: ${rest.replace(/\.$/, '')}.` : null;
}

export function StateMessage({ state, onRecheck }: { state: Pending; onRecheck?: () => void }) {
  const action = ACTION[state.status];
  const detail = 'message' in state ? detailOf(HEADLINE[state.status], state.message) : null;
  return (
    <div class="card stack" role="status" aria-live="polite" data-testid={`state-${state.status}`}>
      <h1 class="state-headline">{HEADLINE[state.status]}</h1>
      {state.status === 'index-loading' && (
        <>
          <progress value={state.progress} max={1} aria-label="Index loading progress" />
          <p class="muted small">{percent(state.progress)} — this happens once, after install or update.</p>
        </>
      )}
      {state.status === 'waiting' && <Skeleton lines={3} />}
      {detail && <p class="muted small">{detail}</p>}
      {action && onRecheck && (
        <button type="button" onClick={onRecheck} data-testid="recheck">
          {action}
        </button>
      )}
    </div>
  );
}

/** Grey bars that hold the space of text still to come, so nothing jumps when it arrives. */
export function Skeleton({ lines }: { lines: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  );
}
