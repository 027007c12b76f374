// IndexStore over the Dexie database: every query is a keyed bulk read of the active generation, so the
// service worker never holds a large index in memory.
import type { IndexDb } from './dexie-schema.js';
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

  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const g = await this.gen();
    const out = new Map<string, number>();
    if (g === null || !terms.length) return out;
    const rows = await this.db.terms.bulkGet(terms.map((t) => [g, t] as [number, string]));
    for (const r of rows) if (r) out.set(r.t, r.df);
    return out;
  }

  async postings(terms: readonly string[]): Promise<Map<string, number[]>> {
    const g = await this.gen();
    const out = new Map<string, number[]>();
    if (g === null || !terms.length) return out;
    const rows = await this.db.postings.bulkGet(terms.map((t) => [g, t] as [number, string]));
    for (const r of rows) if (r) out.set(r.t, decodePostings(JSON.parse(r.p) as number[]));
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
