// The rows the Dexie loader writes for a run of index lines: article blocks, hash buckets of events, stories and
// terms, postings and outlets. Everything waiting for a transaction is held as the file's own lines (no parsed
// records) and rows keep their lines as bytes: at 100k articles the loader's time was mostly the garbage collector
// copying what it kept alive.
import {
  ARTICLES_PER_ROW,
  bucketOf,
  encodeLines,
  urlKey,
  type ArticleBlockRow,
  type BucketRow,
  type OutletRow,
  type PostingBucketRow,
  type TermBucketRow,
} from './dexie-schema.js';
import { normalizeUrl } from './store.js';
import { lineKeys, type LineKeys } from './record-keys.js';

export const TABLES = {
  a: 'blocks',
  e: 'eventBuckets',
  s: 'storyBuckets',
  t: 'termBuckets',
  p: 'postingBuckets',
  o: 'outlets',
} as const;
export type TableKey = keyof typeof TABLES;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Rows waiting for a transaction, and how many lines they hold. */
export class Pending {
  /** Block number → the lines of its articles by position in the block, and their URL keys. */
  private readonly blocks = new Map<number, { j: string[]; u: string[] }>();
  /** Bucket number → the index lines of its records, by kind. */
  private readonly buckets = { e: new Map<number, string[]>(), s: new Map<number, string[]>(), t: new Map<number, string[]>() };
  private readonly outlets: OutletRow[] = [];
  lines = 0;

  constructor(
    private readonly g: number,
    private readonly counts: { e: number; s: number; t: number },
  ) {}

  add(rec: LineKeys, line: number, text: string): void {
    this.lines++;
    if (rec.k === 'a') {
      const b = Math.floor(rec.n / ARTICLES_PER_ROW);
      let row = this.blocks.get(b);
      if (!row) this.blocks.set(b, (row = { j: [], u: [] }));
      row.j[rec.n - b * ARTICLES_PER_ROW] = text;
      if (rec.url) row.u.push(urlKey(this.g, normalizeUrl(rec.url)));
    } else if (rec.k === 'o') this.outlets.push({ ...rec, g: this.g, i: line });
    else push(this.buckets[rec.k], bucketOf(rec.k === 't' ? rec.t : rec.id, this.counts[rec.k]), text);
  }

  /** Rows in groups of at most `max`, each group one transaction; each row is made as its group is reached. */
  *groups(max: number): Generator<{ table: TableKey; rows: unknown[] }[]> {
    const g = this.g;
    const all: [TableKey, () => unknown][] = [
      ...this.outlets.map((row): [TableKey, () => unknown] => ['o', () => row]),
      ...[...this.buckets.s].map(([b, l]): [TableKey, () => unknown] => [
        's',
        (): BucketRow => ({ g, b, j: `[${l.join(',')}]` }),
      ]),
      ...[...this.buckets.e].map(([b, l]): [TableKey, () => unknown] => [
        'e',
        (): BucketRow => ({ g, b, j: `[${l.join(',')}]` }),
      ]),
      ...[...this.buckets.t].flatMap(([b, l]) => termRows(g, b, l)),
      ...[...this.blocks].map(([b, r]): [TableKey, () => unknown] => [
        'a',
        (): ArticleBlockRow => ({ g, b, j: encodeLines(Array.from(r.j, (l) => l ?? '')), u: r.u }),
      ]),
    ];
    for (let i = 0; i < all.length || i === 0; i += max) {
      const byTable = new Map<TableKey, unknown[]>();
      for (const [table, row] of all.slice(i, i + max)) push(byTable, table, row());
      yield [...byTable].map(([table, rows]) => ({ table, rows }));
    }
  }
}

/** A term bucket's two rows, from its lines (in file order: sorted by term): terms with their document frequencies,
 * and apart, their postings (a query reads the frequencies of hundreds of terms, the postings of sixteen). */
function termRows(g: number, b: number, lines: readonly string[]): [TableKey, () => unknown][] {
  let made: { t: TermBucketRow; p: PostingBucketRow } | null = null;
  const make = () => {
    if (made) return made;
    const pairs: [string, number][] = [];
    const p: string[] = [];
    for (const l of lines) {
      const rec = lineKeys(l, 0);
      if (rec.k !== 't') continue;
      pairs.push([rec.t, rec.df]);
      p.push(rec.p);
    }
    return (made = { t: { g, b, j: JSON.stringify(pairs) }, p: { g, b, p: encodeLines(p) } });
  };
  return [
    ['t', () => make().t],
    ['p', () => make().p],
  ];
}
