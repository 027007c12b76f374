// The reader's own collection in its own IndexedDB database: the feeds they imported (settings: never dropped by an
// index load or update) and the articles collected from them, each with what rebuilds the event assigner's live
// store after the service worker restarts (its record, its event's title, its distinct terms for the df).
import Dexie, { type Table } from 'dexie';
import type { ReaderFeed } from '../../collect/reader-feeds.js';
import type { LiveArticle } from '../../updates/format.js';

export interface CollectedRow {
  id: string;
  /** Arrival order: the live store is rebuilt in it, so ordinals and events come out as they were. */
  seq: number;
  feed: string;
  rec: LiveArticle;
  eventTitle: string;
  terms: string[];
  collectedAt: string;
}

export class CollectDb extends Dexie {
  feeds!: Table<ReaderFeed, string>;
  articles!: Table<CollectedRow, string>;

  constructor(opts?: ConstructorParameters<typeof Dexie>[1]) {
    super('parallax-collect', opts);
    this.version(1).stores({ feeds: 'url', articles: 'id, seq, feed' });
  }
}
