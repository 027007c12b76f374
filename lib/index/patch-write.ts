// The end of an incremental apply (dexie-patch.ts): every touched hash bucket written whole into the patch
// generation, a few rows a transaction as they are made (a table that doubled rewrites all its buckets: held whole,
// the term buckets' postings were the apply's largest allocation).
import type { Table } from 'dexie';
import type { IndexDb } from './dexie-schema.js';
import { putRows, termRows, WRITE_ROWS, type Buckets, type TermEntry } from './dexie-rows-patch.js';
import { pace } from './pace.js';

/** Rows made by `rows`, written WRITE_ROWS at a time. */
async function writeAsMade<T>(db: IndexDb, table: Table<T, [number, number]>, rows: AsyncIterable<T>): Promise<void> {
  let part: T[] = [];
  for await (const row of rows) {
    part.push(row);
    if (part.length >= WRITE_ROWS) {
      await putRows(db, table, part);
      part = [];
    }
    await pace();
  }
  await putRows(db, table, part);
}

/** Event or story buckets (record id → JSON), empty ones too: the row replaces the base's. */
export async function writeKeyed(
  db: IndexDb,
  table: IndexDb['eventBuckets'],
  over: number,
  buckets: Buckets<string>,
): Promise<void> {
  await writeAsMade(
    db,
    table,
    (async function* () {
      for await (const [b, m] of buckets.touched()) yield { g: over, b, j: `[${[...m.values()].join(',')}]` };
    })(),
  );
}

/** Term buckets and their postings, each touched term's frequency as toIndex sets it: the sum over the sources, at
 * least its postings; a term with neither postings nor a frequency above one leaves. Returns how many left. */
export async function writeTerms(
  db: IndexDb,
  over: number,
  terms: Buckets<TermEntry>,
  sums: ReadonlyMap<string, number>,
): Promise<number> {
  let gone = 0;
  const posting: ReturnType<typeof termRows>['p'][] = [];
  await writeAsMade(
    db,
    db.termBuckets,
    (async function* () {
      for await (const [b, m] of terms.touched()) {
        for (const [term, e] of m) {
          e.df = Math.max(sums.get(term) ?? 0, e.p.length);
          if (!e.p.length && e.df <= 1 && m.delete(term)) gone++;
        }
        const rows = termRows(over, b, m);
        posting.push(rows.p);
        if (posting.length >= WRITE_ROWS) await putRows(db, db.postingBuckets, posting.splice(0));
        yield rows.t;
      }
    })(),
  );
  await putRows(db, db.postingBuckets, posting);
  return gone;
}
