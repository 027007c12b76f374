// One collection pass: poll the sources that are due, record their new items, fetch and extract the new articles
// (lib/extract's pipeline, as the extension runs it), and assign them to events. Every failure is counted and kept
// for a later pass; nothing collected is lost or stored twice.
import { extractClaims } from '../../claims/index.js';
import { canonicalUrl, siteDomain, urlKey } from '../../collect/canonical.js';
import { FeedParseError, parseSourceBody, type FeedItem } from '../../collect/feed.js';
import type { Source } from '../../collect/sources.js';
import { extractFromDocument } from '../../extract/document.js';
import { applyOutlet } from '../../outlets/apply.js';
import type { OutletTable } from '../../outlets/types.js';
import type { Article } from '../../types.js';
import { parseHtml } from '../html-document.js';
import type { Db } from './db.js';
import type { FetchFail, PoliteFetcher } from './http.js';

export interface CollectContext {
  db: Db;
  fetcher: PoliteFetcher;
  outlets: OutletTable | null;
  now: () => Date;
  /** Pages fetched at once (across hosts; one at a time per host all the same). */
  concurrency?: number;
  /** News sitemaps list the last 48 hours; plain sitemaps are read for entries modified within this. */
  sitemapWindowHours?: number;
  /** Tries of a page before it is kept as an excerpt. */
  maxAttempts?: number;
  log?: (line: string) => void;
}

export interface PassReport {
  feeds: { polled: number; ok: number; notModified: number; failed: number; notDue: number };
  itemsSeen: number;
  newArticles: number;
  duplicates: number;
  pages: { fetched: number; stored: number; excerpts: number; retryLater: number; duplicates: number };
  publishedFrom: { page: number; feed: number; firstSeen: number };
  failures: Record<string, number>;
}

export const emptyReport = (): PassReport => ({
  feeds: { polled: 0, ok: 0, notModified: 0, failed: 0, notDue: 0 },
  itemsSeen: 0,
  newArticles: 0,
  duplicates: 0,
  pages: { fetched: 0, stored: 0, excerpts: 0, retryLater: 0, duplicates: 0 },
  publishedFrom: { page: 0, feed: 0, firstSeen: 0 },
  failures: {},
});

const count = (r: PassReport, kind: string) => {
  r.failures[kind] = (r.failures[kind] ?? 0) + 1;
};

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

interface SourceRow {
  url: string;
  kind: Source['kind'];
  outlet: string | null;
  language: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number | null;
}

/** Backoff after consecutive failures: 10 min, 20, 40 … capped at a day. */
const backoffMs = (failures: number) => Math.min(86_400_000, 600_000 * 2 ** Math.max(0, failures - 1));

const SOURCE_COLUMNS = 's.url, s.kind, s.outlet, s.language, f.etag, f.last_modified, f.failures';

/** Poll the given sources now (a queue worker's share of a pass). */
export async function pollSources(ctx: CollectContext, urls: readonly string[], report: PassReport): Promise<void> {
  const rows = await ctx.db.query<SourceRow>(`select ${SOURCE_COLUMNS} from sources s left join feed_state f on f.url = s.url where s.url = any($1::text[]) order by s.url`, [urls]);
  for (const s of rows) await pollOne(ctx, s, report);
}

/** Due sources, by the host that serves them: one worker at a time per host keeps politeness across machines. */
export async function dueSourcesByHost(ctx: CollectContext): Promise<Map<string, string[]>> {
  const rows = await ctx.db.query<{ url: string }>(
    `select s.url from sources s left join feed_state f on f.url = s.url where s.active and (f.next_fetch_at is null or f.next_fetch_at <= $1) order by s.url`,
    [ctx.now()],
  );
  return groupByHost(rows.map((r) => r.url), (u) => u);
}

export function groupByHost<T>(items: readonly T[], url: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const host = new URL(url(it)).host;
    (out.get(host) ?? out.set(host, []).get(host)!).push(it);
  }
  return out;
}

export async function pollFeeds(ctx: CollectContext, report: PassReport): Promise<void> {
  const now = ctx.now();
  const due = await ctx.db.query<SourceRow>(
    `select ${SOURCE_COLUMNS} from sources s left join feed_state f on f.url = s.url
     where s.active and (f.next_fetch_at is null or f.next_fetch_at <= $1) order by s.url`,
    [now],
  );
  const [{ n: total } = { n: 0 }] = await ctx.db.query<{ n: number }>('select count(*)::int as n from sources where active');
  report.feeds.notDue += total - due.length;
  await runPool(due, ctx.concurrency ?? 8, (s) => pollOne(ctx, s, report));
}

