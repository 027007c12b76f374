// IndexStore over the Dexie database: every query is a keyed bulk read of the active generation's rows (article
// blocks, hash buckets), so the service worker never holds a large index in memory.
import type { Table } from 'dexie';
import { ARTICLES_PER_ROW, bucketOf, bucketsOf, decodeLines, urlKey, type IndexDb } from './dexie-schema.js';
import { decodePostings, type ArticleRecord, type EventRecord, type IndexHeader, type StoryRecord } from './format.js';
import { reading } from './pace.js';
import { normalizeUrl, type IndexStore } from './store.js';

/** over: a patch's rows, read before the generation's own while they are copied into it (dexie-fold.ts). */
type Active = { gen: number; header: IndexHeader; over?: number };

/** Rows by bucket of the active generation, a patch's rows first where it has them. */
async function rowsOf<T>(table: Table<T, [number, number]>, a: Active, bs: readonly number[]): Promise<(T | undefined)[]> {
  const own = await table.bulkGet(bs.map((b) => [a.over ?? a.gen, b] as [number, number]));
  if (a.over === undefined) return own;
  const missing = bs.filter((_, i) => !own[i]);
  if (!missing.length) return own;
  const base = await table.bulkGet(missing.map((b) => [a.gen, b] as [number, number]));
  let k = 0;
  return own.map((r) => r ?? base[k++]);
}

const usableCounts = (h: IndexHeader): boolean =>
  !!h?.counts &&
  (['articles', 'events', 'stories', 'outlets', 'terms', 'lines'] as const).every(
    (k) => Number.isSafeInteger(h.counts[k]) && h.counts[k] >= 0,
  );

export class DexieStore implements IndexStore {
  constructor(private readonly db: IndexDb) {}

  /** Read on every call: a load finishing in another context switches generations under us. A header whose counts
   * are not whole numbers (stored unchecked by an older version: counts.terms Infinity, articles null) cannot size
   * the hash buckets: no index, until the bundled one is loaded again (index-service.ts). */
  private async active(): Promise<Active | null> {
    const active = await this.db.meta.get('active');
    return active?.key === 'active' && usableCounts(active.header) ? active : null;
  }

  header(): Promise<IndexHeader | null> {
    return reading(() => this.readHeader());
  }

  private async readHeader(): Promise<IndexHeader | null> {
    return (await this.active())?.header ?? null;
  }

  byUrl(url: string): Promise<ArticleRecord[]> {
    return reading(() => this.readByUrl(url));
  }

  private async readByUrl(url: string): Promise<ArticleRecord[]> {
    const a = await this.active();
    if (!a) return [];
    // A patch's blocks carry the generation's own URL keys: both answer, the patch's wins for its blocks.
    let rows = await this.db.blocks.where('u').equals(urlKey(a.gen, url)).toArray();
    if (a.over !== undefined) {
      const patched = await rowsOf(this.db.blocks, a, [...new Set(rows.map((r) => r.b))]);
      rows = patched.filter((r): r is NonNullable<typeof r> => !!r);
    } else rows = rows.filter((r) => r.g === a.gen);
    const out: ArticleRecord[] = [];
    const end = a.header.ordinals ?? a.header.counts.articles;
    for (const r of rows) {
      for (const line of decodeLines(r.j)) {
        const rec = line ? (JSON.parse(line) as ArticleRecord) : null;
        // Below the header's ordinals only: a patch writes new blocks past them before its switch (dexie-patch.ts).
        if (rec?.url && rec.n < end && normalizeUrl(rec.url) === url) out.push(rec);
      }
    }
    return out.sort((x, y) => x.n - y.n);
  }

  /** Each asked term found: its bucket, its place in the bucket and its document frequency. */
  private async lookup(a: Active | null, terms: readonly string[]): Promise<Map<string, { b: number; i: number; df: number }>> {
    const out = new Map<string, { b: number; i: number; df: number }>();
    if (!a || !terms.length) return out;
    const n = bucketsOf(a.header).t;
    const wanted = new Set(terms);
    const ids = [...new Set(terms.map((t) => bucketOf(t, n)))].sort((x, y) => x - y);
    const rows = await rowsOf(this.db.termBuckets, a, ids);
    for (const r of rows) {
      if (!r) continue;
      (JSON.parse(r.j) as [string, number][]).forEach(([t, df], i) => {
        if (wanted.has(t)) out.set(t, { b: r.b, i, df });
      });
    }
    return out;
  }

  df(terms: readonly string[]): Promise<Map<string, number>> {
    return reading(() => this.readDf(terms));
  }

  private async readDf(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [t, { df }] of await this.lookup(await this.active(), terms)) out.set(t, df);
    return out;
  }

  postings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    return reading(() => this.readPostings(terms));
  }

  private async readPostings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    const a = await this.active();
    const found = await this.lookup(a, terms);
    const out = new Map<string, Int32Array>();
    if (!a || !found.size) return out;
    const ids = [...new Set([...found.values()].map((f) => f.b))];
    const rows = await rowsOf(this.db.postingBuckets, a, ids);
    const byBucket = new Map(ids.map((b, k) => [b, rows[k] && decodeLines(rows[k].p)]));
    for (const [t, { b, i }] of found) {
      const p = byBucket.get(b)?.[i];
      const list = p ? (JSON.parse(p) as number[]) : [];
      if (list.length) out.set(t, decodePostings(list));
    }
    return out;
  }

  articles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    return reading(() => this.readArticles(ordinals));
  }

  private async readArticles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    const a = await this.active();
    if (!a || !ordinals.length) return [];
    const blocks = [...new Set(ordinals.map((n) => Math.floor(n / ARTICLES_PER_ROW)))];
    const rows = await rowsOf(this.db.blocks, a, blocks);
    const lines = new Map(blocks.map((b, i) => [b, rows[i] && decodeLines(rows[i].j)]));
    const out: ArticleRecord[] = [];
    for (const n of ordinals) {
      const line = lines.get(Math.floor(n / ARTICLES_PER_ROW))?.[n % ARTICLES_PER_ROW];
      if (line) out.push(JSON.parse(line) as ArticleRecord);
    }
    return out;
  }

  events(ids: readonly string[]): Promise<EventRecord[]> {
    return reading(() => this.readEvents(ids));
  }

  private async readEvents(ids: readonly string[]): Promise<EventRecord[]> {
    const a = await this.active();
    if (!a || !ids.length) return [];
    const found = await this.keyed(this.db.eventBuckets, a, bucketsOf(a.header).e, ids);
    return ids.map((id) => found.get(id) as EventRecord | undefined).filter((e): e is EventRecord => e !== undefined);
  }

  story(id: string): Promise<StoryRecord | null> {
    return reading(() => this.readStory(id));
  }

  private async readStory(id: string): Promise<StoryRecord | null> {
    const a = await this.active();
    if (!a) return null;
    return ((await this.keyed(this.db.storyBuckets, a, bucketsOf(a.header).s, [id])).get(id) as StoryRecord | undefined) ?? null;
  }

  /** Records by id from their hash buckets. */
  private async keyed(
    table: IndexDb['eventBuckets'],
    a: Active,
    n: number,
    ids: readonly string[],
  ): Promise<Map<string, { id: string }>> {
    const wanted = new Set(ids);
    const buckets = [...new Set(ids.map((id) => bucketOf(id, n)))];
    const rows = await rowsOf(table, a, buckets);
    const out = new Map<string, { id: string }>();
    for (const r of rows)
      if (r) for (const rec of JSON.parse(r.j) as { id: string }[]) if (wanted.has(rec.id)) out.set(rec.id, rec);
    return out;
  }
}
