// What each source contributed to a generation of the index in Dexie (its SourceRow): a subscription's articles'
// ordinals by its own ids, its document frequencies and outlet counts; the bundled index's frequencies. The merged
// index holds sums over its sources, so an incremental apply (dexie-patch.ts) moves them by a delta's differences.
import type { OutletRow, SourceRow } from './dexie-schema.js';
import type { ArticleRecord, EventRecord, OutletRecord, StoryRecord } from './format.js';

/** A subscription's share of the merged index: its articles' ordinals by its own ids, its document frequencies
 * and its outlets' article counts (keyed "name\0domain"). */
export interface Contribution {
  ids: Map<string, number>;
  df: Map<string, number>;
  outlets: Map<string, number>;
}

export const contributionOf = (row: SourceRow): Contribution => ({
  ids: new Map(JSON.parse(row.ids) as [string, number][]),
  df: new Map(JSON.parse(row.df) as [string, number][]),
  outlets: new Map(JSON.parse(row.outlets) as [string, number][]),
});

export const contributionRow = (g: number, id: string, c: Contribution): SourceRow => ({
  g,
  id,
  ids: JSON.stringify([...c.ids]),
  df: JSON.stringify([...c.df]),
  outlets: JSON.stringify([...c.outlets]),
});

/** The SourceRow id of the bundled index's document frequencies. */
export const BUNDLED_SHARE = 'bundled';

export const outletKey = (name: string, domain: string | null) => `${name}\u0000${domain ?? ''}`;

/** A patch's operations: the collector's delta operations (lib/updates/format.ts DeltaOp), keyed by id. */
export type PatchArticle = Omit<ArticleRecord, 'n'>;
export type PatchOp =
  | ({ op: 'put' } & PatchArticle)
  | ({ op: 'put' } & Omit<EventRecord, 'members'> & { members: string[] })
  | ({ op: 'put' } & StoryRecord)
  | ({ op: 'put' } & OutletRecord)
  | { op: 'del'; k: 'a' | 'e' | 's'; id: string }
  | { op: 'del'; k: 'o'; name: string; domain: string | null }
  | { op: 'df'; t: string; df: number };

/** A source's article count for an outlet is now `articles` (null: the outlet left it): the merged count moves by
 * the difference, and the outlet leaves when no source has articles of it. Rows are renumbered when written. */
export function setOutlet(
  outlets: Map<string, OutletRow>,
  c: Contribution,
  name: string,
  domain: string | null,
  articles: number | null,
): void {
  const key = outletKey(name, domain);
  const row = outlets.get(key);
  const sum = (row?.articles ?? 0) - (c.outlets.get(key) ?? 0) + (articles ?? 0);
  if (articles === null) c.outlets.delete(key);
  else c.outlets.set(key, articles);
  if (articles === null && sum <= 0) outlets.delete(key);
  else outlets.set(key, { k: 'o', name, domain, articles: sum, g: 0, i: 0 });
}

/** Each term's document frequency summed over the shares (the merged index's, before any postings count). */
export function sumDf(shares: readonly Contribution[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const s of shares) for (const [t, df] of s.df) sums.set(t, (sums.get(t) ?? 0) + df);
  return sums;
}
