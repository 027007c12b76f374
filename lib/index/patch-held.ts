// A delta's operations as an incremental apply (dexie-patch.ts) holds them until the delta's end, read a piece at a
// time: an article's put as its index line's JSON (without the ordinal it is given later), its day and its terms; a
// deletion as the article's id. The parsed records of a day of 50k articles (titles, fingerprints, claims) were
// the apply's largest allocation, some 300 MB of small objects the worker's garbage collector walked again and again
// while pages waited for their check; a string is one object it does not look into.
import { dayOf } from './similarity.js';
import type { PatchArticle, PatchOp } from './source-share.js';

export interface HeldPut {
  /** The article's id as the source names it (unprefixed: its share's key). */
  own: string;
  /** Its publication day, null when it has none. */
  day: number | null;
  /** Its fingerprint's terms. */
  terms: string[];
  /** The index line's JSON after `{"k":"a","n":N,` (the url first, then the record's fields in their order). */
  tail: string;
}

export interface HeldDelta {
  /** Article deletions, in order. */
  dels: string[];
  puts: HeldPut[];
  /** Every other operation (events, stories, outlets, frequencies), in order. */
  rest: PatchOp[];
  /** Puts of each kind, to size the hash buckets. */
  kinds: { a: number; e: number; s: number };
}

export function heldPut(a: PatchArticle, id: (x: string) => string): HeldPut {
  const { url, k: _k, ...rest } = { ...a, id: id(a.id), event: id(a.event), copyOf: a.copyOf && id(a.copyOf) };
  const terms: string[] = [];
  for (let j = 0; j < a.fp.t.length; j += 2) terms.push(a.fp.t[j] as string);
  return { own: a.id, day: dayOf(a.published), terms, tail: JSON.stringify({ url, ...rest }).slice(1) };
}

/** The line of a held put given ordinal `n` (as JSON.stringify({ k: 'a', n, url, ...rest }) writes it). */
export const heldLine = (p: HeldPut, n: number): string => `{"k":"a","n":${n},${p.tail}`;

/** Sorts puts by day, then id: each delta adds one run per day it covers (days read once, not per comparison). */
export function sortPuts(puts: HeldPut[]): void {
  puts.sort((x, y) => (x.day ?? Infinity) - (y.day ?? Infinity) || (x.own < y.own ? -1 : x.own > y.own ? 1 : 0));
}

/** Adds one piece of a delta to what is held. */
export function holdOps(into: HeldDelta, ops: readonly PatchOp[], id: (x: string) => string): void {
  for (const op of ops) {
    if (op.op === 'put' && op.k !== 'o') into.kinds[op.k]++;
    if (op.op === 'del' && op.k === 'a') into.dels.push(op.id);
    else if (op.op === 'put' && op.k === 'a') into.puts.push(heldPut(op as PatchArticle, id));
    else into.rest.push(op);
  }
}
