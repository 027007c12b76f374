// Loads an index file into Dexie in chunks: resumable after the service worker is killed (each chunk commits
// with its progress mark), marked complete only at the end, and the previous index stays active until then.
// A foreign file, or a text whose content hash is wrong, is rejected before anything is written.
import Dexie from 'dexie';
import { ARTICLES_PER_ROW, bucketOf, bucketsOf, dataTables, urlKey, type ArticleBlockRow, type IndexDb, type OutletRow } from './dexie-schema.js';
import { IndexFormatError, parseHeader, sha256Hex, type IndexHeader } from './format.js';
import { normalizeUrl } from './store.js';
import { lineKeys, OrderCheck, type LineKeys } from './record-keys.js';

/** Lines per transaction: large enough to amortise commits, small enough that a killed worker loses little. */
export const LOAD_CHUNK = 2000;

export interface LoadResult {
  header: IndexHeader;
  /** "already" when this exact index (same content hash) was already active. */
  status: 'loaded' | 'already';
  resumedAt: number;
}

/** The file's lines: the whole text (its content hash is checked) or an async stream of lines. */
export type IndexSource = string | AsyncIterable<string>;

async function* linesOf(text: string): AsyncGenerator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

async function verifyText(text: string, header: IndexHeader): Promise<void> {
  const nl = text.indexOf('\n');
  const body = text.slice(nl + 1).replace(/\n$/, '');
  if (`sha256:${await sha256Hex(body)}` !== header.contentHash) {
    throw new IndexFormatError('corrupt Parallax index: content hash does not match the header');
  }
}

/** Delete every row of the given generation from the data tables, table by table. */
export async function purgeGeneration(db: IndexDb, g: number): Promise<void> {
  for (const table of dataTables(db)) {
    await table.where(':id').between([g, Dexie.minKey], [g, Dexie.maxKey], true, true).delete();
  }
}

/** Rows waiting for a transaction, and the last line they complete. */
class Pending {
  blocks = new Map<number, ArticleBlockRow>();
  buckets = { e: new Map<number, string[]>(), s: new Map<number, string[]>(), t: new Map<number, [string, number][]>() };
  postings = new Map<number, string[]>();
  outlets: OutletRow[] = [];
  lines = 0;

  constructor(
    private readonly g: number,
    private readonly counts: { e: number; s: number; t: number },
  ) {}

  add(rec: LineKeys, line: number, text: string): void {
    this.lines++;
    const g = this.g;
    if (rec.k === 'a') {
      const b = Math.floor(rec.n / ARTICLES_PER_ROW);
      let row = this.blocks.get(b);
      if (!row) this.blocks.set(b, (row = { g, b, j: [], u: [] }));
      row.j[rec.n - b * ARTICLES_PER_ROW] = text;
      if (rec.url) row.u.push(urlKey(g, normalizeUrl(rec.url)));
    } else if (rec.k === 'o') this.outlets.push({ ...rec, g, i: line });
    else if (rec.k === 't') {
      const b = bucketOf(rec.t, this.counts.t);
      push(this.buckets.t, b, [rec.t, rec.df]);
      push(this.postings, b, rec.p);
    } else push(this.buckets[rec.k], bucketOf(rec.id, this.counts[rec.k]), text);
  }

  /** Rows in groups of at most `max`, each group one transaction. */
  *groups(max: number): Generator<{ table: keyof typeof TABLES; rows: unknown[] }[]> {
    const g = this.g;
    const all: { table: keyof typeof TABLES; row: unknown }[] = [
      ...this.outlets.map((row) => ({ table: 'o' as const, row })),
      ...[...this.buckets.s].map(([b, l]) => ({ table: 's' as const, row: { g, b, j: `[${l.join(',')}]` } })),
      ...[...this.buckets.e].map(([b, l]) => ({ table: 'e' as const, row: { g, b, j: `[${l.join(',')}]` } })),
      ...[...this.buckets.t].map(([b, l]) => ({ table: 't' as const, row: { g, b, j: JSON.stringify(l) } })),
      ...[...this.postings].map(([b, p]) => ({ table: 'p' as const, row: { g, b, p } })),
      ...[...this.blocks.values()].map((row) => ({ table: 'a' as const, row })),
    ];
    for (let i = 0; i < all.length || i === 0; i += max) {
      const byTable = new Map<keyof typeof TABLES, unknown[]>();
      for (const { table, row } of all.slice(i, i + max)) push(byTable, table, row);
      yield [...byTable].map(([table, rows]) => ({ table, rows }));
    }
  }
}