async function pollOne(ctx: CollectContext, s: SourceRow, report: PassReport): Promise<void> {
  report.feeds.polled++;
  const res = await ctx.fetcher.get(s.url, { etag: s.etag, lastModified: s.last_modified, maxBytes: 10 * 1024 * 1024 });
  const at = ctx.now();
  if (!res.ok) return feedFailed(ctx, s, res, report);
  if (res.notModified) {
    report.feeds.notModified++;
    report.feeds.ok++;
    await saveFeedState(ctx.db, s.url, { at, ok: true, etag: res.etag ?? s.etag, lastModified: res.lastModified ?? s.last_modified });
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
    const fail: FetchFail = { ok: false, kind: 'http', message: err instanceof FeedParseError ? err.message : `unreadable: ${String(err)}` };
    return feedFailed(ctx, s, { ...fail, kind: 'malformed' as FetchFail['kind'] }, report);
  }
  if (format === 'news-sitemap' || format === 'sitemap') items = items.filter((i) => recent(i.published, at, ctx.sitemapWindowHours ?? 48));
  report.feeds.ok++;
  const fresh = await recordItems(ctx, s, items, report);
  await saveFeedState(ctx.db, s.url, { at, ok: true, etag: res.etag, lastModified: res.lastModified, items: items.length, fresh, format });
}

function recent(iso: string | null, now: Date, hours: number): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && now.getTime() - t <= hours * 3600_000 && t - now.getTime() <= 24 * 3600_000;
}

async function feedFailed(ctx: CollectContext, s: SourceRow, res: FetchFail, report: PassReport): Promise<void> {
  report.feeds.failed++;
  count(report, `feed-${res.kind}${res.status ? `-${res.status}` : ''}`);
  ctx.log?.(`feed failed: ${s.url}: ${res.message}`);
  const failures = (s.failures ?? 0) + 1;
  const next = ctx.now().getTime() + Math.max(backoffMs(failures), res.retryInMs ?? 0);
  await ctx.db.query(
    `insert into feed_state (url, last_fetch_at, failures, next_fetch_at, last_error, last_error_kind, last_status)
     values ($1,$2,$3,$4,$5,$6,$7) on conflict (url) do update set last_fetch_at = excluded.last_fetch_at,
     failures = excluded.failures, next_fetch_at = excluded.next_fetch_at, last_error = excluded.last_error,
     last_error_kind = excluded.last_error_kind, last_status = excluded.last_status`,
    [s.url, ctx.now(), failures, new Date(next), res.message.slice(0, 500), res.kind, res.status ?? null],
  );
}

async function saveFeedState(
  db: Db,
  url: string,
  st: { at: Date; ok: boolean; etag: string | null; lastModified: string | null; items?: number; fresh?: number; format?: string },
): Promise<void> {
  await db.query(
    `insert into feed_state (url, etag, last_modified, last_fetch_at, last_ok_at, last_new_at, failures, next_fetch_at, items_seen, format, last_error, last_error_kind, last_status)
     values ($1,$2,$3,$4,$4,$5,0,null,$6,$7,null,null,200) on conflict (url) do update set etag = excluded.etag,
     last_modified = excluded.last_modified, last_fetch_at = excluded.last_fetch_at, last_ok_at = excluded.last_ok_at,
     last_new_at = coalesce(excluded.last_new_at, feed_state.last_new_at), failures = 0, next_fetch_at = null,
     items_seen = feed_state.items_seen + excluded.items_seen, format = coalesce(excluded.format, feed_state.format),
     last_error = null, last_error_kind = null, last_status = 200`,
    [url, st.etag, st.lastModified, st.at, st.fresh ? st.at : null, st.items ?? 0, st.format ?? null],
  );
}

/** New items become pending articles; a GUID seen before, or a URL already known under another GUID or feed, is the
 * same article (a feed that rewrites old items, the same story in two feeds, tracking parameters). */
