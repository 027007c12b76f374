// The Dexie database that holds the loaded index in the extension: derived tables only (rebuilt from the
// bundled file), every key prefixed by a generation so a new index loads beside the old one, which stays
// in use until the new one is complete. The schema lives here and nowhere else.
import Dexie, { type Table } from 'dexie';
import type { IndexHeader, OutletRecord } from './format.js';

export const INDEX_DB_NAME = 'parallax-index';

/** Rows are few and large: IndexedDB pays per row (in Chromium, 41k small term rows were 6-7 s of a ~9 s load of
 * the bundled index; in fake-indexeddb a 100k-article index as one row per article took 16 s of CPU). Articles go
 * 16 to a row by ordinal, as their index lines (one string stores far faster than the nested claims it holds, and
 * a query parses only the lines it asks for); events, stories and terms go in hash buckets of a few dozen. */
export const ARTICLES_PER_ROW = 16;
export interface ArticleBlockRow {
  g: number;
  /** Ordinal ÷ ARTICLES_PER_ROW. */
  b: number;
  /** The articles' index lines, by ordinal within the block, joined by "\n" ('' for an ordinal the block lacks), as
   * UTF-8 bytes (schema version 4). Bytes live outside the JavaScript heap: stored as strings, the loaded index was
   * some 200 MB of strings the garbage collector copied twice each while loading 100k articles (over half the
   * load's time in fake-indexeddb); and Chromium stores a string as UTF-16, twice the bytes of UTF-8 for this text. */
  j: Uint8Array;
  /** "<generation> <normalised URL>" of each article that has one (multi-entry index for lookups by URL). */
  u: string[];
}
/** A hash bucket of events or stories: the JSON of their records. */
export interface BucketRow {
  g: number;
  b: number;
  j: string;
}
/** A hash bucket of terms and their document frequencies, read for every query term. */
export interface TermBucketRow {
  g: number;
  b: number;
  /** JSON of [term, df][] in file order (sorted by term). */
  j: string;
}
/** The same bucket's postings, apart: a query needs frequencies of a few hundred terms but postings of only the
 * sixteen it probes, and rows carrying both made every query read (and IndexedDB copy) all postings of 300 buckets. */
export interface PostingBucketRow {
  g: number;
  b: number;
  /** Delta-encoded postings of each term of the bucket's j, as JSON arrays, in the same order, joined by "\n", as
   * UTF-8 bytes (like an article block's lines). */
  p: Uint8Array;
}
export type OutletRow = OutletRecord & { g: number; i: number };

/** Records per bucket aimed at, by kind: rows of a few kilobytes. */
export const PER_BUCKET = { e: 16, s: 16, t: 64 } as const;

/** Number of buckets for this many records: a power of two, from the header's counts, so loader and reader agree. */
export function bucketCount(records: number, perBucket: number): number {
  let b = 1;
  while (b * perBucket < records) b *= 2;
  return b;
}

/** FNV-1a hash of the key, folded into the bucket range. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/** Bucket counts of an index, by record kind. */
export function bucketsOf(header: IndexHeader): { e: number; s: number; t: number } {
  if (header.buckets) return header.buckets;
  const c = header.counts;
  return {
    e: bucketCount(c.events, PER_BUCKET.e),
    s: bucketCount(c.stories, PER_BUCKET.s),
    t: bucketCount(c.terms, PER_BUCKET.t),
  };
}

export const urlKey = (g: number, url: string) => `${g} ${url}`;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Lines as stored in a row's bytes, and back. */
export const encodeLines = (lines: readonly string[]): Uint8Array => encoder.encode(lines.join('\n'));
export const decodeLines = (bytes: Uint8Array): string[] => decoder.decode(bytes).split('\n');

/** What one subscription contributed to a generation, for the next incremental apply (lib/index/dexie-patch.ts):
 * its articles' ordinals and its own document frequencies and outlet counts (the merged ones are sums), as JSON. */
export interface SourceRow {
  g: number;
  id: string;
  ids: string;
  df: string;
  outlets: string;
}

export type MetaRow =
  /** over: a patch's generation, read before `gen` while its rows are copied into `gen` (dexie-fold.ts). */
  | { key: 'active'; gen: number; header: IndexHeader; over?: number }
  | {
      key: 'loading';
      gen: number;
      header: IndexHeader;
      linesDone: number;
      /** False: never resumed (dexie-load.ts). */ resumable?: boolean;
    }
  /** The last generation handed out (dexie-generations.ts: freshGeneration). */
  | { key: 'generation'; gen: number };

export class IndexDb extends Dexie {
  meta!: Table<MetaRow, string>;
  blocks!: Table<ArticleBlockRow, [number, number]>;
  eventBuckets!: Table<BucketRow, [number, number]>;
  storyBuckets!: Table<BucketRow, [number, number]>;
  termBuckets!: Table<TermBucketRow, [number, number]>;
  postingBuckets!: Table<PostingBucketRow, [number, number]>;
  outlets!: Table<OutletRow, [number, number]>;
  sources!: Table<SourceRow, [number, string]>;

  constructor(opts?: ConstructorParameters<typeof Dexie>[1]) {
    super(INDEX_DB_NAME, opts);
    // Only what is queried is indexed: rows by their key, article blocks also by URL.
    this.version(1).stores({
      meta: '&key',
      articles: '[g+n], [g+u]',
      events: '[g+id]',
      stories: '[g+id]',
      terms: '[g+t]',
      postings: '[g+t]',
      outlets: '[g+i]',
    });
    // Version 2 stored articles as text and terms in buckets. Every table holds derived data, so rows of an old
    // shape are dropped with their meta; the bundled index then loads again.
    this.version(2)
      .stores({ terms: null, postings: null, buckets: '[g+b]' })
      .upgrade(async (tx) => {
        for (const t of ['meta', 'articles', 'events', 'stories', 'outlets']) await tx.table(t).clear();
      });
    // Version 3 keeps articles 16 to a row and events, stories and terms in hash buckets (new tables: IndexedDB
    // cannot change a table's key).
    this.version(3)
      .stores({
        articles: null,
        events: null,
        stories: null,
        buckets: null,
        blocks: '[g+b], *u',
        eventBuckets: '[g+b]',
        storyBuckets: '[g+b]',
        termBuckets: '[g+b]',
        postingBuckets: '[g+b]',
      })
      .upgrade(async (tx) => {
        for (const t of ['meta', 'outlets']) await tx.table(t).clear();
      });
    // Version 4 stores a block's lines and a bucket's postings as UTF-8 bytes (the keys are unchanged, the row
    // shapes are not), and index format 2 adds headline terms to each article: every derived row is dropped and the
    // bundled index loads again.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        for (const t of ['meta', 'blocks', 'eventBuckets', 'storyBuckets', 'termBuckets', 'postingBuckets', 'outlets'])
          await tx.table(t).clear();
      });
    // Version 5 adds what each subscription contributed, so an update patches the index instead of rebuilding it.
    this.version(5).stores({ sources: '[g+id]' });
  }
}

/** Tables that hold index rows (everything but meta), for loading and purging generations. */
export function dataTables(db: IndexDb): Table<{ g: number }, unknown>[] {
  return [
    db.blocks,
    db.eventBuckets,
    db.storyBuckets,
    db.termBuckets,
    db.postingBuckets,
    db.outlets,
    db.sources,
  ] as unknown as Table<{ g: number }, unknown>[];
}
