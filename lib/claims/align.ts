// Group claims from the articles of one event by proposition: weighted term overlap (Dice over IDF weights within the
// event), with event verbs already folded to paraphrase classes so "drove out", "liberated" and "reclaimed" meet.
// Bare denials join the group of the claim they refer back to; counter-claims form their own group and keep the link.
import type { Claim } from './claim-text.js';
import { claimProposition } from './claim-text.js';
import type { Proposition } from './proposition.js';
import { CONTESTED_EVENTS } from './lexicon.js';

export interface Item {
  /** Index of the article in the analysis (0 = the article being read). */
  art: number;
  /** Index of the claim in its article's list. */
  idx: number;
  claim: Claim;
  prop: Proposition;
}

/** Two clauses state the same proposition at this weighted Dice overlap (seed story: paraphrased recapture claims
 *  overlap at ~0.4–0.6, unrelated sentences of the same event below ~0.25). */
export const SAME_PROPOSITION = 0.34;
/** A clause's main (first) event verb weighs more than ordinary terms: it is what the claim is about; an event in a
 *  modifier ("a museum … dedicated to the efforts to repel the incursion", seed 000) weighs as a plain term. */
const EVENT_WEIGHT = 1.6;
/** Two clauses whose main event is the same contested event ("liberated" / "pushed out" / "recaptured") are likely
 *  the same claim within one event even when they share few other words (seed: "Russia fully liberated the territory"). */
const SAME_EVENT_BONUS = 0.2;

export function itemsOf(articles: Claim[][]): Item[] {
  const items: Item[] = [];
  articles.forEach((claims, art) => claims.forEach((claim, idx) => items.push({ art, idx, claim, prop: claimProposition(claim) })));
  return items;
}

function weights(items: Item[]): (t: string) => number {
  const df = new Map<string, number>();
  for (const it of items) for (const t of keys(it)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  return (t) => Math.log(1 + n / (df.get(t) ?? 1)) * (t.startsWith('#!') ? EVENT_WEIGHT : 1);
}

/** Terms plus events; the main event is marked "#!" so it weighs more, the others "#". */
function keys(it: Item): string[] {
  return [...it.prop.terms, ...it.prop.events.map((e, i) => (i === 0 ? `#!${e}` : `#${e}`))];
}

/** Group items; returns the group index of each item (-1 when it joins none: a bare denial with nothing to refer to).
 *  Greedy in reading order (the article being read first): each clause joins the group of its most similar earlier
 *  clause when that similarity reaches SAME_PROPOSITION. Similarities come from postings (term → earlier clauses), so
 *  only clauses that share a term are ever compared. */
export function align(items: Item[]): number[] {
  const w = weights(items);
  const vecs = items.map((it) => {
    const ks = [...new Set(keys(it))];
    return { ks, sum: ks.reduce((n, t) => n + w(t), 0) };
  });
  const postings = new Map<string, number[]>();
  const groupOf: number[] = new Array(items.length).fill(-1);
  let groups = 0;
  const where = new Map<string, number>(items.map((it, i) => [`${it.art}:${it.idx}`, i]));
  const inter = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const c = it.claim;
    // A bare denial that refers back joins the group of the claim it denies.
    if (c.contests !== undefined && !c.counter && it.prop.terms.length + it.prop.events.length <= 1) {
      const target = where.get(`${it.art}:${c.contests}`);
      if (target !== undefined && groupOf[target]! >= 0) groupOf[i] = groupOf[target]!;
      continue;
    }
    const touched: number[] = [];
    for (const t of vecs[i]!.ks) {
      const wt = w(t);
      for (const j of postings.get(t) ?? []) {
        if (inter[j] === 0) touched.push(j);
        inter[j]! += wt;
      }
    }
    let best = -1;
    let bestSim = SAME_PROPOSITION;
    const main = it.prop.events[0];
    for (const j of touched) {
      const bonus = main && main === items[j]!.prop.events[0] && CONTESTED_EVENTS.has(main) ? SAME_EVENT_BONUS : 0;
      const sim = (2 * inter[j]!) / (vecs[i]!.sum + vecs[j]!.sum || 1) + bonus;
      inter[j] = 0;
      if (sim > bestSim || (sim === bestSim && (best < 0 || groupOf[j]! < best))) {
        bestSim = sim;
        best = groupOf[j]!;
      }
    }
    groupOf[i] = best >= 0 ? best : groups++;
    for (const t of vecs[i]!.ks) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  }
  return groupOf;
}
