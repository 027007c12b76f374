// Near-duplicate detection inside a corpus: marks republished or lightly edited copies (copyOf) so a copy is
// never counted as an independent outlet. Seed 000's third and fourth articles are the motivating pair.
import { hamming } from './simhash.js';
import type { Profile } from './similarity.js';

/** Bits of 64 that may differ. Seed 000's two Russia Today church articles, which change a few words per
 * sentence, are within this; unrelated articles differ in about 32 bits. */
export const NEAR_DUP_BITS = 10;

/** Minimum cosine of the content vectors as a second check, so two short boilerplate-heavy texts whose
 * signatures collide by chance are not taken for copies. */
const NEAR_DUP_COS = 0.6;

/** A copy shares at least one of the original's three heaviest terms, even after light edits. */
const PROBE_TERMS = 3;
/** Most recent items compared per term: copies appear close in time to their original. */
const RECENT = 300;

export function isNearDuplicate(a: Profile, b: Profile): boolean {
  if (!a.simhash || !b.simhash || hamming(a.simhash, b.simhash) > NEAR_DUP_BITS) return false;
  let cos = 0;
  for (const [t, w] of a.vec) cos += w * (b.vec.get(t) ?? 0);
  return cos >= NEAR_DUP_COS;
}

/**
 * For items given oldest first, the index of the earlier item each one copies, or -1.
 * Candidates share the item's heaviest term, which any real copy does.
 */
export function findCopies(profiles: readonly Profile[]): number[] {
  const byTerm = new Map<string, number[]>();
  return profiles.map((p, i) => {
    let copyOf = -1;
    const keys = [...p.vec.keys()].slice(0, PROBE_TERMS);
    search: for (const key of keys) {
      const list = byTerm.get(key) ?? [];
      for (let x = list.length - 1; x >= Math.max(0, list.length - RECENT); x--) {
        const j = list[x]!;
        if (isNearDuplicate(p, profiles[j]!)) {
          copyOf = j;
          break search;
        }
      }
    }
    for (const key of keys) {
      const list = byTerm.get(key);
      if (list) list.push(i);
      else byTerm.set(key, [i]);
    }
    return copyOf;
  });
}
