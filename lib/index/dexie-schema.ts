// The Dexie database that holds the loaded index in the extension: derived tables only (rebuilt from the
// bundled file), every key prefixed by a generation so a new index loads beside the old one, which stays
// in use until the new one is complete. The schema lives here and nowhere else.
import Dexie, { type Table } from 'dexie';
import type { EventRecord, IndexHeader, OutletRecord, StoryRecord } from './format.js';

export const INDEX_DB_NAME = 'parallax-index';

/** Articles are kept as their index line: IndexedDB stores one string far faster than the nested claim objects it
 * holds (the bundled index's 4,440 articles carry 8 MB of claims), and a query reads only a few dozen rows. */
export interface ArticleRow {
  g: number;
  n: number;
  /** Normalised URL, absent when none. */
  u?: string;
  /** The article record's JSON line. */
  j: string;
}
export type EventRow = EventRecord & { g: number };
export type StoryRow = StoryRecord & { g: number };
export type OutletRow = OutletRecord & { g: number; i: number };
/** Terms are stored in hash buckets, many to a row: in Chromium, writing the bundled index's 20,862 terms as 41k
 * small rows (df and postings apart) took 6-7 s of a ~9 s raw IndexedDB load; without them it took about 3 s
 * (measured with playwright on Debian Chromium, 2,000 lines a transaction). A query reads the few buckets of its terms. */
export interface TermBucketRow {
  g: number;
  b: number;
  /** JSON of [term, df, delta-encoded postings][], sorted by term. */
  j: string;
}
/** Terms per bucket aimed at: rows of a few kilobytes. */
const TERMS_PER_BUCKET = 16;

/** Number of buckets for an index of this many terms: a power of two, from the header, so loader and reader agree. */
export function bucketCount(terms: number): number {
  let b = 1;
  while (b * TERMS_PER_BUCKET < terms) b *= 2;
  return b;
}

/** FNV-1a hash of the term, folded into the bucket range. */
export function bucketOf(term: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

export type MetaRow =
  | { key: 'active'; gen: number; header: IndexHeader }
  | { key: 'loading'; gen: number; header: IndexHeader; linesDone: number };

export class IndexDb extends Dexie {
  meta!: Table<MetaRow, string>;
  articles!: Table<ArticleRow, [number, number]>;
  events!: Table<EventRow, [number, string]>;
  stories!: Table<StoryRow, [number, string]>;
  buckets!: Table<TermBucketRow, [number, number]>;
  outlets!: Table<OutletRow, [number, number]>;

  constructor(opts?: ConstructorParameters<typeof Dexie>[1]) {
    super(INDEX_DB_NAME, opts);
    // Only what is queried is indexed: articles by ordinal and by URL; the rest by their key.
    this.version(1).stores({
      meta: '&key',
      articles: '[g+n], [g+u]',
      events: '[g+id]',
      stories: '[g+id]',
      terms: '[g+t]',
      postings: '[g+t]',
      outlets: '[g+i]',
    });
    // Version 2 stores articles as text and terms in buckets. Every table holds derived data, so rows of the old
    // shape are dropped with their meta; the bundled index then loads again.
    this.version(2)
      .stores({ terms: null, postings: null, buckets: '[g+b]' })
      .upgrade(async (tx) => {
        for (const t of ['meta', 'articles', 'events', 'stories', 'outlets']) await tx.table(t).clear();
      });
  }
}

/** Tables that hold index rows (everything but meta), for loading and purging generations. */
export function dataTables(db: IndexDb): Table<{ g: number }, unknown>[] {
  return [db.articles, db.events, db.stories, db.buckets, db.outlets] as unknown as Table<{ g: number }, unknown>[];
}
