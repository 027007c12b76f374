// Corpus weighting: turns raw term counts into TF-IDF vectors and compact fingerprints. The same formulas
// serve the index builder (document frequencies of the corpus) and the matcher (frequencies read from the index).
import { cachedTerms, type RawFeatures } from './features.js';
import type { Fingerprint } from './format.js';

/** Terms kept per indexed article. 24 keeps an article near 300 bytes compressed yet names its event. */
export const STORED_TERMS = 24;
/** Terms kept for a query article: a little longer, since it is compared against many stored ones. */
export const QUERY_TERMS = 40;

/** Document frequencies from a handful of articles are noise: with the five seed captures alone, "visit" (in
 * most of them) would weigh less than a one-off word like "door". Frequencies are read as if the index held at
 * least this many articles, which flattens IDF for small indexes and leaves large ones unchanged. */
export const MIN_CORPUS = 200;

export function idf(df: number, n: number): number {
  return Math.log(1 + Math.max(n, MIN_CORPUS) / Math.max(1, df));
}

/** Unit-length TF-IDF vector of the `limit` heaviest terms, ordered heaviest first (ties by term). The heaviest are
 * kept in a short sorted list as the terms go by: sorting a page's hundreds of terms for the few dozen kept was most
 * of the cost, twice an article in the collector (its query, then its fingerprint). */
export function tfidfVector(
  tf: ReadonlyMap<string, number>,
  dfOf: (term: string) => number,
  n: number,
  limit: number,
): Map<string, number> {
  const terms: string[] = [];
  const ws: number[] = [];
  // Heavier, or as heavy and first by term: the order a full sort gives (terms are distinct, so it is total).
  const before = (w: number, t: string, i: number) => w > ws[i]! || (w === ws[i]! && t < terms[i]!);
  for (const [t, c] of limit > 0 ? tf : []) {
    const w = (1 + Math.log(c)) * idf(dfOf(t), n);
    if (terms.length === limit && !before(w, t, limit - 1)) continue;
    let i = Math.min(terms.length, limit - 1);
    for (; i > 0 && before(w, t, i - 1); i--) {
      terms[i] = terms[i - 1]!;
      ws[i] = ws[i - 1]!;
    }
    terms[i] = t;
    ws[i] = w;
  }
  let sum = 0;
  for (const w of ws) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  const out = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) out.set(terms[i]!, ws[i]! / norm);
  return out;
}

/** Quantise a vector to integer weights 1..100 relative to its heaviest term: compact and deterministic. */
export function toFingerprint(vec: ReadonlyMap<string, number>, raw: Omit<RawFeatures, 'tf'>, title: string): Fingerprint {
  const max = Math.max(0, ...vec.values()) || 1;
  const t: (string | number)[] = [];
  for (const [term, w] of vec) t.push(term, Math.max(1, Math.round((100 * w) / max)));
  return { t, e: raw.entities, n: raw.numbers, h: raw.simhash, tt: [...new Set(cachedTerms(title))] };
}

/** Unit vector back from a stored fingerprint. */
export function fingerprintVector(fp: Fingerprint): Map<string, number> {
  // The norm first, then one pass of sets: read for 32 candidates per query, so no second walk over the map.
  let norm = 0;
  for (let i = 0; i + 1 < fp.t.length; i += 2) norm += (fp.t[i + 1] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < fp.t.length; i += 2) m.set(fp.t[i] as string, (fp.t[i + 1] as number) / norm);
  return m;
}
