// The update log in the options: what each check found, applied or refused, newest first.
import type { UpdateLogEntry } from '../lib/ext/protocol.js';

const stamp = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function UpdateLog({ log }: { log: UpdateLogEntry[] }) {
  if (!log.length)
    return (
      <p class="small muted" data-testid="update-log-empty">
        No update checks yet.
      </p>
    );
  return (
    <details data-testid="update-log">
      <summary>Update log ({log.length})</summary>
      <ol class="small update-log">
        {log.slice(0, 50).map((e, i) => (
          <li key={i} class={e.level === 'error' ? 'status-disputed' : undefined}>
            <time dateTime={e.at}>{stamp.format(new Date(e.at))}</time>{' '}
            {e.source ? (
              <>
                <bdi>{e.source}</bdi>:{' '}
              </>
            ) : (
              ''
            )}
            <bdi>{e.message}</bdi>
          </li>
        ))}
      </ol>
    </details>
  );
}
