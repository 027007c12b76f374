// A polled feed's items recorded once: each new one becomes a pending article, whatever its GUID, tracking
// parameters or the other feeds that list it.
import { canonicalUrl, urlKey } from '../../collect/canonical.js';
import type { FeedItem } from '../../collect/feed.js';
import type { Source } from '../../collect/sources.js';
import type { CollectContext, PassReport } from './context.js';
import type { PendingRow } from './pages.js';

/** A source as a poll reads it (its feed state joined). */
export interface SourceRow {
  url: string;
  kind: Source['kind'];
  outlet: string | null;
  language: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number | null;
  last_ok_at: Date | string | null;
}

/** New items become pending articles; a GUID seen before, or a URL already known under another GUID or feed, is the
 * same article (a feed that rewrites old items, the same story in two feeds, tracking parameters). One statement a
 * feed: the items are inserted where new, and the first new item of each URL key makes its article (a lookup of the
 * known items, then a transaction of two inserts, was most of the store's time in a pass that brings one article).
 * The new articles come back as the pending pages they are, so the pass needs no query to find them. */
export async function recordItems(
  ctx: CollectContext,
  s: SourceRow,
  items: readonly FeedItem[],
  report: PassReport,
): Promise<PendingRow[]> {
  report.itemsSeen += items.length;
  // A GUID listed twice in one feed is one item; an item without a usable URL is none.
  const seen = new Set<string>();
  const listed: { guid: string; key: string; it: FeedItem }[] = [];
  for (const it of items) {
    const key = urlKey(it.url);
    if (!key) continue;
    const guid = it.guid ?? it.url;
    if (seen.has(guid)) report.duplicates++;
    else listed.push({ guid, key, it });
    seen.add(guid);
  }
  if (!listed.length) return [];
  const col = <T>(fn: (it: FeedItem) => T) => listed.map((l) => fn(l.it));
  // Another worker may record an item meanwhile: only the items inserted here make articles, in the feed's order.
  const rows = await ctx.db.query<Omit<PendingRow, 'outlet'>>(
    `with v as (select * from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         with ordinality as v(guid, key, id, url, title, summary, published, author, lang, i)),
       ins as (insert into items (source, guid, article_key, seen_at) select $1::text, guid, key, $3::timestamptz from v
         on conflict do nothing returning guid)
     insert into articles (key, id, url, source, feed_title, feed_summary, feed_published, feed_author, feed_language, first_seen, status)
     select distinct on (key) key, id, url, $1::text, title, summary, published::timestamptz, author, coalesce(lang, $2::text), $3::timestamptz, 'pending'
     from v where guid in (select guid from ins) order by key, i
     on conflict do nothing
     returning key, id, url, source, feed_title, feed_summary, feed_published, feed_author, feed_language, first_seen, attempts`,
    [
      s.url,
      s.language,
      ctx.now().toISOString(),
      listed.map((l) => l.guid),
      listed.map((l) => l.key),
      col((it) => canonicalUrl(it.url) ?? it.url),
      col((it) => it.url),
      col((it) => it.title),
      col((it) => it.summary?.slice(0, 2000) ?? null),
      col((it) => it.published),
      col((it) => it.author),
      col((it) => it.language ?? null),
    ],
  );
  report.newArticles += rows.length;
  report.duplicates += listed.length - rows.length;
  return rows.map((r) => ({ ...r, outlet: s.outlet }));
}
