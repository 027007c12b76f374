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
export interface TermRow {
  g: number;
  t: string;
  df: number;
}
export interface PostingRow {
  g: number;
  t: string;
  /** Delta-encoded ordinals as in the file, kept as their JSON text (one string stores faster than an array). */
  p: string;
}
export type MetaRow =
  | { key: 'active'; gen: number; header: IndexHeader }
  | { key: 'loading'; gen: number; header: IndexHeader; linesDone: number };

export class IndexDb extends Dexie {
  meta!: Table<MetaRow, string>;
  articles!: Table<ArticleRow, [number, number]>;
  events!: Table<EventRow, [number, string]>;
  stories!: Table<StoryRow, [number, string]>;
  terms!: Table<TermRow, [number, string]>;
  postings!: Table<PostingRow, [number, string]>;
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
    // Version 2 stores articles and postings as text. Every table holds derived data, so rows of the old shape are
    // dropped with their meta; the bundled index then loads again.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        for (const t of ['meta', 'articles', 'events', 'stories', 'terms', 'postings', 'outlets']) await tx.table(t).clear();
      });
  }
}

/** Tables that hold index rows (everything but meta), for loading and purging generations. */
export function dataTables(db: IndexDb): Table<{ g: number }, unknown>[] {
  return [db.articles, db.events, db.stories, db.terms, db.postings, db.outlets] as unknown as Table<{ g: number }, unknown>[];
}
