// Loads an index file into Dexie in chunks: resumable after the service worker is killed (each chunk commits
// with its progress mark), marked complete only at the end, and the previous index stays active until then.
// A foreign file, or a text whose content hash is wrong, is rejected before anything is written.
import { ARTICLES_PER_ROW, bucketsOf, dataTables, type IndexDb } from './dexie-schema.js';
import { dropLoading, freshGeneration, purgeGeneration } from './dexie-generations.js';
import { Pending, TABLES } from './dexie-rows.js';
import { IndexFormatError, sha256Hex, type IndexHeader } from './format.js';
import { headerProblem, parseIndexHeader } from './schema.js';
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

/** Lines handed over in batches: one await per batch, not one per line (an index of 100k articles has 450k lines,
 * and an async generator's promises per line were a tenth of the loader's time). */
const BATCH = 1024;

async function* batchesOf(source: IndexSource): AsyncGenerator<string[]> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length;) {
      const batch: string[] = [];
      while (batch.length < BATCH && start < source.length) {
        let end = source.indexOf('\n', start);
        if (end < 0) end = source.length;
        batch.push(source.slice(start, end));
        start = end + 1;
      }
      yield batch;
    }
    return;
  }
  let batch: string[] = [];
  for await (const line of source) {
    batch.push(line);
    // The header alone first: an index already active is recognised without reading further.
    if (batch.length >= BATCH || batch.length === 1) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function verifyText(text: string, header: IndexHeader): Promise<void> {
  const nl = text.indexOf('\n');
  const body = text.slice(nl + 1).replace(/\n$/, '');
  if (`sha256:${await sha256Hex(body)}` !== header.contentHash) {
    throw new IndexFormatError('corrupt Parallax index: content hash does not match the header');
  }
}

export interface LoadOptions {
  chunk?: number;
  /** Check a whole text's content hash first (default). The bundled file comes inside the extension's package,
   * which the browser checks; hashing it again was a quarter of the loader's time at 100k articles. */
  verify?: boolean;
  /** False when the source cannot be read again after the worker stops (an imported file): such a load is never
   * resumed, and purgeInterrupted removes what it wrote. */
  resumable?: boolean;
}

/** Rows per transaction when a flush holds many (a whole bucketed section). */
const MAX_ROWS = 1000;

export async function loadIndexIntoDexie(
  db: IndexDb,
  source: IndexSource,
  onProgress?: (done: number, total: number) => void,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const it = batchesOf(source);
  try {
    return await loadLines(db, source, it, onProgress, opts);
  } finally {
    // Closes a stream left unread (an index already active): its download stops.
    await it.return(undefined);
  }
}

async function loadLines(
  db: IndexDb,
  source: IndexSource,
  it: AsyncIterator<string[]>,
  onProgress: ((done: number, total: number) => void) | undefined,
  opts: LoadOptions,
): Promise<LoadResult> {
  const chunk = opts.chunk ?? LOAD_CHUNK;
  let batch = (await it.next()).value ?? [];
  if (!batch.length) throw new IndexFormatError('not a Parallax index: the file is empty');
  const header = parseIndexHeader(batch[0]!);
  if (typeof source === 'string' && opts.verify !== false) await verifyText(source, header);

  const [active, loading] = await Promise.all([db.meta.get('active'), db.meta.get('loading')]);
  // The same index is not loaded again, unless the stored copy's header is damaged (an older version stored it unchecked).
  if (active?.key === 'active' && active.header.contentHash === header.contentHash && !headerProblem(active.header)) {
    // A load left half-way goes with its rows, not only its mark (rows without a mark are read by nothing).
    if (loading) await dropLoading(db, loading.gen);
    return { header, status: 'already', resumedAt: 0 };
  }
  let gen: number;
  let skip = 0;
  if (
    loading?.key === 'loading' &&
    loading.header.contentHash === header.contentHash &&
    loading.resumable !== false &&
    opts.resumable !== false
  ) {
    gen = loading.gen;
    skip = loading.linesDone;
  } else {
    if (loading) await purgeGeneration(db, loading.gen);
    gen = await freshGeneration(db);
    await db.meta.put({ key: 'loading', gen, header, linesDone: 0, resumable: opts.resumable !== false });
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
        if (i === groups.length - 1)
          await db.meta.put({ key: 'loading', gen, header, linesDone: done, resumable: opts.resumable !== false });
      });
    }
    pending = new Pending(gen, bucketsOf(header));
    onProgress?.(done, total);
  };
  let prev: LineKeys | null = null;
  const order = new OrderCheck();
  for (let pos = 1; ; pos = 0) {
    for (; pos < batch.length; pos++) {
      const line = batch[pos]!;
      if (line === '') continue;
      lineNo++;
      if (lineNo <= skip) continue;
      const rec = lineKeys(line, lineNo + 1);
      order.next(rec, lineNo + 1);
      // A flush only where nothing written is incomplete: never inside a run of bucketed records (the file holds
      // each kind in one run, lib/index/build.ts, and a bucket row is written whole) nor inside a block of articles.
      if (prev && pending.lines >= chunk && safeBetween(prev, rec)) await flush(lineNo - 1);
      pending.add(rec, lineNo, line);
      prev = rec;
    }
    const r = await it.next();
    if (r.done) break;
    batch = r.value;
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
