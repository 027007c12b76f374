// Pairwise similarity between two article profiles: content terms, named entities, numbers and dates.
// One function for the builder's clustering and for matching, so an article joins at build time exactly
// the event it would be matched to at check time.
import { cachedTerms, entityWords, termOf } from './features.js';
import { fold, isStopword } from '../text/tokens.js';
import type { Fingerprint } from './format.js';
import { fingerprintVector } from './weights.js';
import { WEIGHTS } from './pair-weights.js';

/** What is read of a profile's word sets: a Set, or the ranker's list over a fingerprint (candidate-profile.ts). */
export type WordSet = Pick<ReadonlySet<string>, 'has' | 'size' | typeof Symbol.iterator>;

export interface Profile {
  /** Unit TF-IDF vector. */
  vec: ReadonlyMap<string, number>;
  entities: string[];
  entWords: WordSet;
  nums: WordSet;
  /** Days since 1970-01-01, or null when the date is unknown. */
  day: number | null;
  simhash: string;
  /** Content terms of the headline: a headline names the event's focus (seed 002's "Putin makes first visit
   * to Kursk" against Russia Today's "Lavrov thanks … soldiers": the bodies overlap, the headlines do not). */
  titleTerms: WordSet;
  /** Capitalised headline words after the first, folded (names, or every word of a Title Case headline). */
  titleNames: string[];
}

export interface Similarity {
  score: number;
  cos: number;
  ent: number;
  nums: number;
  /** Days between the two articles, null when either date is unknown. */
  gap: number | null;
  late: number;
  /** Date proximity 1/(1+gap): 1 the same day, ½ a day apart; 0 when either date is unknown. */
  near: number;
  /** Cosine of the two headlines' content-term sets. */
  title: number;
  sharedTerms: string[];
  sharedEntities: string[];
}

export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

export function profileOf(
  vec: Map<string, number>,
  entities: string[],
  numbers: string[],
  published: string | null,
  simhash: string,
  title: string,
): Profile {
  return {
    vec,
    entities,
    entWords: entityWords(entities),
    nums: new Set(numbers),
    day: dayOf(published),
    simhash,
    titleTerms: new Set(cachedTerms(title)),
    titleNames: titleNames(title),
  };
}

const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Capitalised words of a headline after its first word (whose capital says nothing), folded, without
 * stopwords; none for an all-capitals headline, where case says nothing either. */
