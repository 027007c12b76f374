// Options: "Collect it yourself" (opt-in). The feeds the reader imported, each with its state (ok / failing with the
// reason / permission missing / not polled yet), last poll and what it brought; "Poll now", "Allow access", "Remove";
// and the OPML import. Requests go only to the listed feeds and their articles, whatever the reader reads.
import { feedState } from '../lib/collect/reader-feeds.js';
import type { CollectInfo, FeedView } from '../lib/ext/protocol.js';
import { when } from '../lib/ui/freshness.js';
import { useConnector } from './ConnectorContext.js';
import { ImportFeeds } from './ImportFeeds.js';

const STATE_TEXT = { ok: 'ok', failing: 'failing', permission: 'permission missing', new: 'not polled yet' } as const;

function lastPollText(f: FeedView, now: Date): string {
  if (!f.lastPoll) return 'never';
  const p = f.lastPages;
  const pages = f.error
    ? ''
    : `: ${p.added} new article${p.added === 1 ? '' : 's'}${p.excerpts ? `, ${p.excerpts} as the feed's excerpt` : ''}${p.failed ? `, ${p.failed} left for the next poll` : ''}`;
  return `${when(f.lastPoll, now)}${pages}`;
}

function FeedRow({
  f,
  busy,
  act,
}: {
  f: FeedView;
  busy: boolean;
  act: (what: 'allow' | 'poll' | 'remove', f: FeedView) => void;
}) {
  const now = new Date();
  const state = feedState(f);
  return (
    <li class="card stack" data-testid="collect-feed" data-state={state}>
      <p>
        <strong>
          <bdi>{f.title}</bdi>
        </strong>{' '}
        <span class="muted small">
          — {f.collected} article{f.collected === 1 ? '' : 's'} collected
        </span>
      </p>
      <dl class="facts small">
        <dt>State</dt>
        <dd data-testid="collect-feed-state" class={state === 'ok' || state === 'new' ? undefined : 'status-disputed'}>
          {STATE_TEXT[state]}
          {state === 'failing' && f.error && (
            <>
              {` since ${when(f.error.since, now)}: `}
              <bdi>{f.error.message}</bdi>
            </>
          )}
          {state === 'permission' && `: Parallax may not read ${f.origin.replace(/\/\*$/, '')}`}
        </dd>
        <dt>Feed</dt>
        <dd data-testid="collect-feed-url">
          <code>
            <bdi>{f.url}</bdi>
          </code>
        </dd>
        <dt>Last poll</dt>
        <dd data-testid="collect-feed-last-poll">{lastPollText(f, now)}</dd>
      </dl>
      <div>
        {!f.permitted && (
          <button type="button" onClick={() => act('allow', f)} data-testid="collect-feed-allow">
            Allow access
          </button>
        )}{' '}
        <button type="button" onClick={() => act('poll', f)} disabled={busy || !f.permitted}>
          Poll this feed
        </button>{' '}
        <button type="button" onClick={() => act('remove', f)} data-testid="collect-feed-remove">
          Remove
        </button>
      </div>
    </li>
  );
}

export function CollectPanel({ collect, onChange }: { collect: CollectInfo | null; onChange: (c: CollectInfo) => void }) {
  const connector = useConnector();
  const failed = (e: unknown) => console.warn('Parallax:', e);
  const pollAll = (): void => {
    if (collect) onChange({ ...collect, polling: true });
    void connector.pollFeeds(null).then(onChange, failed);
  };
  const act = (what: 'allow' | 'poll' | 'remove', f: FeedView): void => {
    if (what === 'remove') void connector.removeFeed(f.url).then(onChange, failed);
    else if (what === 'poll') {
      if (collect) onChange({ ...collect, polling: true });
      void connector.pollFeeds(f.url).then(onChange, failed);
    } else void connector.requestHostAccess([f.origin]).then(() => connector.getCollect().then(onChange), failed);
  };
  const now = new Date();
  return (
    <section aria-labelledby="collect-h" class="card stack" data-testid="opt-collect">
      <h2 id="collect-h">Collect it yourself</h2>
      <p class="muted small">
        Instead of trusting a publisher, this browser can read news feeds you choose and add their articles to your coverage.
        Requests go only to the feeds you list and the articles they name, the same whatever you read; no cookies are sent.
      </p>
      {!collect ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          {collect.feeds.length > 0 && (
            <p data-testid="collect-summary">
              {collect.articles.toLocaleString('en')} article{collect.articles === 1 ? '' : 's'} in{' '}
              {collect.events.toLocaleString('en')} event
              {collect.events === 1 ? '' : 's'} collected from {collect.feeds.length} feed{collect.feeds.length === 1 ? '' : 's'}
              {collect.lastPoll ? `; last poll ${when(collect.lastPoll, now)}` : ''}.
            </p>
          )}
          <ul class="stack plain-list" data-testid="collect-feeds">
            {collect.feeds.map((f) => (
              <FeedRow key={f.url} f={f} busy={collect.polling} act={act} />
            ))}
          </ul>
          {collect.feeds.length > 0 && (
            <div>
              <button type="button" onClick={pollAll} disabled={collect.polling} data-testid="collect-poll">
                {collect.polling ? 'Polling…' : 'Poll now'}
              </button>
            </div>
          )}
          <ImportFeeds onImported={(r) => onChange(r.info)} />
        </>
      )}
    </section>
  );
}
