// The rows an incremental apply changes, held while it runs: hash buckets (events, stories, terms with their
// postings) and article blocks, each read once from the active generation (or from the patch's own rows when it
// already wrote them) and written back whole into the patch generation. A table whose record count outgrew its
// buckets doubles them: with power-of-two counts, bucket b of n splits into b and b + n (h mod 2n mod n = h mod n),
// so each new bucket is read from one old one.
import type { Table } from 'dexie';
import {
  ARTICLES_PER_ROW,
  bucketCount,
  bucketOf,
  decodeLines,
  encodeLines,
  PER_BUCKET,
  urlKey,
  type IndexDb,
} from './dexie-schema.js';
import { decodePostings, encodePostings, type IndexHeader } from './format.js';
import { pace } from './pace.js';
import { lineKeys } from './record-keys.js';
import { normalizeUrl } from './store.js';

/** Generations a patch reads and writes: `base` answers pages, `over` receives the changed rows. */
export interface Gens {
  base: number;
  over: number;
}

/** A row of the base generation (a patch writes its buckets only once, at its end: never read back). */
export const readRow = <T>(table: Table<T, [number, number]>, g: Gens, b: number): Promise<T | undefined> =>
  table.get([g.base, b]);

/** Rows per write transaction: a page's check reading the same table waits for the whole transaction (IndexedDB
 * scopes a transaction by table), so a few rows each (an article block is some 60 kB), with a break between. */
export const WRITE_ROWS = 48;

export async function putRows<T, K>(db: IndexDb, table: Table<T, K>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_ROWS) {
    const part = rows.slice(i, i + WRITE_ROWS);
    await db.transaction('rw', table, () => table.bulkPut(part));
    await pace();
  }
}

/** Bucket counts for a patch, from the puts of each kind in the first delta it applies: a table whose records will
 * outgrow its buckets doubles (or more). Terms are projected by Heaps' law (vocabulary ~ √articles). */
export function grownBuckets(
  n: { e: number; s: number; t: number },
  c: IndexHeader['counts'],
  puts: { a: number; e: number; s: number },
) {
  const terms = c.terms * Math.sqrt((c.articles + puts.a) / Math.max(1, c.articles));
  const grow = (k: 'e' | 's' | 't', count: number) => Math.max(n[k], bucketCount(Math.ceil(count), PER_BUCKET[k]));
  return { e: grow('e', c.events + puts.e), s: grow('s', c.stories + puts.s), t: grow('t', terms) };
}

/** Keyed records in hash buckets, loaded on first touch. */
export class Buckets<V> {
  readonly dirty = new Map<number, Map<string, V>>();

  constructor(
    readonly nOld: number,
    readonly nNew: number,
    private readonly read: (b: number) => Promise<Map<string, V>>,
  ) {}

  bucketOf(key: string): number {
    return bucketOf(key, this.nNew);
  }

  async bucket(b: number): Promise<Map<string, V>> {
    let m = this.dirty.get(b);
    if (!m) {
      m = await this.read(b % this.nOld);
      if (this.nNew !== this.nOld) for (const k of [...m.keys()]) if (bucketOf(k, this.nNew) !== b) m.delete(k);
      this.dirty.set(b, m);
    }
    return m;
  }

  async get(key: string): Promise<V | undefined> {
    return (await this.bucket(this.bucketOf(key))).get(key);
  }

  async set(key: string, v: V): Promise<boolean> {
    const m = await this.bucket(this.bucketOf(key));
    const had = m.has(key);
    m.set(key, v);
    return !had;
  }

  async delete(key: string): Promise<boolean> {
    return (await this.bucket(this.bucketOf(key))).delete(key);
  }

  /** Every bucket that must be written, the touched ones or all of them once the table doubled, each let go once
   * it is written (the last use of the table): a doubled term table held whole, with its postings, was the
   * apply's peak of memory. */
  async *touched(): AsyncGenerator<[number, Map<string, V>]> {
    if (this.nNew === this.nOld) {
      for (const [b, m] of this.dirty) {
        yield [b, m];
        this.dirty.delete(b);
      }
      return;
    }
    for (let b = 0; b < this.nNew; b++) {
      yield [b, await this.bucket(b)];
      this.dirty.delete(b);
    }
  }
}

/** An event or story bucket: record id → the record's JSON. */
export const keyedReader = (table: IndexDb['eventBuckets'], g: Gens) => async (b: number) => {
  const row = await readRow(table, g, b);
  return new Map((row ? (JSON.parse(row.j) as { id: string }[]) : []).map((r) => [r.id, JSON.stringify(r)]));
};

export interface TermEntry {
  df: number;
  /** Ordinals, ascending. */
  p: number[];
}

export const termReader = (db: IndexDb, g: Gens) => async (b: number) => {
  const [t, p] = await Promise.all([readRow(db.termBuckets, g, b), readRow(db.postingBuckets, g, b)]);
  const pairs = t ? (JSON.parse(t.j) as [string, number][]) : [];
  const lists = p ? decodeLines(p.p) : [];
  return new Map(
    pairs.map(([term, df], i) => [
      term,
      { df, p: Array.from(decodePostings(lists[i] ? (JSON.parse(lists[i]) as number[]) : [])) },
    ]),
  );
};

/** A term bucket's two rows (terms with frequencies; postings apart, in the same order). */
export function termRows(g: number, b: number, m: Map<string, TermEntry>) {
  const pairs: [string, number][] = [];
  const p: string[] = [];
  for (const [t, e] of m) {
    pairs.push([t, e.df]);
    p.push(JSON.stringify(encodePostings(e.p)));
  }
  return { t: { g, b, j: JSON.stringify(pairs) }, p: { g, b, p: encodeLines(p) } };
}

/** Inserts n into an ascending list (appended in the common case: new articles take the highest ordinals). */
export function insertSorted(list: number[], n: number): void {
  if (!list.length || list[list.length - 1]! < n) {
    list.push(n);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== n) list.splice(lo, 0, n);
}

export function removeSorted(list: number[], n: number): void {
  const i = list.lastIndexOf(n);
  if (i >= 0) list.splice(i, 1);
}

/** An article block as its 16 lines ('' where the block has no article) and its row, URL keys under the base. */
export const blockRow = (g: Gens, b: number, lines: string[], into: number) => {
  const u: string[] = [];
  for (const l of lines) {
    if (!l) continue;
    const rec = lineKeys(l, 0);
    if (rec.k === 'a' && rec.url) u.push(urlKey(g.base, normalizeUrl(rec.url)));
  }
  return { g: into, b, j: encodeLines(lines), u };
};

/** A block's lines, from the generation `from` (null: a new block, nothing to read). */
export async function readBlock(db: IndexDb, b: number, from: number | null): Promise<string[]> {
  const row = from === null ? undefined : await db.blocks.get([from, b]);
  const lines = row ? decodeLines(row.j) : [];
  return Array.from({ length: ARTICLES_PER_ROW }, (_, i) => lines[i] ?? '');
}
