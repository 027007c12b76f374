// Loads an index file into Dexie in chunks: resumable after the service worker is killed (each chunk commits
// with its progress mark), marked complete only at the end, and the previous index stays active until then.
// A foreign or corrupt file is rejected before anything is written, so nothing is lost.
import Dexie from 'dexie';
import { bucketCount, bucketOf, dataTables, type ArticleRow, type IndexDb, type OutletRow, type TermBucketRow } from './dexie-schema.js';
import { IndexFormatError, parseHeader, parseRecord, sha256Hex, type IndexHeader, type IndexRecord } from './format.js';
import { normalizeUrl } from './store.js';

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

function rowsOf(records: readonly { rec: IndexRecord; line: number; text: string }[], g: number, buckets: number) {
  const rows = { articles: [] as ArticleRow[], events: [] as unknown[], stories: [] as unknown[], buckets: [] as TermBucketRow[], outlets: [] as OutletRow[] };
  const byBucket = new Map<number, [string, number, number[]][]>();
  for (const { rec, line, text } of records) {
    if (rec.k === 'a') rows.articles.push(rec.url ? { g, n: rec.n, u: normalizeUrl(rec.url), j: text } : { g, n: rec.n, j: text });
    else if (rec.k === 'e') rows.events.push({ ...rec, g });
    else if (rec.k === 's') rows.stories.push({ ...rec, g });
    else if (rec.k === 'o') rows.outlets.push({ ...rec, g, i: line });
    else {
      const b = bucketOf(rec.t, buckets);
      const l = byBucket.get(b);
      if (l) l.push([rec.t, rec.df, rec.p]);
      else byBucket.set(b, [[rec.t, rec.df, rec.p]]);
    }
  }
  for (const [b, list] of [...byBucket.entries()].sort((x, y) => x[0] - y[0])) rows.buckets.push({ g, b, j: JSON.stringify(list) });
  return rows;
}

export async function loadIndexIntoDexie(
  db: IndexDb,
  source: IndexSource,
  onProgress?: (done: number, total: number) => void,
  opts: { chunk?: number } = {},
): Promise<LoadResult> {
  const chunk = opts.chunk ?? LOAD_CHUNK;
  const iter = typeof source === 'string' ? linesOf(source) : source;
  const it = iter[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new IndexFormatError('not a Parallax index: the file is empty');
  const header = parseHeader(first.value);
  if (typeof source === 'string') await verifyText(source, header);

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
  const buckets = bucketCount(header.counts.terms);
  let lineNo = 0;
  let batch: { rec: IndexRecord; line: number; text: string }[] = [];
  const flush = async () => {
    const rows = rowsOf(batch, gen, buckets);
    const done = lineNo;
    await db.transaction('rw', [db.meta, ...dataTables(db)], async () => {
      await db.articles.bulkPut(rows.articles);
      await db.events.bulkPut(rows.events as never[]);
      await db.stories.bulkPut(rows.stories as never[]);
      await db.buckets.bulkPut(rows.buckets);
      await db.outlets.bulkPut(rows.outlets);
      await db.meta.put({ key: 'loading', gen, header, linesDone: done });
    });
    batch = [];
    onProgress?.(done, total);
  };
  for (let r = await it.next(); !r.done; r = await it.next()) {
    if (r.value === '') continue;
    lineNo++;
    if (lineNo <= skip) continue;
    const rec = parseRecord(r.value, lineNo + 1);
    batch.push({ rec, line: lineNo, text: r.value });
    // Never between two term lines: the file holds its terms in one run (lib/index/build.ts), and a bucket row is
    // written whole, so all terms go in one transaction.
    if (batch.length >= chunk && rec.k !== 't') await flush();
  }
  if (lineNo !== total) throw new IndexFormatError(`corrupt Parallax index: ${lineNo} records, header says ${total}`);
  if (batch.length) await flush();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'active', gen, header });
    await db.meta.delete('loading');
  });
  if (active?.key === 'active') await purgeGeneration(db, active.gen);
  onProgress?.(total, total);
  return { header, status: 'loaded', resumedAt: skip };
}
