// Group claims from the articles of one event by proposition: weighted term overlap (Dice over IDF weights within the
// event), with event verbs already folded to paraphrase classes so "drove out", "liberated" and "reclaimed" meet.
// Bare denials join the group of the claim they refer back to; counter-claims form their own group and keep the link.
import type { Claim } from '../extract/claim-text.js';
import { claimProposition } from '../extract/claim-text.js';
import type { Proposition } from '../extract/proposition.js';
import { CONTESTED_EVENTS } from '../lexicon/index.js';

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
  articles.forEach((claims, art) =>
    claims.forEach((claim, idx) => items.push({ art, idx, claim, prop: claimProposition(claim) })),
  );
  return items;
}

/** An event's two keys ("#!" as a clause's main event, "#" otherwise), made once per event class: the same strings
 *  every time, so numbering them (numberKeys) hashes no new string. */
const EVENT_KEYS = new Map<string, readonly [string, string]>();
export function eventKey(e: string, main: boolean): string {
  let k = EVENT_KEYS.get(e);
  if (k === undefined) EVENT_KEYS.set(e, (k = [`#!${e}`, `#${e}`]));
  return k[main ? 0 : 1];
}

/** Terms plus events, each once; the main event is marked "#!" so it weighs more, the others "#". */
function keys(it: Item): Set<string> {
  const out = new Set(it.prop.terms);
  it.prop.events.forEach((e, i) => out.add(eventKey(e, i === 0)));
  return out;
}

/** The items' keys numbered once (an event's claims share most of their words), so the pair loop of align works on
 *  arrays: it is the quadratic part (a common term, "Kursk", lists most clauses of the event). Each key weighs its
 *  IDF within the event; `sums` is each item's total weight. */
function numberKeys(items: Item[]): { termIds: number[][]; weight: Float64Array; sums: number[] } {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termIds = items.map((it) => {
    const out: number[] = [];
    for (const t of keys(it)) {
      let id = ids.get(t);
      if (id === undefined) {
        id = df.length;
        ids.set(t, id);
        df.push(0);
      }
      df[id]!++;
      out.push(id);
    }
    return out;
  });
  const weight = new Float64Array(df.length);
  for (const [t, id] of ids) weight[id] = Math.log(1 + items.length / df[id]!) * (t.startsWith('#!') ? EVENT_WEIGHT : 1);
  const sums = termIds.map((ts) => ts.reduce((sum, id) => sum + weight[id]!, 0));
  return { termIds, weight, sums };
}

/** Each term's items, in item order, in one array (`items` from `from[t]` to `from[t + 1]`): the pair loop of align
 *  reads them in place of one growing list per term. `joined[i]` marks the items align has placed so far. */
function postingsOf(termIds: number[][], terms: number) {
  const from = new Int32Array(terms + 1);
  for (const ts of termIds) for (const t of ts) from[t + 1]!++;
  for (let t = 0; t < terms; t++) from[t + 1]! += from[t]!;
  const items = new Int32Array(from[terms]!);
  const fill = from.slice(0, terms);
  termIds.forEach((ts, i) => ts.forEach((t) => (items[fill[t]!++] = i)));
  return { from, items, joined: new Uint8Array(termIds.length) };
}

/** Group items; returns the group index of each item (-1 when it joins none: a bare denial with nothing to refer to).
 *  Greedy in reading order (the article being read first): each clause joins the group of its most similar earlier
 *  clause when that similarity reaches SAME_PROPOSITION. Similarities come from postings (term → earlier clauses), so
 *  only clauses that share a term are ever compared. */
export function align(items: Item[]): number[] {
  const { termIds, weight, sums } = numberKeys(items);
  const n = items.length;
  const mains = items.map((it) => it.prop.events[0]);
  const postings = postingsOf(termIds, weight.length);
  const groupOf: number[] = new Array(n).fill(-1);
  let groups = 0;
  // An article's items are consecutive, in claim order: the item of claim k of article a is at start[a] + k.
  const start = new Map<number, number>();
  items.forEach((it, i) => start.has(it.art) || start.set(it.art, i - it.idx));
  const inter = new Float64Array(n);
  // The earlier items sharing a term with item i, `count` of them: a typed array reused for every i (a list emptied
  // and refilled per item was reallocated each time).
  const touched = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    const c = it.claim;
    // A bare denial that refers back joins the group of the claim it denies.
    if (c.contests !== undefined && !c.counter && it.prop.terms.length + it.prop.events.length <= 1) {
      const target = c.contests < it.idx ? start.get(it.art)! + c.contests : -1;
      if (target >= 0 && groupOf[target]! >= 0) groupOf[i] = groupOf[target]!;
      continue;
    }
    count = 0;
    for (const t of termIds[i]!) {
      const wt = weight[t]!;
      // The earlier items of the term: its posting list is in item order, so it stops at the first not before i.
      for (let k = postings.from[t]!, end = postings.from[t + 1]!; k < end; k++) {
        const j = postings.items[k]!;
        if (j >= i) break;
        if (!postings.joined[j]) continue; // a bare denial is no clause to align with
        if (inter[j] === 0) touched[count++] = j;
        inter[j]! += wt;
      }
    }
    let best = -1;
    let bestSim = SAME_PROPOSITION;
    const main = mains[i];
    const contested = !!main && CONTESTED_EVENTS.has(main);
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const bonus = contested && main === mains[j] ? SAME_EVENT_BONUS : 0;
      const sim = (2 * inter[j]!) / (sums[i]! + sums[j]! || 1) + bonus;
      inter[j] = 0;
      if (sim > bestSim || (sim === bestSim && (best < 0 || groupOf[j]! < best))) {
        bestSim = sim;
        best = groupOf[j]!;
      }
    }
    groupOf[i] = best >= 0 ? best : groups++;
    postings.joined[i] = 1;
  }
  return groupOf;
}
