// What a collector's store says about itself: feeds ok and failing (with the last error), articles per hour,
// pending work and the last publish. Read by `status`, and by the tests to check that every failure is counted.
import { isoOf, type Db } from './db.js';

export interface StoreStatus {
  feeds: { total: number; ok: number; failing: number; neverFetched: number; stale: number };
  failing: { url: string; kind: string | null; error: string | null; failures: number; since: string | null }[];
  articles: {
    stored: number;
    excerpts: number;
    pending: number;
    failed: number;
    duplicates: number;
    lastHour: number;
    last24Hours: number;
  };
  events: number;
  lastPublish: { sequence: number; at: string; articlesAdded: number } | null;
}

/** A feed is stale when it answers but has brought nothing new for this long. */
const STALE_HOURS = 72;

export async function storeStatus(db: Db, now: Date): Promise<StoreStatus> {
  const n = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: number | string }>(sql, params))[0]?.n ?? 0);
  const hour = new Date(now.getTime() - 3600_000);
  const day = new Date(now.getTime() - 86_400_000);
  const stale = new Date(now.getTime() - STALE_HOURS * 3600_000);
  const failing = await db.query<{
    url: string;
    last_error_kind: string | null;
    last_error: string | null;
    failures: number;
    last_ok_at: Date | string | null;
  }>(
    `select f.url, f.last_error_kind, f.last_error, f.failures, f.last_ok_at from feed_state f join sources s on s.url = f.url
     where s.active and f.failures > 0 order by f.failures desc, f.url`,
  );
  const [pub] = await db.query<{ seq: number; created_at: Date | string; articles_added: number }>(
    'select seq, created_at, articles_added from publishes order by seq desc limit 1',
  );
  return {
    feeds: {
      total: await n('select count(*) as n from sources where active'),
      ok: await n('select count(*) as n from feed_state f join sources s on s.url = f.url where s.active and f.failures = 0'),
      failing: failing.length,
      neverFetched: await n(
        'select count(*) as n from sources s left join feed_state f on f.url = s.url where s.active and f.url is null',
      ),
      stale: await n(
        'select count(*) as n from feed_state f join sources s on s.url = f.url where s.active and f.failures = 0 and (f.last_new_at is null or f.last_new_at < $1)',
        [stale],
      ),
    },
    failing: failing.map((f) => ({
      url: f.url,
      kind: f.last_error_kind,
      error: f.last_error,
      failures: Number(f.failures),
      since: isoOf(f.last_ok_at),
    })),
    articles: {
      stored: await n(`select count(*) as n from articles where status = 'stored' and kind = 'full'`),
      excerpts: await n(`select count(*) as n from articles where status = 'stored' and kind = 'excerpt'`),
      pending: await n(`select count(*) as n from articles where status = 'pending'`),
      failed: await n(`select count(*) as n from articles where status = 'failed'`),
      duplicates: await n(`select count(*) as n from articles where status = 'duplicate'`),
      lastHour: await n(`select count(*) as n from articles where status = 'stored' and stored_at >= $1`, [hour]),
      last24Hours: await n(`select count(*) as n from articles where status = 'stored' and stored_at >= $1`, [day]),
    },
    events: await n(`select count(distinct event) as n from articles where event is not null`),
    lastPublish: pub
      ? { sequence: Number(pub.seq), at: isoOf(pub.created_at)!, articlesAdded: Number(pub.articles_added) }
      : null,
  };
}

export function formatStatus(s: StoreStatus): string {
  const out = [
    `feeds: ${s.feeds.total} active, ${s.feeds.ok} ok, ${s.feeds.failing} failing, ${s.feeds.neverFetched} not fetched yet, ${s.feeds.stale} with nothing new for ${STALE_HOURS} h`,
    `articles: ${s.articles.stored} stored, ${s.articles.excerpts} excerpts, ${s.articles.pending} pending, ${s.articles.failed} failed, ${s.articles.duplicates} duplicates; ${s.articles.lastHour} in the last hour, ${s.articles.last24Hours} in 24 h`,
    `events: ${s.events}`,
    `last publish: ${s.lastPublish ? `sequence ${s.lastPublish.sequence} at ${s.lastPublish.at} (+${s.lastPublish.articlesAdded} articles)` : 'never'}`,
  ];
  for (const f of s.failing)
    out.push(`  failing: ${f.url}: ${f.kind ?? '?'} ×${f.failures}: ${f.error ?? ''}${f.since ? ` (last ok ${f.since})` : ''}`);
  return out.join('\n');
}
