// Greedy single-pass grouping by similarity within a time window, deterministic for a given input order.
// Groups events into story threads; candidatePairs also feeds the average-link grouping of unlabelled articles.
import { similarity, type Profile } from './similarity.js';

export interface ClusterItem {
  profile: Profile;
}

export interface ClusterOptions {
  /** Minimum similarity score to join a group. */
  threshold: number;
  /** A group only takes items dated within this many days of its dated members (undated items always qualify). */
  windowDays: number;
  /** Candidates are items sharing at least one of these many heaviest terms. */
  probeTerms?: number;
  /** A full group takes no more items: stops single-link chaining across a big topic (US politics in AllSides). */
  maxGroupSize?: number;
  /** Pairwise score; default: the matcher's similarity score. */
  score?: (a: Profile, b: Profile) => number;
}

/** Only the most recent items sharing a term are compared: inputs are date-ordered, and this bounds the work
 * on a corpus where one term ("trump") heads thousands of articles. */
const RECENT_PER_TERM = 64;

/** Returns, for each item in the given order, the index of its group (groups numbered in order of creation). */
export function greedyCluster(items: readonly ClusterItem[], opts: ClusterOptions): number[] {
  const groupOf: number[] = [];
  const span: { min: number | null; max: number | null; size: number }[] = [];
  const byTerm = new Map<string, number[]>();
  const probe = opts.probeTerms ?? 12;
  const scoreOf = opts.score ?? ((a: Profile, b: Profile) => similarity(a, b).score);
  items.forEach((item, i) => {
    const seen = new Set<number>();
    const best = new Map<number, number>();
    let terms = 0;
    for (const t of item.profile.vec.keys()) {
      if (terms++ >= probe) break;
      const list = byTerm.get(t) ?? [];
      for (let x = list.length - 1; x >= Math.max(0, list.length - RECENT_PER_TERM); x--) {
        const j = list[x]!;
        if (seen.has(j)) continue;
        seen.add(j);
        const g = groupOf[j]!;
        const s = span[g]!;
        if (s.size >= (opts.maxGroupSize ?? Infinity)) continue;
        const day = item.profile.day;
        if (day !== null && s.min !== null && s.max !== null && (day < s.min - opts.windowDays || day > s.max + opts.windowDays))
          continue;
        const score = scoreOf(item.profile, items[j]!.profile);
        if (score > (best.get(g) ?? -1)) best.set(g, score);
      }
    }
    let group = -1;
    let top = opts.threshold;
    for (const [g, score] of [...best.entries()].sort((a, b) => a[0] - b[0])) {
      if (score >= top) {
        top = score;
        group = g;
      }
    }
    if (group < 0) {
      group = span.length;
      span.push({ min: null, max: null, size: 0 });
    }
    groupOf.push(group);
    const s = span[group]!;
    s.size++;
    const day = item.profile.day;
    if (day !== null) {
      s.min = s.min === null ? day : Math.min(s.min, day);
      s.max = s.max === null ? day : Math.max(s.max, day);
    }
    let k = 0;
    for (const t of item.profile.vec.keys()) {
      if (k++ >= probe) break;
      const list = byTerm.get(t);
      if (list) list.push(i);
      else byTerm.set(t, [i]);
    }
  });
  return groupOf;
}

/** Candidate pairs i < j that share one of their heaviest terms, with their pairwise score. */
export function candidatePairs(
  profiles: readonly Profile[],
  score: (i: number, j: number) => number,
  probe = 12,
): Map<string, number> {
  const byTerm = new Map<string, number[]>();
  const pairs = new Map<string, number>();
  profiles.forEach((p, i) => {
    let k = 0;
    for (const t of p.vec.keys()) {
      if (k++ >= probe) break;
      const list = byTerm.get(t) ?? [];
      for (let x = list.length - 1; x >= Math.max(0, list.length - RECENT_PER_TERM); x--) {
        const j = list[x]!;
        const key = `${j},${i}`;
        if (!pairs.has(key)) pairs.set(key, score(j, i));
      }
      list.push(i);
      byTerm.set(t, list);
    }
  });
  return pairs;
}