async function recordItems(ctx: CollectContext, s: SourceRow, items: readonly FeedItem[], report: PassReport): Promise<number> {
  report.itemsSeen += items.length;
  // A feed lists the same items pass after pass: what this source listed before is found in one query.
  const guids = items.map((it) => it.guid ?? it.url);
  const known = new Set((await ctx.db.query<{ guid: string }>('select guid from items where source = $1 and guid = any($2::text[])', [s.url, guids])).map((r) => r.guid));
  let fresh = 0;
  for (const it of items) {
    const key = urlKey(it.url);
    const guid = it.guid ?? it.url;
    if (!key || known.has(guid)) {
      if (key) report.duplicates++;
      continue;
    }
    known.add(guid);
    const at = ctx.now();
    const isNew = await ctx.db.transaction(async (tx) => {
      const inserted = await tx.query('insert into items (source, guid, article_key, seen_at) values ($1,$2,$3,$4) on conflict do nothing returning 1', [s.url, guid, key, at]);
      if (!inserted.length) return false;
      const added = await tx.query(
        `insert into articles (key, id, url, source, feed_title, feed_summary, feed_published, feed_author, feed_language, first_seen, status)
         values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'pending') on conflict do nothing returning 1`,
        [key, canonicalUrl(it.url) ?? it.url, it.url, s.url, it.title, it.summary?.slice(0, 2000) ?? null, it.published, it.author, it.language ?? s.language, at],
      );
      return added.length > 0;
    });
    if (isNew) {
      fresh++;
      report.newArticles++;
    } else report.duplicates++;
  }
  return fresh;
}

export interface PendingRow {
  key: string;
  id: string;
  url: string;
  source: string | null;
  feed_title: string | null;
  feed_summary: string | null;
  feed_published: Date | string | null;
  feed_author: string | null;
  feed_language: string | null;
  first_seen: Date | string;
  attempts: number;
  outlet: string | null;
}

const PENDING_COLUMNS = `a.key, a.id, a.url, a.source, a.feed_title, a.feed_summary, a.feed_published, a.feed_author, a.feed_language,
  a.first_seen, a.attempts, s.outlet from articles a left join sources s on s.url = a.source`;

/** Pages due for a fetch. */
export async function pendingPages(ctx: CollectContext, limit = 5000): Promise<PendingRow[]> {
  return ctx.db.query<PendingRow>(
    `select ${PENDING_COLUMNS} where a.status = 'pending' and (a.next_attempt_at is null or a.next_attempt_at <= $1) order by a.first_seen, a.key limit $2`,
    [ctx.now(), limit],
  );
}

export async function fetchPages(ctx: CollectContext, report: PassReport, limit = 5000): Promise<void> {
  await runPool(await pendingPages(ctx, limit), ctx.concurrency ?? 8, (row) => fetchPage(ctx, row, report));
}

/** Fetch the given pending pages (a queue worker's share: one host's). */
export async function fetchPagesByKey(ctx: CollectContext, keys: readonly string[], report: PassReport): Promise<void> {
  const rows = await ctx.db.query<PendingRow>(`select ${PENDING_COLUMNS} where a.key = any($1::text[]) and a.status = 'pending' order by a.first_seen, a.key`, [keys]);
  for (const row of rows) await fetchPage(ctx, row, report);
}

/** Permanent page failures: the feed's title and summary are kept as an excerpt at once. */
const PERMANENT = new Set(['robots', 'too-large', 'bad-url', 'private-address', 'redirects', 'extract']);

