// Per-text values that every pairing of a body reuses (word set, lead, bigrams, TF-IDF norm, hashed bag),
// memoised on the prepared text: training pairs each FNC-1 body with ~30 headlines.
import { bucket } from './hash.js';
import { idfOf, type IdfTable } from './idf.js';
import { contentBigrams, type PreparedText } from './prepare.js';

interface Derived {
  wordSet?: Set<string>;
  lead?: Set<string>;
  bigrams?: Set<string>;
  norm?: WeakMap<IdfTable, number>;
  bag?: Map<number, Map<number, number>>;
  positions?: Map<string, number[]>;
  cues?: Map<ReadonlySet<string>, number[]>;
  other?: Map<string, unknown>;
}

const memo = new WeakMap<PreparedText, Derived>();

function derived(p: PreparedText): Derived {
  let d = memo.get(p);
  if (!d) memo.set(p, (d = {}));
  return d;
}

export function wordSet(p: PreparedText): Set<string> {
  const d = derived(p);
  return (d.wordSet ??= new Set(p.words));
}

/** Stems of the first `n` words (the lead); memoised for one n per text. */
export function leadSet(p: PreparedText, n: number): Set<string> {
  const d = derived(p);
  return (d.lead ??= new Set(p.stems.slice(0, n)));
}

export function bigramSet(p: PreparedText): Set<string> {
  const d = derived(p);
  return (d.bigrams ??= contentBigrams(p));
}

/** Euclidean norm of the text's TF-IDF vector. */
export function tfidfNorm(p: PreparedText, idf: IdfTable): number {
  const d = derived(p);
  d.norm ??= new WeakMap();
  let n = d.norm.get(idf);
  if (n === undefined) {
    let sum = 0;
    for (const [t, c] of p.tf) {
      const v = c * idfOf(idf, t);
      sum += v * v;
    }
    d.norm.set(idf, (n = Math.sqrt(sum)));
  }
  return n;
}

/** The text's content stems as a unit-length, sublinear (log 1+tf) bag hashed into `size` buckets. */
export function hashedBag(p: PreparedText, prefix: string, size: number): Map<number, number> {
  const d = derived(p);
  d.bag ??= new Map();
  let bag = d.bag.get(size);
  if (!bag) {
    bag = new Map();
    let norm = 0;
    for (const c of p.tf.values()) norm += Math.log1p(c) ** 2;
    const k = norm ? 1 / Math.sqrt(norm) : 0;
    for (const [t, c] of p.tf) {
      const b = bucket(prefix + t, size);
      bag.set(b, (bag.get(b) ?? 0) + Math.log1p(c) * k);
    }
    d.bag.set(size, bag);
  }
  return bag;
}

/** Word positions of each content stem: lets a headline find its terms without scanning the body. */
export function positions(p: PreparedText): Map<string, number[]> {
  const d = derived(p);
  if (!d.positions) {
    d.positions = new Map();
    p.stems.forEach((st, i) => {
      if (!p.content[i]) return;
      const list = d.positions!.get(st);
      if (list) list.push(i);
      else d.positions!.set(st, [i]);
    });
  }
  return d.positions;
}

/** Positions of the words that belong to a cue list (denial, hedging…), memoised per list. */
export function cuePositions(p: PreparedText, list: ReadonlySet<string>, test?: (w: string) => boolean): number[] {
  const d = derived(p);
  d.cues ??= new Map();
  let out = d.cues.get(list);
  if (!out) {
    out = [];
    p.words.forEach((w, i) => {
      if (list.has(w) || test?.(w)) out!.push(i);
    });
    d.cues.set(list, out);
  }
  return out;
}

/** Memoise any other per-text value under a key (the caller keeps keys distinct). */
export function memoOn<T>(p: PreparedText, key: string, make: () => T): T {
  const d = derived(p);
  d.other ??= new Map();
  if (!d.other.has(key)) d.other.set(key, make());
  return d.other.get(key) as T;
}
