// Candidate retrieval and event ranking: a cheap pass over the postings of the query's terms picks
// candidate articles, each is scored in full, and events are ranked by their best member plus support from
// a second matching member (an event two outlets agree on is a safer answer than one lookalike article).
import { decodeDays, type ArticleRecord } from '../index/format.js';
import type { IndexStore } from '../index/store.js';
import { runRanges } from '../index/day-runs.js';
import { isNearDuplicate } from '../index/neardup.js';
import { QUERY_TERMS } from '../index/weights.js';
import { WEIGHTS } from '../index/pair-weights.js';
import type { DecisionInput } from './calibrate.js';
import { cosine, headCoverage, mentions, similarity, type Profile, type Similarity } from '../index/similarity.js';
import { candidateProfile } from './candidate-profile.js';

/** Candidate articles scored in full after the cheap postings pass. */
const CANDIDATES = 32;
/** Query terms whose postings are read: all of the query vector's (QUERY_TERMS). The 16 heaviest alone are the
 * query's rarest words, which on a short text are often incidental: AllSides 5897:3 ("Biden annoyed by repeated
 * questions on Afghanistan") probed "answer", "holiday", "repeat", "weekend" and its event's articles ranked 45th
 * and 46th in the cheap pass, out of the 32 candidates, though they outscore every other event in full. Reading
 * the lighter terms too raised AllSides dev leave-one-out acc@1 from 0.959 to 0.966, changed no other corpus,
 * and costs little: very long lists are still skipped (LONG_LIST_SHARE). */
const PROBE_TERMS = QUERY_TERMS;

export interface EventCandidate {
  eventId: string;
  score: number;
  best: Similarity;
  second: Similarity | null;
  rec: ArticleRecord;
  /** Best headCoverage of the query by one of the event's candidate members. */
  cover: number;
  /** Cosine between the event's two best candidate members (null with one): how alike the event's own
   * coverage is, the scale against which the query's cosine is read. */
  peer: number | null;
  /** Capitalised headline words of the query that none of the event's candidate members mentions: ECB+'s
   * "Colts Beat Chiefs 20 - 13" against the Colts' win over the Jaguars, "Fire at Waitrose in Wellington"
   * against the Waitrose fire in Banstead. */
  unnamed: number;
  /** None of the event's candidate members is among the CANDIDATES best by words: the event was found by the
   * date bonus alone. */
  dateOnly: boolean;
  /** Publication days of the event's candidate members (null: undated), for the time evidence (time-evidence.ts). */
  days: (number | null)[];
}

export interface Ranking {
  events: EventCandidate[];
  /** Ids of candidate articles near-identical to the query. */
  copies: ArticleRecord[];
}

/** Profiles of stored records, kept while the record object lives (the memory store keeps its records, so
 * repeated queries skip rebuilding them; Dexie rows are fresh objects and simply miss) — on small indexes only.
 * There queries keep meeting the same candidates (eval:match: a tenth of its time). On a large one they rarely
 * do: at 100k benchmark articles every cached profile only survived into the old generation, scavenges took
 * 15-25 ms instead of 4-9 and major collections followed, the worst of the 95th-percentile latency; and a cache
 * of every article ranked grows without bound on a million-article store. */
const PROFILE_CACHE_MAX_ARTICLES = 20_000;
const profiles = new WeakMap<ArticleRecord, Profile>();

function profileOfRecord(rec: ArticleRecord, cache: boolean): Profile {
  if (!cache) return candidateProfile(rec.fp, rec.published, rec.title);
  let p = profiles.get(rec);
  if (!p) {
    p = candidateProfile(rec.fp, rec.published, rec.title);
    profiles.set(rec, p);
  }
  return p;
}

/** The k best-scoring ordinals among `ids`, best first (ties by ordinal), without sorting them all: on a large
 * index a common term's postings touch tens of thousands of articles. */
export function topK(ids: ArrayLike<number>, scoreOf: (o: number) => number, k: number, exclude: ReadonlySet<number>): number[] {
  const best: number[] = [];
  const bs: number[] = [];
  for (let x = 0; x < ids.length; x++) {
    const o = ids[x]!;
    const sc = scoreOf(o);
    if (best.length === k && (sc < bs[k - 1]! || (sc === bs[k - 1]! && o > best[k - 1]!))) continue;
    if (exclude.has(o)) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && (bs[i - 1]! < sc || (bs[i - 1]! === sc && best[i - 1]! > o))) {
      best[i] = best[i - 1]!;
      bs[i] = bs[i - 1]!;
      i--;
    }
    best[i] = o;
    bs[i] = sc;
  }
  return best;
}

/** Probe terms whose postings are longer than this share of the index (at least LONG_LIST_MIN) are skipped
 * while enough shorter ones remain: at 100k articles one common word's list ("trump", "police") costs more
 * to decode and add up than all the others, and it cannot tell one event of its topic from another. */
