// Candidate retrieval and event ranking: a cheap pass over the postings of the query's heaviest terms picks
// candidate articles, each is scored in full, and events are ranked by their best member plus support from
// a second matching member (an event two outlets agree on is a safer answer than one lookalike article).
import type { ArticleRecord } from '../index/format.js';
import type { IndexStore } from '../index/store.js';
import { isNearDuplicate } from '../index/neardup.js';
import { WEIGHTS, type DecisionInput } from './calibrate.js';
import { similarity, storedProfile, type Profile, type Similarity } from './similarity.js';

/** Candidate articles scored in full after the cheap postings pass. */
const CANDIDATES = 32;
/** Query terms whose postings are read: the heaviest ones decide the event. */
const PROBE_TERMS = 16;

export interface EventCandidate {
  eventId: string;
  score: number;
  best: Similarity;
  second: Similarity | null;
  rec: ArticleRecord;
}

export interface Ranking {
  events: EventCandidate[];
  /** Ids of candidate articles near-identical to the query. */
  copies: ArticleRecord[];
}

/** Profiles of stored records, kept while the record object lives (the memory store keeps its records, so
 * repeated queries skip rebuilding them; Dexie rows are fresh objects and simply miss). */
const profiles = new WeakMap<ArticleRecord, Profile>();

function profileOfRecord(rec: ArticleRecord): Profile {
  let p = profiles.get(rec);
  if (!p) {
    p = storedProfile(rec.fp, rec.published, rec.title);
    profiles.set(rec, p);
  }
  return p;
}

/** The k best-scoring ordinals, best first (ties by ordinal), without sorting the whole accumulator: on a
 * large index a common term's postings put tens of thousands of articles in it. */
export function topK(acc: ReadonlyMap<number, number>, k: number, exclude: ReadonlySet<number>): number[] {
  const best: [number, number][] = [];
  const worse = (a: [number, number], b: [number, number]) => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  for (const e of acc) {
    if (exclude.has(e[0])) continue;
    if (best.length === k && !worse(best[k - 1]!, e)) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push(e);
    while (i > 0 && worse(best[i - 1]!, e)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = e;
  }
  return best.map(([o]) => o);
}

/** The pair score plus support from a second member and date proximity. Nearness ranks events but stays out of
 * the pair score, so the builder's clustering (which shares the pair score) is not changed by it. */
export function eventScore(best: Similarity, second: Similarity | null): number {
  return best.score + WEIGHTS.support * (second?.cos ?? 0) + WEIGHTS.near * best.near;
}

/** What the match decision reads from a non-empty ranking: the top event against the runner-up. */
export function decisionInput(events: readonly EventCandidate[]): DecisionInput {
  const top = events[0]!;
  const b = top.best;
  return {
    score: top.score,
    cos: b.cos,
    ent: b.ent,
    title: b.title,
    late: b.late,
    nums: Math.min(b.nums, 3) / 3,
    near: b.near,
    dated: b.gap !== null,
    support: top.second?.cos ?? 0,
    margin: top.score - (events[1]?.score ?? 0),
  };
}

export async function rankEvents(store: IndexStore, query: Profile, exclude: ReadonlySet<number>): Promise<Ranking> {
  const probe = [...query.vec.entries()].slice(0, PROBE_TERMS);
  const lists = await store.postings(probe.map(([t]) => t));
  const acc = new Map<number, number>();
  for (const [t, w] of probe) for (const o of lists.get(t) ?? []) acc.set(o, (acc.get(o) ?? 0) + w);
  const top = topK(acc, CANDIDATES, exclude);
  const cands = await store.articles(top);

  const byEvent = new Map<string, { best: Similarity; second: Similarity | null; rec: ArticleRecord }>();
  const copies: ArticleRecord[] = [];
  for (const rec of cands) {
    const p = profileOfRecord(rec);
    if (isNearDuplicate(query, p)) copies.push(rec);
    const sim = similarity(query, p);
    const cur = byEvent.get(rec.event);
    if (!cur) byEvent.set(rec.event, { best: sim, second: null, rec });
    else if (sim.score > cur.best.score) byEvent.set(rec.event, { best: sim, second: cur.best, rec });
    else if (!cur.second || sim.score > cur.second.score) cur.second = sim;
  }
  const events = [...byEvent.entries()]
    .map(([eventId, e]) => ({ eventId, score: eventScore(e.best, e.second), ...e }))
    .sort((a, b) => b.score - a.score || (a.eventId < b.eventId ? -1 : 1));
  return { events, copies };
}
