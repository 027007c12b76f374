// A polled feed's items recorded once: each new one becomes a pending article, whatever its GUID, tracking
// parameters or the other feeds that list it.
import { canonicalUrl, urlKey } from '../../collect/canonical.js';
import type { FeedItem } from '../../collect/feed.js';
import type { Source } from '../../collect/sources.js';
import type { CollectContext, PassReport } from './context.js';

/** A source as a poll reads it (its feed state joined). */
export interface SourceRow {
  url: string;
  kind: Source['kind'];
  outlet: string | null;
  language: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number | null;
}

/** New items become pending articles; a GUID seen before, or a URL already known under another GUID or feed, is the
 * same article (a feed that rewrites old items, the same story in two feeds, tracking parameters). One transaction
 * and two multi-row inserts a feed (a transaction an item was 11 ms of the store's time an article in the bench). */
export async function recordItems(
  ctx: CollectContext,
  s: SourceRow,
  items: readonly FeedItem[],
  report: PassReport,
): Promise<number> {
  report.itemsSeen += items.length;
  // A feed lists the same items pass after pass: what this source listed before is found in one query.
  const guids = items.map((it) => it.guid ?? it.url);
  const known = new Set(
    (
      await ctx.db.query<{ guid: string }>('select guid from items where source = $1 and guid = any($2::text[])', [s.url, guids])
    ).map((r) => r.guid),
  );
  const fresh: { guid: string; key: string; it: FeedItem }[] = [];
  for (const it of items) {
    const key = urlKey(it.url);
    const guid = it.guid ?? it.url;
    if (!key || known.has(guid)) {
      if (key) report.duplicates++;
      continue;
    }
    known.add(guid);
    fresh.push({ guid, key, it });
  }
  if (!fresh.length) return 0;
  const at = ctx.now().toISOString();
  const added = await ctx.db.transaction(async (tx) => {
    // Another worker may have recorded an item meanwhile: only the items inserted here make articles.
    const inserted = new Set(
      (
        await tx.query<{ guid: string }>(
          `insert into items (source, guid, article_key, seen_at) select $1::text, g, k, $4::timestamptz from unnest($2::text[], $3::text[]) as v(g, k)
         on conflict do nothing returning guid`,
          [s.url, fresh.map((f) => f.guid), fresh.map((f) => f.key), at],
        )
      ).map((r) => r.guid),
    );
    // The first item of a URL key stands for it (two GUIDs of one URL are one article).
    const byKey = new Map<string, FeedItem>();
    for (const f of fresh) if (inserted.has(f.guid) && !byKey.has(f.key)) byKey.set(f.key, f.it);
    if (!byKey.size) return 0;
    const list = [...byKey];
    const col = <T>(fn: (it: FeedItem) => T) => list.map(([, it]) => fn(it));
    const rows = await tx.query(
      `insert into articles (key, id, url, source, feed_title, feed_summary, feed_published, feed_author, feed_language, first_seen, status)
       select key, id, url, $1::text, title, summary, published::timestamptz, author, coalesce(lang, $2::text), $3::timestamptz, 'pending'
       from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) as v(key, id, url, title, summary, published, author, lang)
       on conflict do nothing returning 1`,
      [
        s.url,
        s.language,
        at,
        list.map(([k]) => k),
        col((it) => canonicalUrl(it.url) ?? it.url),
        col((it) => it.url),
        col((it) => it.title),
        col((it) => it.summary?.slice(0, 2000) ?? null),
        col((it) => it.published),
        col((it) => it.author),
        col((it) => it.language ?? null),
      ],
    );
    return rows.length;
  });
  report.newArticles += added;
  report.duplicates += fresh.length - added;
  return added;
}