const LONG_LIST_SHARE = 0.01;
const LONG_LIST_MIN = 1000;
/** Fewest probe terms kept before long lists are read after all (a query of only common words). */
const MIN_PROBE = 6;

/** The query terms whose postings are read: the heaviest, skipping very long lists when possible. Terms the
 * index does not know (dfOf gives undefined) have no postings and are passed over: they weigh most in the
 * query (df 1), so a page with many unseen words (FNC-1 body 1686, a French article on a Star Wars release
 * date) spent all its probes on them and never reached its event's articles. */
export function probeTerms(
  vec: ReadonlyMap<string, number>,
  dfOf: (t: string) => number | undefined,
  n: number,
): [string, number][] {
  const cap = Math.max(LONG_LIST_MIN, LONG_LIST_SHARE * n);
  const short: [string, number][] = [];
  const long: [string, number][] = [];
  for (const e of vec) {
    if (short.length >= PROBE_TERMS) break;
    const df = dfOf(e[0]);
    if (df === undefined) continue;
    (df > cap ? long : short).push(e);
  }
  return short.length >= MIN_PROBE ? short : [...short, ...long.slice(0, MIN_PROBE - short.length)];
}

/** Score accumulator over article ordinals and the ordinals it has touched, reused between queries: no per-query
 * map or growing array of the thousands of ordinals a query's postings touch at 100k articles (the growing array
 * alone was a tenth of the memory a query allocated). */
let acc = new Float64Array(1024);
let touched = new Int32Array(1024);

/** Days either side of the query's day whose articles get the cheap pass's date bonus: a day of time zones and
 * overnight publication. AllSides events are one day's roundup, and in the dev half's leave-one-out run 12 of the
 * 21 misses were retrieval failures: the event's articles (mostly opinion pieces of a "Perspectives" event) share
 * one probe word with the query, as do a hundred articles of other days, and ranked 37th to 170th in the cheap pass.
 * 0 to 3 days gave the same dev leave-one-out acc@1. */
export const DATE_WINDOW_DAYS = 1;
/** The date bonus, in mean probe-term weights: worth one more shared word of average weight. Chosen on the dev
 * half's leave-one-out run (tests/eval/rank-loo.ts): AllSides 0.970 at 0, 0.977 at ½, 0.980 at 1, 2 and 4; no
 * other corpus changed. */
export const DATE_BONUS = 1;

/** The header's day table decoded (build.ts dayTable), kept for the text it came from: decoded once per index. */
let dayCache: { text: string; table: Int32Array } | null = null;
export function dayTableOf(text: string): Int32Array {
  if (dayCache?.text !== text) dayCache = { text, table: decodeDays(text) };
  return dayCache.table;
}

/** First ordinal of the first day ≥ `day` in a day table (build.ts dayTable): past its last day, the number of
 * dated articles. */
