// Article pages: fetched politely, extracted with lib/extract's pipeline (as the extension runs it), kept as the
// feed's excerpt when the page cannot be had, and folded into the article they duplicate (canonical links).
import { isoOf } from './db.js';
import { extractClaims } from '../../claims/index.js';
import { canonicalUrl, relatedHosts, siteDomain, urlKey } from '../../collect/canonical.js';
import { extractFromDocument } from '../../extract/document.js';
import { applyOutlet } from '../../outlets/apply.js';
import type { Article } from '../../types.js';
import { parseHtml } from '../html-document.js';
import { backoffMs, count, runPool, type CollectContext, type PassReport } from './context.js';
import { StoredWrites, type StoredUpdate } from './stored-writes.js';

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

/** Pages due for a fetch, or the pending pages of `keys`. */
export async function pendingPages(ctx: CollectContext, limit = 5000, keys?: readonly string[]): Promise<PendingRow[]> {
  if (keys)
    return ctx.db.query<PendingRow>(
      `select ${PENDING_COLUMNS} where a.key = any($1::text[]) and a.status = 'pending' order by a.first_seen, a.key`,
      [keys],
    );
  return ctx.db.query<PendingRow>(
    `select ${PENDING_COLUMNS} where a.status = 'pending' and (a.next_attempt_at is null or a.next_attempt_at <= $1) order by a.first_seen, a.key limit $2`,
    [ctx.now(), limit],
  );
}

/** Fetch the due pending pages, the caller's `rows` (a pass's new articles) or the pending `keys` one at a time (a
 * worker's host); with `hold` extracted pages come back unwritten for assignment, `written` were stored instead. */
export async function fetchPages(
  ctx: CollectContext,
  report: PassReport,
  opts: { rows?: PendingRow[]; keys?: readonly string[]; hold?: boolean } = {},
): Promise<{ kept: readonly StoredUpdate[]; written: number }> {
  const writes = new StoredWrites(ctx.db, opts.hold);
  const byAge = (a: PendingRow, b: PendingRow) => +new Date(a.first_seen) - +new Date(b.first_seen) || (a.key < b.key ? -1 : 1);
  const due = opts.rows ? [...opts.rows].sort(byAge).slice(0, 5000) : await pendingPages(ctx, 5000, opts.keys);
  await runPool(due, opts.keys ? 1 : (ctx.concurrency ?? 8), (row) => fetchPage(ctx, row, report, writes));
  await writes.flush();
  return { kept: writes.kept, written: writes.written };
}

/** Permanent page failures: the feed's title and summary are kept as an excerpt at once. */
const PERMANENT = new Set(['robots', 'too-large', 'bad-url', 'private-address', 'redirects', 'extract']);

async function fetchPage(ctx: CollectContext, row: PendingRow, report: PassReport, writes: StoredWrites): Promise<void> {
  const res = await ctx.fetcher.get(row.url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  if (!res.ok && (res.kind === 'backoff' || (res.kind === 'robots' && res.retryInMs !== undefined))) {
    // No request was made (the host asked us to wait, or its robots.txt cannot be read yet): not an attempt.
    count(report, `page-${res.kind}`);
    report.pages.retryLater++;
    await ctx.db.query('update articles set next_attempt_at = $2 where key = $1', [
      row.key,
      new Date(ctx.now().getTime() + Math.max(60_000, res.retryInMs ?? 0)),
    ]);
    return;
  }
  report.pages.fetched++;
  let article: Article | null = null;
  let failure: { kind: string; message: string; retryInMs?: number } | null = null;
  if (res.ok && !res.notModified) {
    const doc = parseHtml(res.text());
    // The document is this call's own (parsed just now, dropped after): Readability may take it without a copy.
    const out = extractFromDocument(doc, { url: res.url, isClone: true });
    if (out.ok) article = out.article;
    else failure = { kind: 'extract', message: `${out.reason}: ${out.message}` };
  } else if (!res.ok) {
    const permanent =
      PERMANENT.has(res.kind) ||
      (res.kind === 'http' && !!res.status && res.status >= 400 && res.status < 500 && res.status !== 429);
    const kind = res.kind === 'http' ? (permanent ? 'gone' : `http-${res.status ?? ''}`) : res.kind;
    failure = { kind, message: res.message, retryInMs: res.retryInMs };
  }
  if (failure) count(report, `page-${failure.kind}`);
  const attempts = row.attempts + 1;
  const transient = failure && !PERMANENT.has(failure.kind) && failure.kind !== 'gone';
  if (transient && attempts < (ctx.maxAttempts ?? 3)) {
    report.pages.retryLater++;
    const next = ctx.now().getTime() + Math.max(backoffMs(attempts), failure!.retryInMs ?? 0);
    await ctx.db.query('update articles set attempts = $2, next_attempt_at = $3, last_error = $4 where key = $1', [
      row.key,
      attempts,
      new Date(next),
      failure!.message.slice(0, 500),
    ]);
    return;
  }
  await store(ctx, row, article, failure?.message ?? null, attempts, report, writes);
}

async function store(
  ctx: CollectContext,
  row: PendingRow,
  page: Article | null,
  error: string | null,
  attempts: number,
  report: PassReport,
  writes: StoredWrites,
): Promise<void> {
  const title = page?.title?.trim() || row.feed_title?.trim() || '';
  if (!title) {
    count(report, 'no-title');
    await ctx.db.query(`update articles set status = 'failed', attempts = $2, last_error = $3 where key = $1`, [
      row.key,
      attempts,
      error ?? 'no title in the page or the feed',
    ]);
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
      await ctx.db.query(`update articles set status = 'duplicate', copy_of = $2, attempts = $3 where key = $1`, [
        row.key,
        canonicalKey,
        attempts,
      ]);
      return;
    }
    key = canonicalKey;
  }
  const excerpt = !page;
  const published = page?.published
    ? { at: normaliseTime(page.published), from: 'page' }
    : row.feed_published
      ? { at: isoOf(row.feed_published), from: 'feed' }
      : { at: isoOf(row.first_seen), from: 'first-seen' };
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
  await writes.add({
    key,
    attempts,
    error,
    kind: excerpt ? 'excerpt' : 'full',
    title: article.title.slice(0, 1000),
    outlet: article.outlet,
    domain: article.domain,
    published: article.published,
    publishedFrom: published.from,
    lang: article.lang,
    byline: article.byline?.slice(0, 500) ?? null,
    body: article.text.slice(0, 12_000),
    storedAt: ctx.now().toISOString(),
    claims: JSON.stringify(claims),
    id: article.id,
    url: article.url,
    raw: JSON.stringify({ siteName: article.siteName, republishedFrom: article.republishedFrom }),
  });
}

function normaliseTime(v: string): string | null {
  const t = Date.parse(v.length === 10 ? `${v}T12:00:00Z` : v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
