// How much a body talks about a headline's subject: the "unrelated vs related" signals (TF-IDF cosine, term,
// bigram, number and name overlap). FNC-1 made its unrelated pairs by pairing a headline with another claim's
// body, so these overlaps separate them (train_stances.csv: 73% unrelated, most sharing almost no terms).
import { bigramSet, leadSet, positions, tfidfNorm, wordSet } from './derived.js';
import type { PreparedText } from './prepare.js';
import { idfOf, type IdfTable } from './idf.js';

export const RELATE_FEATURES = [
  'cosine',
  'coverage',
  'idfCoverage',
  'leadCoverage',
  'bigram',
  'numbers',
  'numbersMissing',
  'names',
  'bestSentence',
  'headLength',
] as const;

/** Words at the top of a body that count as its lead (news bodies state the story first). */
const LEAD_WORDS = 100;

export function relateFeatures(head: PreparedText, body: PreparedText, idf: IdfTable): number[] {
  const headTerms = [...head.tf.keys()];
  const weights = headTerms.map((t) => idfOf(idf, t));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;

  // TF-IDF cosine between headline and body.
  let dot = 0;
  let headNorm = 0;
  headTerms.forEach((t, i) => {
    const w = weights[i]!;
    const hv = head.tf.get(t)! * w;
    headNorm += hv * hv;
    const bt = body.tf.get(t);
    if (bt) dot += hv * bt * w;
  });
  const cosine = dot / (Math.sqrt(headNorm) * tfidfNorm(body, idf) || 1);

  const present = headTerms.map((t) => body.tf.has(t));
  const coverage = headTerms.length ? present.filter(Boolean).length / headTerms.length : 0;
  const idfCoverage = present.reduce((a, p, i) => a + (p ? weights[i]! : 0), 0) / totalWeight;

  const lead = leadSet(body, LEAD_WORDS);
  const leadCoverage = headTerms.length ? headTerms.filter((t) => lead.has(t)).length / headTerms.length : 0;

  const headBigrams = bigramSet(head);
  const bodyBigrams = headBigrams.size ? bigramSet(body) : new Set<string>();
  let bigramHits = 0;
  for (const b of headBigrams) if (bodyBigrams.has(b)) bigramHits++;
  const bigram = headBigrams.size ? bigramHits / headBigrams.size : 0;

  let numberHits = 0;
  for (const n of head.numbers) if (body.numbers.has(n)) numberHits++;
  const numbers = head.numbers.size ? numberHits / head.numbers.size : 0;
  const numbersMissing = head.numbers.size && numberHits === 0 ? 1 : 0;

  const bodyWords = wordSet(body);
  let nameHits = 0;
  for (const n of head.names) if (bodyWords.has(n)) nameHits++;
  const names = head.names.size ? nameHits / head.names.size : 0;

  return [
    cosine,
    coverage,
    idfCoverage,
    leadCoverage,
    bigram,
    numbers,
    numbersMissing,
    names,
    bestSentence(head, body, headTerms, weights, totalWeight),
    Math.min(1, Math.log1p(headTerms.length) / 3),
  ];
}

/** Largest IDF-weighted share of headline terms found in one body sentence (the sentence that restates it). */
function bestSentence(head: PreparedText, body: PreparedText, terms: string[], weights: number[], total: number): number {
  const perSentence = new Map<number, number>();
  const at = positions(body);
  terms.forEach((t, k) => {
    let last = -1; // a term counts once per sentence
    for (const i of at.get(t) ?? []) {
      const s = body.sentence[i]!;
      if (s === last) continue;
      last = s;
      perSentence.set(s, (perSentence.get(s) ?? 0) + weights[k]!);
    }
  });
  let best = 0;
  for (const v of perSentence.values()) best = Math.max(best, v);
  return head.tf.size ? best / total : 0;
}

/** Bin edges for the one-hot copies of each feature, which let a linear layer draw a non-linear boundary. */
const BINS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8];

export const RELATE_INPUTS = RELATE_FEATURES.length * (BINS.length + 3);

/** Relate-layer input: each raw feature, its square root, and a one-hot bin. */
export function relateInput(features: number[]): Float64Array {
  const x = new Float64Array(RELATE_INPUTS);
  const width = BINS.length + 3;
  features.forEach((f, i) => {
    x[i * width] = f;
    x[i * width + 1] = Math.sqrt(Math.max(0, f));
    let b = 0;
    while (b < BINS.length && f >= BINS[b]!) b++;
    x[i * width + 2 + b] = 1;
  });
  return x;
}
