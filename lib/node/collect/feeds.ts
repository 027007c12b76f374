// Polling sources: the ones that are due, with conditional GET and backoff; their items recorded once, whatever
// their GUID, tracking parameters or the feed that lists them again; sitemap indexes followed to recent children.
import { FeedParseError, parseSourceBody, type FeedItem } from '../../collect/feed.js';
import type { Source } from '../../collect/sources.js';
import { backoffMs, count, groupByHost, runPool, type CollectContext, type PassReport } from './context.js';
import type { Db } from './db.js';
import { FeedStates } from './feed-state.js';
import { recordItems, type SourceRow } from './items.js';
import type { FetchFail } from './http-types.js';
import type { PendingRow } from './pages.js';

/** Make the stored source list the given one: new sources added, dropped ones kept but inactive (their history stays). */
export async function syncSources(db: Db, sources: readonly Source[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update sources set active = false');
    for (const s of sources) {
      await tx.query(
        `insert into sources (url, kind, title, site, outlet, language, grp, active) values ($1,$2,$3,$4,$5,$6,$7,true)
         on conflict (url) do update set kind = excluded.kind, title = excluded.title, site = excluded.site,
         outlet = excluded.outlet, language = excluded.language, grp = excluded.grp, active = true`,
        [s.url, s.kind, s.title, s.site, s.outlet, s.language, s.group],
      );
    }
  });
}

const SOURCE_COLUMNS = 's.url, s.kind, s.outlet, s.language, f.etag, f.last_modified, f.failures, f.last_ok_at';

/** Poll the given sources now (a queue worker's share of a pass). */
export async function pollSources(ctx: CollectContext, urls: readonly string[], report: PassReport): Promise<void> {
  const rows = await ctx.db.query<SourceRow>(
    `select ${SOURCE_COLUMNS} from sources s left join feed_state f on f.url = s.url where s.url = any($1::text[]) order by s.url`,
    [urls],
  );
  const states = new FeedStates(ctx.db);
  for (const s of rows) await pollOne(ctx, s, report, states, []);
  await states.flush();
}

/** Due sources, by the host that serves them: one worker at a time per host keeps politeness across machines. */
export async function dueSourcesByHost(ctx: CollectContext): Promise<Map<string, string[]>> {
  const rows = await ctx.db.query<{ url: string }>(
    `select s.url from sources s left join feed_state f on f.url = s.url where s.active and (f.next_fetch_at is null or f.next_fetch_at <= $1) order by s.url`,
    [ctx.now()],
  );
  return groupByHost(
    rows.map((r) => r.url),
    (u) => u,
  );
}

/** Poll the due feeds. Says whether pages were already waiting for a fetch (pending and due) before the poll, and
 * gives the new articles' pending pages: with none waiting, a pass fetches just these, found without a query (that
 * query was a quarter of an idle pass's store time). */
export async function pollFeeds(
  ctx: CollectContext,
  report: PassReport,
): Promise<{ pagesWaiting: boolean; fresh: PendingRow[] }> {
  const now = ctx.now();
  // The counts ride on every row; a pass with no feed due reads them from the one row of the left join's empty side.
  const due = await ctx.db.query<SourceRow & { total: number; waiting: boolean }>(
    `select ${SOURCE_COLUMNS}, c.total, c.waiting from (select (select count(*)::int from sources where active) as total,
       exists (select 1 from articles where status = 'pending' and (next_attempt_at is null or next_attempt_at <= $1)) as waiting) c
     left join (sources s left join feed_state f on f.url = s.url) on s.active and (f.next_fetch_at is null or f.next_fetch_at <= $1)
     order by s.url`,
    [now],
  );
  const counts = due[0]!;
  const sources = due.filter((s) => s.url !== null);
  report.feeds.notDue += Number(counts.total) - sources.length;
  const states = new FeedStates(ctx.db);
  const fresh: PendingRow[] = [];
  await runPool(sources, ctx.concurrency ?? 8, (s) => pollOne(ctx, s, report, states, fresh));
  await states.flush();
  return { pagesWaiting: counts.waiting, fresh };
}