async function fetchPage(ctx: CollectContext, row: PendingRow, report: PassReport): Promise<void> {
  const res = await ctx.fetcher.get(row.url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  report.pages.fetched++;
  let article: Article | null = null;
  let failure: { kind: string; message: string; retryInMs?: number } | null = null;
  if (res.ok && !res.notModified) {
    const doc = parseHtml(res.text());
    const out = extractFromDocument(doc, { url: res.url });
    if (out.ok) article = out.article;
    else failure = { kind: 'extract', message: `${out.reason}: ${out.message}` };
  } else if (!res.ok) {
    const permanent = PERMANENT.has(res.kind) || (res.kind === 'http' && !!res.status && res.status >= 400 && res.status < 500 && res.status !== 429);
    const kind = res.kind === 'http' ? (permanent ? 'gone' : `http-${res.status ?? ''}`) : res.kind;
    failure = { kind, message: res.message, retryInMs: res.retryInMs };
  }
  if (failure) count(report, `page-${failure.kind}`);
  const attempts = row.attempts + 1;
  const transient = failure && !PERMANENT.has(failure.kind) && failure.kind !== 'gone';
  if (transient && attempts < (ctx.maxAttempts ?? 3)) {
    report.pages.retryLater++;
    const next = ctx.now().getTime() + Math.max(backoffMs(attempts), failure!.retryInMs ?? 0);
    await ctx.db.query('update articles set attempts = $2, next_attempt_at = $3, last_error = $4 where key = $1', [row.key, attempts, new Date(next), failure!.message.slice(0, 500)]);
    return;
  }
  await store(ctx, row, article, failure?.message ?? null, attempts, report);
}

const iso = (v: Date | string | null): string | null => (v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** Whether a page's canonical link may name it: the same site (a canonical on another host is ignored, so a page
 * cannot pose as another outlet's article). */
function relatedHosts(a: string, b: string): boolean {
  const x = siteDomain(a);
  const y = siteDomain(b);
  return !!x && !!y && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}

async function store(ctx: CollectContext, row: PendingRow, page: Article | null, error: string | null, attempts: number, report: PassReport): Promise<void> {
  const title = page?.title?.trim() || row.feed_title?.trim() || '';
  if (!title) {
    count(report, 'no-title');
    await ctx.db.query(`update articles set status = 'failed', attempts = $2, last_error = $3 where key = $1`, [row.key, attempts, error ?? 'no title in the page or the feed']);
    return;
  }
  // The page's canonical URL, when it is on the same site and names another known article, makes this a duplicate.
  const canonical = page?.url && relatedHosts(page.url, row.url) ? canonicalUrl(page.url) : null;
  const canonicalKey = canonical ? urlKey(canonical) : null;
  let key = row.key;
  if (canonicalKey && canonicalKey !== row.key) {
    // Known under its canonical URL already: a duplicate. Else the row takes the canonical key, so the same story
    // reached later through its canonical URL is found.
    const moved = await ctx.db.transaction(async (tx) => {
      if ((await tx.query('select 1 from articles where key = $1 or id = $2', [canonicalKey, canonical])).length) return false;
      await tx.query('update articles set key = $2 where key = $1', [row.key, canonicalKey]);
      await tx.query('update items set article_key = $2 where article_key = $1', [row.key, canonicalKey]);
      return true;
    });
    if (!moved) {
      report.pages.duplicates++;
      await ctx.db.query(`update articles set status = 'duplicate', copy_of = $2, attempts = $3 where key = $1`, [row.key, canonicalKey, attempts]);
      return;
    }
    key = canonicalKey;
  }
  const excerpt = !page;
  const published = page?.published ? { at: normaliseTime(page.published), from: 'page' } : row.feed_published ? { at: iso(row.feed_published), from: 'feed' } : { at: iso(row.first_seen), from: 'first-seen' };
  report.publishedFrom[published.from === 'page' ? 'page' : published.from === 'feed' ? 'feed' : 'firstSeen']++;
  const domain = siteDomain(row.url);
  let article: Article = {
    id: canonical ?? row.id,
    title,
    text: page?.text ?? row.feed_summary ?? '',
    byline: page?.byline ?? row.feed_author,
    siteName: page?.siteName ?? null,
    outlet: page?.outlet ?? null,
    domain: page?.domain ?? domain,
    url: canonical ?? row.id,
    published: published.at,
    lang: page?.lang ?? row.feed_language?.slice(0, 2) ?? null,
    republishedFrom: page?.republishedFrom ?? null,
  };
  if (ctx.outlets) article = applyOutlet(article, ctx.outlets);
  const claims = excerpt ? [] : extractClaims(article);
  if (excerpt) report.pages.excerpts++;
  else report.pages.stored++;
  await ctx.db.query(
    `update articles set status = 'stored', attempts = $2, last_error = $3, kind = $4, title = $5, outlet = $6, domain = $7,
       published = $8, published_source = $9, lang = $10, byline = $11, body = $12, stored_at = $13, claims = $14, id = $15, url = $16,
       raw = $17 where key = $1`,
    [key, attempts, error, excerpt ? 'excerpt' : 'full', article.title.slice(0, 1000), article.outlet, article.domain, article.published, published.from, article.lang, article.byline?.slice(0, 500) ?? null, article.text.slice(0, 12_000), ctx.now(), JSON.stringify(claims), article.id, article.url, JSON.stringify({ siteName: article.siteName, republishedFrom: article.republishedFrom })],
  );
}

function normaliseTime(v: string): string | null {
  const t = Date.parse(v.length === 10 ? `${v}T12:00:00Z` : v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** Run fn over items with at most `limit` at once. */
export async function runPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