function firstOrdinalFrom(days: ArrayLike<number>, day: number): number {
  const pairs = days.length >> 1;
  let lo = 0;
  let hi = pairs;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[2 * mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo < pairs ? days[2 * lo + 1]! : pairs ? days[days.length - 1]! : 0;
}

/** Ordinals [lo, hi) of the articles published within `window` days of `day` (articles are numbered by day). */
export function dayWindow(days: ArrayLike<number>, day: number, window: number): [number, number] {
  return [firstOrdinalFrom(days, day - window), firstOrdinalFrom(days, day + window + 1)];
}

/** What the cheap pass hands to full scoring. */
interface Retrieved {
  top: number[];
  /** The CANDIDATES best by words alone, when a date bonus was given (else top itself): a candidate outside it
   * is there by its date only (the decision reads that, see EventCandidate.dateOnly). */
  byWords: readonly number[];
}

/** The CANDIDATES best articles by summed probe-term weight (the cheap pass), articles with ordinals in
 * one of the `near` ranges [lo, hi) (the query's days) given `bonus` more. Only articles sharing a probe term are counted: the
 * bonus reorders what the postings found, never adds an article. */
function retrieve(
  probe: readonly [string, number][],
  lists: ReadonlyMap<string, Int32Array>,
  exclude: ReadonlySet<number>,
  near: readonly (readonly [number, number])[],
  bonus: number,
): Retrieved {
  let nt = 0;
  for (const [t, w] of probe) {
    const list = lists.get(t);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      if (o >= acc.length) {
        const grown = new Float64Array(Math.max(o + 1, acc.length * 2));
        grown.set(acc);
        acc = grown;
      }
      if (acc[o] === 0) {
        if (nt === touched.length) {
          const grown = new Int32Array(touched.length * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[nt++] = o;
      }
      acc[o]! += w;
    }
  }
  const ids = touched.subarray(0, nt);
  let byWords: number[] | null = null;
  if (bonus > 0 && near.length) {
    byWords = topK(ids, (o) => acc[o]!, CANDIDATES, exclude);
    for (let i = 0; i < nt; i++) {
      const o = ids[i]!;
      if (near.some(([lo, hi]) => o >= lo && o < hi)) acc[o]! += bonus;
    }
  }
  const top = topK(ids, (o) => acc[o]!, CANDIDATES, exclude);
  for (let i = 0; i < nt; i++) acc[ids[i]!] = 0;
  return { top, byWords: byWords ?? top };
}

/** The pair score plus support from a second member and date proximity. Nearness ranks events but stays out of
 * the pair score, so the builder's clustering (which shares the pair score) is not changed by it.
 * An event with two or more candidate members is read partly by its second (WEIGHTS.spread): the best of three
 * members is higher than the best of two by chance alone, so the bigger of two events of one story won close
 * calls on one lucky member. AllSides 6072:3, the news of Facebook's board upholding Trump's ban, scored 1.35 on
 * its two fellow reports (0.95 and 0.68) and on the three "Perspectives" pieces of the same day (0.95, 0.66,
 * 0.55) and went to the latter; 5929:1 ("Pelosi to announce this week…") went to the announcement two days
 * later. The second member's score breaks those ties for the event two outlets agree on. */
export function eventScore(best: Similarity, second: Similarity | null): number {
  const spread = second ? second.score - best.score : 0;
  return best.score + WEIGHTS.spread * spread + WEIGHTS.support * (second?.cos ?? 0) + WEIGHTS.near * best.near;
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
    cover: top.cover,
    peer: top.peer,
    unnamed: Math.min(top.unnamed, 3) / 3,
    margin: top.score - (events[1]?.score ?? 0),
    dateOnly: top.dateOnly,
  };
}

export async function rankEvents(
  store: IndexStore,
  query: Profile,
  exclude: ReadonlySet<number>,
  df?: ReadonlyMap<string, number>,
): Promise<Ranking> {
  const header = await store.header();
  const n = header?.counts.articles ?? 0;
  const probe = df ? probeTerms(query.vec, (t) => df.get(t), n) : [...query.vec.entries()].slice(0, PROBE_TERMS);
  const lists = await store.postings(probe.map(([t]) => t));
  // The query's days as a run of ordinals, from the header's day table: no record is read for it.
  // An incrementally updated index has runs of appended articles beside the day table (lib/index/day-runs.ts).
  const days = header?.days ? dayTableOf(header.days) : null;
  const dated = query.day !== null && (!!days?.length || !!header?.runs) && probe.length > 0;
  const near = dated
    ? [
        ...(days?.length ? [dayWindow(days, query.day!, DATE_WINDOW_DAYS)] : []),
        ...runRanges(header, query.day!, DATE_WINDOW_DAYS),
      ].filter(([lo, hi]) => hi > lo)
    : [];
  const bonus = dated ? (DATE_BONUS * probe.reduce((s, [, w]) => s + w, 0)) / probe.length : 0;
  const { top, byWords } = retrieve(probe, lists, exclude, near, bonus);
  const cands = await store.articles(top);

  const byEvent = new Map<string, { sim: Similarity; p: Profile; rec: ArticleRecord }[]>();
  const copies: ArticleRecord[] = [];
  for (const rec of cands) {
    const p = profileOfRecord(rec, n <= PROFILE_CACHE_MAX_ARTICLES);
    if (isNearDuplicate(query, p)) copies.push(rec);
    const m = { sim: similarity(query, p), p, rec };
    const list = byEvent.get(rec.event);
    if (list) list.push(m);
    else byEvent.set(rec.event, [m]);
  }
  const events = [...byEvent.entries()]
    .map(([eventId, ms]) => {
      ms.sort((a, b) => b.sim.score - a.sim.score || a.rec.n - b.rec.n);
      const [b, s] = ms as [(typeof ms)[0], (typeof ms)[0] | undefined];
      const cover = Math.max(...ms.map((m) => headCoverage(query, m.p)));
      const peer = s ? cosine(b.p.vec, s.p.vec) : null;
      const unnamed = query.titleNames.filter((w) => !ms.some((m) => mentions(m.p, w))).length;
      const dateOnly = !ms.some((m) => byWords.includes(m.rec.n));
      const days = ms.map((m) => m.p.day);
      return {
        eventId,
        score: eventScore(b.sim, s?.sim ?? null),
        best: b.sim,
        second: s?.sim ?? null,
        rec: b.rec,
        cover,
        peer,
        unnamed,
        dateOnly,
        days,
      };
    })
    .sort((a, b) => b.score - a.score || (a.eventId < b.eventId ? -1 : 1));
  return { events, copies };
}
