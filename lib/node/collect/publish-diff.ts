// What a publish sends: the live state as keyed records with a hash each, compared with what readers already hold
// (the `published` table), gives the records to put again and those to delete, in the order a delta carries them.
import { createHash } from 'node:crypto';
import type { DeltaOp } from '../../updates/format.js';
import type { LiveState } from '../../updates/live-state.js';
import { DF_MIN } from './live.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A term's df is resent when it moved by half: its weight (log(1 + N/df)) then moves by at most 0.4 of 5 to 10.
 * Term frequencies were a quarter of the collector bench's 5-minute delta bytes with steps of a quarter (69 terms
 * an article); steps of a half send two thirds as many (the bench: 1.42 → 1.33 kB an article in format 2). */
const dfBucket = (df: number) => Math.floor(Math.log(df) / Math.log(1.5));

export type Keyed = { k: string; id: string; hash: string; op: DeltaOp };

/** Records' hashes by the record: a publisher that keeps an unchanged record's object (publish-state.ts) does not
 * serialise and hash it again. Records are never changed in place (a changed one is a new object). */
const hashes = new WeakMap<object, string>();
const hashOf = (rec: object, op: DeltaOp) => hashes.get(rec) ?? hashes.set(rec, sha256(JSON.stringify(op))).get(rec)!;

/** Every record of the state, keyed by kind and id, with the hash that decides whether readers have it. */
export function keyed(state: LiveState): Keyed[] {
  const out: Keyed[] = [];
  const put = (k: string, id: string, rec: object) => {
    const op = { op: 'put', ...rec } as DeltaOp;
    out.push({ k, id, hash: hashOf(rec, op), op });
  };
  // An outlet is sent when it first appears: its article count is recounted by every reader (toIndex), and sending
  // it again with each new article was 83 B an article of 5-minute deltas.
  for (const [key, o] of state.outlets) {
    const op = { op: 'put', ...o } as DeltaOp;
    out.push({ k: 'o', id: key, hash: sha256(JSON.stringify({ name: o.name, domain: o.domain })), op });
  }
  for (const s of state.stories.values()) put('s', s.id, s);
  for (const e of state.events.values()) put('e', e.id, e);
  for (const a of state.articles.values()) put('a', a.id, a);
  for (const [t, df] of state.df)
    if (df >= DF_MIN) out.push({ k: 't', id: t, hash: String(dfBucket(df)), op: { op: 'df', t, df } });
  return out;
}

function deleteOp(k: string, id: string): DeltaOp {
  if (k === 't') return { op: 'df', t: id, df: 0 };
  if (k === 'o') {
    const [name, domain] = id.split('\u001f');
    return { op: 'del', k: 'o', name: name!, domain: domain || null };
  }
  return { op: 'del', k: k as 'a' | 'e' | 's', id };
}

const KIND_ORDER: Record<string, number> = { o: 0, s: 1, e: 2, a: 3, t: 4 };
const slot = (k: string, id: string) => `${k}\u0001${id}`;

export interface Diff {
  puts: Keyed[];
  dels: { k: string; id: string; op: DeltaOp }[];
  /** Deletions first, then puts by kind (outlets, stories, events, articles, term frequencies), each by id. */
  ops: { k: string; id: string; op: DeltaOp }[];
  /** Articles put that readers did not hold. */
  added: number;
}

/** Records whose hash moved are put again; records readers hold that left the state are deleted. */
export function diff(before: ReadonlyMap<string, string>, current: readonly Keyed[]): Diff {
  const live = new Set(current.map((c) => slot(c.k, c.id)));
  const puts = current.filter((c) => before.get(slot(c.k, c.id)) !== c.hash);
  const dels = [...before.keys()]
    .filter((key) => !live.has(key))
    .map((key) => {
      const [k, id] = key.split('\u0001') as [string, string];
      return { k, id, op: deleteOp(k, id) };
    });
  const ops = [...puts, ...dels];
  ops.sort(
    (a, b) => Number(b.op.op === 'del') - Number(a.op.op === 'del') || KIND_ORDER[a.k]! - KIND_ORDER[b.k]! || cmp(a.id, b.id),
  );
  const added = puts.filter((o) => o.k === 'a' && !before.has(slot('a', o.id))).length;
  return { puts, dels, ops, added };
}

export const publishedKey = slot;
