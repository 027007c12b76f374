// Writing an assigned batch: its articles' events, fingerprints and sequence numbers, the events it touched and the
// terms' document frequencies, in one statement (one transaction with the merges). Articles a pass extracted and
// still holds are written here for the first time, their stored page and their assignment in one row update: the
// stored write, the re-read of the bodies for assignment and the assignment's write were three passes over the same
// rows (a third of the embedded store's time in a pass over a day's articles).
import type { EventAssigner } from '../../collect/assign.js';
import type { Db } from './db.js';
import { arrayType, STORED_COLUMNS, storedParams, storedSet, type StoredUpdate } from './stored-writes.js';

export interface Done {
  key: string;
  id: string;
  fp: string;
  copyOf: string | null;
  at: string;
  /** The page as extracted, when the pass still holds it (not written as stored yet). */
  stored?: StoredUpdate;
}

export interface Batch {
  done: Done[];
  /** Event → when an article last joined it. */
  touched: Map<string, string>;
  merges: { drop: string; into: string; at: string }[];
  /** Term → articles of the batch that hold it. */
  df: Map<string, number>;
}

/** Sequence numbers are given in assignment order (loadAssigner replays by them); earlier events of this batch's
 * articles may have been merged since: their event now is the store's. */
function batchStatement(assigner: EventAssigner, b: Batch, withStored: boolean): { sql: string; params: unknown[] } {
  const evs = [...b.touched].sort(([x], [y]) => (x < y ? -1 : 1));
  const terms = [...b.df.keys()].sort();
  const params: unknown[] = [
    b.done.map((d) => d.key),
    b.done.map((d) => assigner.store.get(d.id)!.event),
    b.done.map((d) => d.copyOf),
    b.done.map((d) => d.fp),
    b.done.map((d) => d.at),
    evs.map(([id]) => id),
    evs.map(([, at]) => at),
    terms,
    terms.map((t) => b.df.get(t)!),
  ];
  let stored = '';
  let set = '';
  if (withStored) {
    // The stored columns as StoredWrites sets them (a text[] parameter holds the JSON and the times).
    const first = params.length + 1;
    params.push(...storedParams(b.done.map((d) => d.stored!)));
    const cols = STORED_COLUMNS.map((c, i) => `$${first + i}::${arrayType(c)}[]`);
    stored = ` join unnest(${cols.join(', ')}) with ordinality as s(${STORED_COLUMNS.map(([, col]) => col).join(', ')}, i) on s.i = v.i`;
    set = `status = 'stored', ${storedSet('s')}, `;
  }
  const sql = `with seq as (select nextval('assign_seq') as n from generate_series(1, cardinality($1::text[]))),
     ord as (select n, row_number() over (order by n) as i from seq),
     a as (update articles a set ${set}event = v.event, copy_of = v.copy_of, fp = v.fp::jsonb,
         assigned_at = v.at::timestamptz, assigned_seq = ord.n
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as v(key, event, copy_of, fp, at, i)
       join ord on ord.i = v.i${stored} where a.key = v.key returning 1),
     e as (insert into events (id, created_at, updated_at) select id, at::timestamptz, at::timestamptz from unnest($6::text[], $7::text[]) as v(id, at)
       on conflict (id) do update set updated_at = excluded.updated_at returning 1),
     t as (insert into terms (term, df, touched) select v.term, v.df, (select max(n) from seq) from unnest($8::text[], $9::int[]) as v(term, df)
       on conflict (term) do update set df = terms.df + excluded.df, touched = excluded.touched returning 1)
     select (select count(*) from a) as a, (select count(*) from e) as e, (select count(*) from t) as t`;
  return { sql, params };
}

/** Write a batch (held articles with their stored pages, or articles read back from the store, not both): its
 * articles, events and terms in one statement, one transaction with the merges. */
export async function persistBatch(db: Db, assigner: EventAssigner, b: Batch): Promise<void> {
  const held = b.done.filter((d) => d.stored).length;
  if (held && held < b.done.length) throw new Error('a batch holds either extracted pages or stored articles, not both');
  const { sql, params } = batchStatement(assigner, b, held > 0);
  if (!b.merges.length) {
    await db.query(sql, params);
    return;
  }
  await db.transaction(async (tx) => {
    await tx.query(sql, params);
    // Merges in the order they happened, for the articles of earlier batches.
    for (const m of b.merges) {
      await tx.query('update articles set event = $2 where event = $1', [m.drop, m.into]);
      await tx.query('update events set merged_into = $2, updated_at = $3 where id = $1', [m.drop, m.into, m.at]);
    }
  });
}