const TABLES = { a: 'blocks', e: 'eventBuckets', s: 'storyBuckets', t: 'termBuckets', p: 'postingBuckets', o: 'outlets' } as const;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Rows per transaction when a flush holds many (a whole bucketed section). */
const MAX_ROWS = 1000;

export async function loadIndexIntoDexie(
  db: IndexDb,
  source: IndexSource,
  onProgress?: (done: number, total: number) => void,
  /** verify: check a whole text's content hash first (default). The bundled file comes inside the extension's
   * package, which the browser checks; hashing it again was a quarter of the loader's time at 100k articles. */
  opts: { chunk?: number; verify?: boolean } = {},
): Promise<LoadResult> {
  const iter = typeof source === 'string' ? linesOf(source) : source;
  const it = iter[Symbol.asyncIterator]();
  try {
    return await loadLines(db, source, it, onProgress, opts);
  } finally {
    // Closes a stream left unread (an index already active): its download stops.
    await it.return?.();
  }
}

async function loadLines(
  db: IndexDb,
  source: IndexSource,
  it: AsyncIterator<string>,
  onProgress: ((done: number, total: number) => void) | undefined,
  opts: { chunk?: number; verify?: boolean },
): Promise<LoadResult> {
  const chunk = opts.chunk ?? LOAD_CHUNK;
  const first = await it.next();
  if (first.done) throw new IndexFormatError('not a Parallax index: the file is empty');
  const header = parseHeader(first.value);
  if (typeof source === 'string' && opts.verify !== false) await verifyText(source, header);

  const [active, loading] = await Promise.all([db.meta.get('active'), db.meta.get('loading')]);
  if (active?.key === 'active' && active.header.contentHash === header.contentHash) {
    if (loading) await db.meta.delete('loading');
    return { header, status: 'already', resumedAt: 0 };
  }
  let gen: number;
  let skip = 0;
  if (loading?.key === 'loading' && loading.header.contentHash === header.contentHash) {
    gen = loading.gen;
    skip = loading.linesDone;
  } else {
    gen = Math.max(active?.gen ?? 0, loading?.gen ?? 0) + 1;
    if (loading) await purgeGeneration(db, loading.gen);
    await db.meta.put({ key: 'loading', gen, header, linesDone: 0 });
  }
  const total = header.counts.lines;
  let pending = new Pending(gen, bucketsOf(header));
  let lineNo = 0;
  /** Write what is pending; the last transaction also records the line the load may resume after. */
  const flush = async (done: number) => {
    const groups = [...pending.groups(MAX_ROWS)];
    for (let i = 0; i < groups.length; i++) {
      await db.transaction('rw', [db.meta, ...dataTables(db)], async () => {
        for (const { table, rows } of groups[i]!) await db.table(TABLES[table]).bulkPut(rows);
        if (i === groups.length - 1) await db.meta.put({ key: 'loading', gen, header, linesDone: done });
      });
    }
    pending = new Pending(gen, bucketsOf(header));
    onProgress?.(done, total);
  };
  let prev: LineKeys | null = null;
  const order = new OrderCheck();
  for (let r = await it.next(); !r.done; r = await it.next()) {
    if (r.value === '') continue;
    lineNo++;
    if (lineNo <= skip) continue;
    const rec = lineKeys(r.value, lineNo + 1);
    order.next(rec, lineNo + 1);
    // A flush only where nothing written is incomplete: never inside a run of bucketed records (the file holds
    // each kind in one run, lib/index/build.ts, and a bucket row is written whole) nor inside a block of articles.
    if (prev && pending.lines >= chunk && safeBetween(prev, rec)) await flush(lineNo - 1);
    pending.add(rec, lineNo, r.value);
    prev = rec;
  }
  if (lineNo !== total) throw new IndexFormatError(`corrupt Parallax index: ${lineNo} records, header says ${total}`);
  if (pending.lines) await flush(lineNo);
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'active', gen, header });
    await db.meta.delete('loading');
  });
  if (active?.key === 'active') await purgeGeneration(db, active.gen);
  onProgress?.(total, total);
  return { header, status: 'loaded', resumedAt: skip };
}

/** May the rows of everything up to `prev` be written before `next` is read? */
function safeBetween(prev: LineKeys, next: LineKeys): boolean {
  if (prev.k === 'a') return next.k !== 'a' || next.n % ARTICLES_PER_ROW === 0;
  if (prev.k === 'o') return true;
  return next.k !== prev.k;
}
