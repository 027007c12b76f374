// The profile of a candidate article as the ranker reads it, straight over its stored fingerprint's arrays: the
// same values, in the same order, as storedProfile's Maps and Sets, without building them. The ranker profiles 32
// candidates per query; their Maps and Sets were over a third of the memory a query allocated at 100k articles,
// and the collections that allocation set off made the slowest 5% of queries (the builder keeps storedProfile:
// it reads each profile thousands of times, where hashing pays).
import type { Fingerprint } from '../index/format.js';
import { entityWordList } from '../index/features.js';
import { dayOf, titleNames, type Profile, type WordSet } from '../index/similarity.js';

/** A read-only map over [key, value, key, value…] pairs, the values divided by `div` as they are read. */
class PairMap implements ReadonlyMap<string, number> {
  constructor(
    private readonly pairs: readonly (string | number)[],
    private readonly div: number,
  ) {}
  get size(): number {
    return this.pairs.length >> 1;
  }
  get(key: string): number | undefined {
    const p = this.pairs;
    for (let i = 0; i + 1 < p.length; i += 2) if (p[i] === key) return (p[i + 1] as number) / this.div;
    return undefined;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    const p = this.pairs;
    for (let i = 0; i + 1 < p.length; i += 2) fn((p[i + 1] as number) / this.div, p[i] as string, this);
  }
  *entries(): MapIterator<[string, number]> {
    const p = this.pairs;
    for (let i = 0; i + 1 < p.length; i += 2) yield [p[i] as string, (p[i + 1] as number) / this.div];
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/** A read-only set over an array of distinct strings (a few dozen at most: a scan beats hashing them). */
class ListSet implements WordSet {
  constructor(private readonly items: readonly string[]) {}
  get size(): number {
    return this.items.length;
  }
  has(v: string): boolean {
    return this.items.includes(v);
  }
  [Symbol.iterator](): ArrayIterator<string> {
    return this.items[Symbol.iterator]();
  }
}

/** Distinct items in first-seen order, as a Set built from them iterates. */
function distinct(items: readonly string[]): readonly string[] {
  for (let i = 1; i < items.length; i++) if (items.lastIndexOf(items[i]!, i - 1) >= 0) return [...new Set(items)];
  return items;
}

/** What storedProfile(fp, published, title) gives, read through the fingerprint's own arrays. */
export function candidateProfile(fp: Fingerprint, published: string | null, title: string): Profile {
  // The norm as fingerprintVector computes it, so every weight is the same number.
  let norm = 0;
  for (let i = 0; i + 1 < fp.t.length; i += 2) norm += (fp.t[i + 1] as number) ** 2;
  let names: string[] | undefined;
  return {
    vec: new PairMap(fp.t, Math.sqrt(norm) || 1),
    entities: fp.e,
    entWords: new ListSet(entityWordList(fp.e)),
    nums: new ListSet(distinct(fp.n)),
    day: dayOf(published),
    simhash: fp.h,
    titleTerms: new ListSet(distinct(fp.tt)),
    get titleNames() {
      return (names ??= titleNames(title));
    },
  };
}