async function pollOne(
  ctx: CollectContext,
  s: SourceRow,
  report: PassReport,
  states: FeedStates,
  fresh: PendingRow[],
): Promise<void> {
  report.feeds.polled++;
  const res = await ctx.fetcher.get(s.url, { etag: s.etag, lastModified: s.last_modified, maxBytes: 10 * 1024 * 1024 });
  const at = ctx.now();
  if (!res.ok) return feedFailed(ctx, s, res, report, states);
  if (res.notModified) {
    report.feeds.notModified++;
    report.feeds.ok++;
    if (unchangedLately(s, res.etag, res.lastModified, at)) return;
    states.polled({
      url: s.url,
      at: at.toISOString(),
      etag: res.etag ?? s.etag,
      lastModified: res.lastModified ?? s.last_modified,
      items: 0,
      fresh: 0,
      format: null,
    });
    return;
  }
  let items: FeedItem[];
  let format: string;
  try {
    const parsed = parseSourceBody(res.text(), s.kind, res.url);
    items = parsed.items;
    format = parsed.format;
    for (const child of parsed.sitemaps.filter((m) => recent(m.lastmod, at, ctx.sitemapWindowHours ?? 48)).slice(0, 5)) {
      const sub = await ctx.fetcher.get(child.url, { maxBytes: 10 * 1024 * 1024 });
      if (sub.ok && !sub.notModified) {
        try {
          items.push(...parseSourceBody(sub.text(), s.kind, sub.url).items);
        } catch {
          count(report, 'child-sitemap-unreadable');
        }
      }
    }
  } catch (err) {
    const fail: FetchFail = {
      ok: false,
      kind: 'http',
      message: err instanceof FeedParseError ? err.message : `unreadable: ${String(err)}`,
    };
    return feedFailed(ctx, s, { ...fail, kind: 'malformed' as FetchFail['kind'] }, report, states);
  }
  if (format === 'news-sitemap' || format === 'sitemap')
    items = items.filter((i) => recent(i.published, at, ctx.sitemapWindowHours ?? 48));
  report.feeds.ok++;
  const added = await recordItems(ctx, s, items, report);
  fresh.push(...added);
  states.polled({
    url: s.url,
    at: at.toISOString(),
    etag: res.etag,
    lastModified: res.lastModified,
    items: items.length,
    fresh: added.length,
    format,
  });
}

/** How stale a 304 may leave a feed's stored last fetch: the validators and failure count are exact, the times of a
 * feed that keeps answering "not modified" are written at most this often (a write of each 304 was a quarter of an
 * idle 5-minute pass's store time); `status` reads them only as a failing feed's "since". */
const QUIET_WRITE_MS = 3600_000;

function unchangedLately(s: SourceRow, etag: string | null, lastModified: string | null, at: Date): boolean {
  if (s.failures || !s.last_ok_at) return false;
  if ((etag ?? s.etag) !== s.etag || (lastModified ?? s.last_modified) !== s.last_modified) return false;
  return at.getTime() - new Date(s.last_ok_at).getTime() < QUIET_WRITE_MS;
}

function recent(iso: string | null, now: Date, hours: number): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && now.getTime() - t <= hours * 3600_000 && t - now.getTime() <= 24 * 3600_000;
}

function feedFailed(ctx: CollectContext, s: SourceRow, res: FetchFail, report: PassReport, states: FeedStates): void {
  report.feeds.failed++;
  count(report, `feed-${res.kind}${res.status ? `-${res.status}` : ''}`);
  ctx.log?.(`feed failed: ${s.url}: ${res.message}`);
  const failures = (s.failures ?? 0) + 1;
  const next = ctx.now().getTime() + Math.max(backoffMs(failures), res.retryInMs ?? 0);
  states.failedWith({
    url: s.url,
    at: ctx.now().toISOString(),
    failures,
    next: new Date(next).toISOString(),
    error: res.message.slice(0, 500),
    kind: res.kind,
    status: res.status ?? null,
  });
}
