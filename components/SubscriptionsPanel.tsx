// Options: the coverage sources. The bundled index is always there (the offline floor); each subscription shows its
// publisher, state, last check and last error, with "Check now" and "Remove"; then adding one, and the update log.
import type { Subscription, UpdatesInfo } from '../lib/ext/protocol.js';
import { coverageLine, updatesState, when } from '../lib/ui/freshness.js';
import { articlesFrom } from '../lib/updates/freshness.js';
import { isStale } from '../lib/updates/subscription.js';
import { AddSubscription } from './AddSubscription.js';
import { useConnector } from './ConnectorContext.js';
import { UpdateLog } from './UpdateLog.js';

function stateOf(s: Subscription, now: Date): string {
  if (s.error) return `failing since ${when(s.error.since, now)}`;
  if (s.pending) return `applying update ${s.pending.sequence}`;
  if (!s.applied) return 'waiting for its first update';
  if (isStale(s, now)) return `stale: expired ${when(s.applied.expiresAt, now)}`;
  return `up to date (update ${s.applied.sequence})`;
}

function SubscriptionRow({ s, onRemove }: { s: Subscription; onRemove: () => void }) {
  const now = new Date();
  const info = s.applied ?? s.pending;
  return (
    <li class="card stack" data-testid="subscription" data-state={s.error ? 'failing' : s.applied ? 'ok' : 'pending'}>
      <p>
        <strong>
          <bdi>{info?.publisher.name ?? new URL(s.url).hostname}</bdi>
        </strong>
        {s.builtIn && <span class="muted small"> (built in)</span>}
        {info && (
          <span class="muted small">
            {' '}
            — <bdi>{info.publisher.description}</bdi>
          </span>
        )}
      </p>
      <dl class="facts small">
        <dt>State</dt>
        <dd data-testid="subscription-state">{stateOf(s, now)}</dd>
        <dt>Manifest</dt>
        <dd data-testid="subscription-url">
          <code>
            <bdi>{s.url}</bdi>
          </code>
        </dd>
        <dt>Key</dt>
        <dd data-testid="subscription-key">
          <code>{s.keyId}</code>
        </dd>
        {info && (
          <>
            <dt>Holds</dt>
            <dd>{articlesFrom(info.stats.articles, info.stats.outlets)}</dd>
          </>
        )}
        <dt>Last check</dt>
        <dd data-testid="subscription-last-check">{s.lastCheck ? when(s.lastCheck, now) : 'never'}</dd>
        <dt>Last error</dt>
        <dd data-testid="subscription-error" class={s.error ? 'status-disputed' : undefined}>
          {s.error ? (
            <>
              {s.error.kind}: <bdi>{s.error.message}</bdi>
            </>
          ) : (
            'none'
          )}
        </dd>
      </dl>
      <div>
        <button type="button" onClick={onRemove} data-testid="subscription-remove">
          Remove
        </button>
      </div>
    </li>
  );
}

export function SubscriptionsPanel({ updates, onChange }: { updates: UpdatesInfo | null; onChange: (u: UpdatesInfo) => void }) {
  const connector = useConnector();
  const now = new Date();
  const checkNow = (): void => void connector.checkUpdates().then(onChange, (e: unknown) => console.warn('Parallax:', e));
  const remove = (id: string): void =>
    void connector.unsubscribe(id).then(onChange, (e: unknown) => console.warn('Parallax:', e));
  const line = updates && coverageLine(updates.freshness, now);
  return (
    <section aria-labelledby="sources-h" class="card stack" data-testid="opt-sources">
      <h2 id="sources-h">Coverage sources</h2>
      {!updates ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <p data-testid="opt-freshness">
            {line ?? 'No index loaded yet.'}
            <br />
            <span
              class={updates.freshness.status === 'failing' || updates.freshness.status === 'stale' ? 'status-disputed' : 'muted'}
              data-testid="opt-updates-state"
            >
              {updatesState(updates.freshness, now)}
            </span>
          </p>
          <ul class="stack plain-list" data-testid="subscriptions">
            <li class="card small">
              <strong>Bundled index</strong> — always there, also offline: the coverage this version of Parallax ships with.
            </li>
            {updates.subscriptions.map((s) => (
              <SubscriptionRow key={s.id} s={s} onRemove={() => remove(s.id)} />
            ))}
          </ul>
          {updates.subscriptions.length > 0 && (
            <div>
              <button type="button" onClick={checkNow} disabled={updates.checking} data-testid="check-now">
                {updates.checking ? 'Checking…' : 'Check now'}
              </button>
            </div>
          )}
          <AddSubscription onAdded={onChange} />
          <UpdateLog log={updates.log} />
        </>
      )}
    </section>
  );
}
