// The profile of the article being checked, weighted with the index's document frequencies, plus the
// surface words behind each stem so "why it matched" reads as words ("recaptured"), not stems ("recaptur").
import type { Article } from '../types.js';
import { analyzeText, termOf, type RawFeatures } from '../index/features.js';
import { QUERY_TERMS, tfidfVector } from '../index/weights.js';
import type { IndexStore } from '../index/store.js';
import { words } from '../text/tokens.js';
import { profileOf, type Profile } from '../index/similarity.js';

/** Distinct terms looked up per query: the most frequent ones; rarer ones cannot head a 40-term vector. */
const LOOKUP_TERMS = 300;

export interface Query {
  raw: RawFeatures;
  profile: Profile;
  n: number;
  /** Document frequency of the query's terms in the index (absent: unseen). */
  df: Map<string, number>;
}

/** `raw`: the article's features when the caller has them already (the collector analyses each article once). */
export async function buildQuery(
  store: IndexStore,
  article: Pick<Article, 'title' | 'text' | 'published'>,
  raw: RawFeatures = analyzeText(article),
): Promise<Query> {
  const n = (await store.header())?.counts.articles ?? 0;
  const df = await store.df(lookupTerms(raw.tf, LOOKUP_TERMS));
  // A term the index has never seen gets df 1: as rare as can be, which it is.
  const vec = tfidfVector(raw.tf, (t) => df.get(t) ?? 1, Math.max(n, 1), QUERY_TERMS);
  return { raw, profile: profileOf(vec, raw.entities, raw.numbers, article.published, raw.simhash, article.title), n, df };
}

/** The `k` most frequent terms (ties: first by term), in no particular order: the frequencies come back by term.
 * Sorting every term of a page by count and term was a fifth of building its query in the collector; the counts
 * alone are sorted (numbers, natively), and only the terms at the cut-off count by name. */
export function lookupTerms(tf: ReadonlyMap<string, number>, k: number): string[] {
  if (tf.size <= k) return [...tf.keys()];
  const counts = Float64Array.from(tf.values()).sort();
  const cut = counts[counts.length - k]!;
  const out: string[] = [];
  const atCut: string[] = [];
  for (const [t, c] of tf)
    if (c > cut) out.push(t);
    else if (c === cut) atCut.push(t);
  atCut.sort();
  for (let i = 0; out.length < k; i++) out.push(atCut[i]!);
  return out;
}

/** Stem → first surface word in the text, for readable reasons. */
export function surfaceWords(text: string, stems: readonly string[]): string[] {
  const want = new Set(stems);
  const found = new Map<string, string>();
  for (const w of words(text.slice(0, 4000))) {
    if (found.size === want.size) break;
    const s = termOf(w);
    if (s !== null && want.has(s) && !found.has(s)) found.set(s, w.replace(/'s$/, ''));
  }
  return stems.map((s) => found.get(s) ?? s);
}