export function titleNames(title: string): string[] {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length && letters.replace(/[^\p{Lu}]/gu, '').length > 0.7 * letters.length) return [];
  const out: string[] = [];
  for (const m of [...title.matchAll(TITLE_WORD)].slice(1)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const w = fold(m[0]).replace(/'s$/, '');
    if (w.length > 1 && !isStopword(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** An indexed article's profile, from what its fingerprint stores: the headline's terms come ready-made (fp.tt)
 * and its capitalised words are worked out only if asked (only a query's are read, by the ranker). */
export function storedProfile(fp: Fingerprint, published: string | null, title: string): Profile {
  let names: string[] | undefined;
  return {
    vec: fingerprintVector(fp),
    entities: fp.e,
    entWords: entityWords(fp.e),
    nums: new Set(fp.n),
    day: dayOf(published),
    simhash: fp.h,
    titleTerms: new Set(fp.tt),
    get titleNames() {
      return (names ??= titleNames(title));
    },
  };
}

/** Same-event articles are usually published within days; the seed story's April claim and May visit are
 * 25 days apart and are different events. Past this window the date counts against a match, more so
 * the further apart, up to a month later. */
export const TIME_WINDOW_DAYS = 3;

/** Same-event coverage is mostly from the same day or the next: in AllSides roundups 92% of held-out articles
 * share their event's day while the best-scoring wrong event (a sibling story of the same week) is 2-9 days
 * off. Closeness inside the window is evidence, not only lateness past it. */
export function nearness(gap: number | null): number {
  return gap === null ? 0 : 1 / (1 + gap);
}

/** 0 within the window or when a date is unknown, rising to 1 a month past it. */
export function lateness(gap: number | null): number {
  if (gap === null || gap <= TIME_WINDOW_DAYS) return 0;
  return Math.min(1, (gap - TIME_WINDOW_DAYS) / 30);
}

/** Cosine of two term vectors (weights.ts normalises them to unit length), walking the smaller; each shared
 *  term with its share of the sum is pushed to `shared` when one is given (the reasons need them; the ranker's
 *  peer cosine does not). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, shared?: [string, number][]): number {
  let cos = 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  // forEach, not for…of: no [term, weight] entry array per term (a query scores 32 candidates of 24 terms).
  small.forEach((w, t) => {
    const v = large.get(t);
    if (v !== undefined) {
      cos += w * v;
      shared?.push([t, w * v]);
    }
  });
  return cos;
}

/** The pair score of a against b. The shared terms and entities (the reasons shown to the reader) are worked out
 * only when read: a query reads them for one candidate of the 32 it scores, and collecting and sorting them for
 * all was a fifth of the memory a query allocated at 100k articles (more scavenges, a slower 95th percentile). */
export function similarity(a: Profile, b: Profile): Similarity {
  const cos = cosine(a.vec, b.vec);
  let common = 0;
  for (const w of a.entWords) if (b.entWords.has(w)) common++;
  const ent = common === 0 ? 0 : common / Math.sqrt(a.entWords.size * b.entWords.size);
  let nums = 0;
  for (const n of a.nums) if (b.nums.has(n)) nums++;
  const gap = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null;
  const late = lateness(gap);
  const near = nearness(gap);
  let tc = 0;
  for (const t of a.titleTerms) if (b.titleTerms.has(t)) tc++;
  const title = tc === 0 ? 0 : tc / Math.sqrt(a.titleTerms.size * b.titleTerms.size);
  let sharedTerms: string[] | undefined;
  let sharedEntities: string[] | undefined;
  return {
    score:
      WEIGHTS.cos * cos + WEIGHTS.ent * ent + WEIGHTS.num * (Math.min(nums, 3) / 3) + WEIGHTS.late * late + WEIGHTS.title * title,
    late,
    near,
    title,
    cos,
    ent,
    nums,
    gap,
    get sharedTerms() {
      return (sharedTerms ??= sharedTermsOf(a, b));
    },
    get sharedEntities() {
      return (sharedEntities ??= a.entities.filter((e) => e.split(' ').some((w) => b.entWords.has(w))).slice(0, 8));
    },
  };
}

/** The 8 terms contributing most to the cosine of a and b. */
function sharedTermsOf(a: Profile, b: Profile): string[] {
  const shared: [string, number][] = [];
  cosine(a.vec, b.vec, shared);
  return shared
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 8)
    .map(([t]) => t);
}

/** The query's most frequent names: the place, people and bodies the article is about. */
const HEAD_ENTITIES = 3;

/** Share of a's HEAD_ENTITIES most frequent entities that b names too (a word of the entity among b's entity
 * words, content terms or headline terms). ECB+ look-alike events share their kind and vocabulary but not
 * their protagonists: the Waitrose fire in Wellington (14_ecbplus) against the one in Banstead, Surrey
 * (14_ecb). Asymmetric (a is the query) and kept out of the pair score, so the builder's clustering is unchanged. */
export function headCoverage(a: Profile, b: Profile): number {
  const head = a.entities.slice(0, HEAD_ENTITIES);
  if (!head.length) return 1;
  let hit = 0;
  for (const e of head) {
    for (const w of e.split(' ')) {
      if (w.length < 2) continue;
      const t = termOf(w);
      if (b.entWords.has(w) || (t !== null && (b.vec.has(t) || b.titleTerms.has(t)))) {
        hit++;
        break;
      }
    }
  }
  return hit / head.length;
}

/** Whether profile b mentions the folded word w: among its entity words, content terms or headline terms. */
export function mentions(b: Profile, w: string): boolean {
  if (b.entWords.has(w)) return true;
  const t = termOf(w);
  return t !== null && (b.vec.has(t) || b.titleTerms.has(t));
}
