// IndexStore over the Dexie database: every query is a keyed bulk read of the active generation, so the
// service worker never holds a large index in memory.
import { bucketCount, bucketOf, type IndexDb } from './dexie-schema.js';
import { decodePostings, type ArticleRecord, type EventRecord, type IndexHeader, type StoryRecord } from './format.js';
import type { IndexStore } from './store.js';

function strip<T extends { g: number; u?: string }>(row: T): Omit<T, 'g' | 'u'> {
  const { g: _g, u: _u, ...rest } = row;
  return rest;
}

export class DexieStore implements IndexStore {
  constructor(private readonly db: IndexDb) {}

  /** Read on every call: a load finishing in another context switches generations under us. */
  private async gen(): Promise<number | null> {
    const active = await this.db.meta.get('active');
    return active?.key === 'active' ? active.gen : null;
  }

  async header(): Promise<IndexHeader | null> {
    const active = await this.db.meta.get('active');
    return active?.key === 'active' ? active.header : null;
  }

  async byUrl(url: string): Promise<ArticleRecord[]> {
    const g = await this.gen();
    if (g === null) return [];
    const rows = await this.db.articles.where('[g+u]').equals([g, url]).toArray();
    return rows.map((r) => JSON.parse(r.j) as ArticleRecord);
  }

  /** The [df, delta postings] of each asked term found, read from its bucket rows. */
  private async lookup(terms: readonly string[]): Promise<Map<string, [number, number[]]>> {
    const active = await this.db.meta.get('active');
    const out = new Map<string, [number, number[]]>();
    if (active?.key !== 'active' || !terms.length) return out;
    const n = bucketCount(active.header.counts.terms);
    const wanted = new Set(terms);
    const ids = [...new Set(terms.map((t) => bucketOf(t, n)))].sort((a, b) => a - b);
    const rows = await this.db.buckets.bulkGet(ids.map((b) => [active.gen, b] as [number, number]));
    for (const r of rows) {
      if (!r) continue;
      for (const [t, df, p] of JSON.parse(r.j) as [string, number, number[]][]) if (wanted.has(t)) out.set(t, [df, p]);
    }
    return out;
  }

  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [t, [df]] of await this.lookup(terms)) out.set(t, df);
    return out;
  }

  async postings(terms: readonly string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const [t, [, p]] of await this.lookup(terms)) if (p.length) out.set(t, decodePostings(p));
    return out;
  }

  async articles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    const g = await this.gen();
    if (g === null || !ordinals.length) return [];
    const rows = await this.db.articles.bulkGet(ordinals.map((n) => [g, n] as [number, number]));
    return rows.filter((r) => r !== undefined).map((r) => JSON.parse(r.j) as ArticleRecord);
  }

  async events(ids: readonly string[]): Promise<EventRecord[]> {
    const g = await this.gen();
    if (g === null || !ids.length) return [];
    const rows = await this.db.events.bulkGet(ids.map((id) => [g, id] as [number, string]));
    return rows.filter((r) => r !== undefined).map((r) => strip(r) as EventRecord);
  }

  async story(id: string): Promise<StoryRecord | null> {
    const g = await this.gen();
    if (g === null) return null;
    const row = await this.db.stories.get([g, id]);
    return row ? (strip(row) as StoryRecord) : null;
  }
}
