// The packed form of an article's claims, as the bundled index stores them: short keys, no defaults, a sentence
// written once however many clauses it carries, nothing the analysis can recompute (quantities, dates). Claims were
// 12.1 of the index's 16.5 MB (4,440 articles), which made the browser's first load slow.
import type { Stance } from '../../types.js';
import { sideOf } from './attribution.js';
import { claimText, type Claim } from './claim-text.js';
import { memoByText } from './memo.js';
import { extractQuantities } from './quantities.js';

/** One stored claim. Read it with unpackClaims: a claim without `s` shares the previous claim's sentence. */
export interface ExtractedClaim {
  /** Sentence position in the article (0-based); absent when it follows from the previous claim's: the same
   *  sentence when `s` is absent, the next one when `s` is present. */
  i?: number;
  /** The sentence; absent when it is the previous claim's. */
  s?: string;
  /** Stance when not the default ("attributes" with a party, else "asserts"): s = asserts, a = attributes,
   *  h = hedges, d = denies. */
  t?: 's' | 'a' | 'h' | 'd';
  /** Clause span, embedded-clause hole and attribution cue inside the sentence. */
  sp?: [number, number];
  h?: [number, number];
  c?: [number, number];
  /** Party; its side only when it is not the party's own (sideOf), "" for none; the agency it comes through. */
  p?: string;
  sd?: string;
  v?: string;
  /** Negated, counter-claim, contrast opener: 1 when true. */
  n?: 1;
  k?: 1;
  r?: 1;
  /** Index of the claim (in this list) this one contests. */
  x?: number;
  /** The stance rule of a denial or a hedge (rules.ts), for the report's "why"; other rules are not stored. */
  w?: string;
}

const CODE: Record<Stance, ExtractedClaim['t']> = { asserts: 's', attributes: 'a', hedges: 'h', denies: 'd' };
const STANCE: Record<string, Stance> = { s: 'asserts', a: 'attributes', h: 'hedges', d: 'denies' };
/** A claim with a party is mostly attributed to it (extract.ts: stanceOf), one without mostly asserted. */
const defaultStance = (party: string | undefined): Stance => (party ? 'attributes' : 'asserts');

export function packClaims(claims: Claim[]): ExtractedClaim[] {
  let prev: string | null = null;
  let at = -1;
  return claims.map((c) => {
    const o: ExtractedClaim = {};
    const same = c.sentence === prev;
    if (!same) o.s = c.sentence;
    if (c.sentenceIndex !== (same ? at : at + 1)) o.i = c.sentenceIndex;
    prev = c.sentence;
    at = c.sentenceIndex;
    if (c.stance !== defaultStance(c.party)) o.t = CODE[c.stance];
    if (c.span) o.sp = c.span;
    if (c.hole) o.h = c.hole;
    if (c.cue) o.c = c.cue;
    if (c.party) o.p = c.party;
    if ((c.side ?? null) !== sideOf(c.party ?? null)) o.sd = c.side ?? '';
    if (c.via) o.v = c.via;
    if (c.negated) o.n = 1;
    if (c.counter) o.k = 1;
    if (c.contrast) o.r = 1;
    if (c.contests !== undefined) o.x = c.contests;
    const stanceRule = c.rules?.find((r) => r.startsWith('stance.'));
    if (stanceRule && (c.stance === 'denies' || c.stance === 'hedges')) o.w = stanceRule;
    return o;
  });
}

/** The distinct sentences of stored claims, in order: what the index keeps of an article's text (no unpacking: a
 *  stored claim names its sentence only when it differs from the previous one's). */
export function claimSentences(stored: ExtractedClaim[]): string[] {
  return [...new Set(stored.flatMap((o) => (o.s === undefined ? [] : [o.s])))];
}

/** A clause's quantities, read once per clause text (memo.ts): the same stored claims are unpacked for the event's
 *  analysis and again for the story's, page after page. Shared between claims, never changed. */
const clauseQuantities = memoByText(extractQuantities);

/** The claims as the analysis reads them, quantities recomputed from each clause (cue left out, as at extraction). */
export function unpackClaims(stored: ExtractedClaim[]): Claim[] {
  let sentence = '';
  let at = -1;
  return stored.map((o) => {
    sentence = o.s ?? sentence;
    at = o.i ?? (o.s === undefined ? at : at + 1);
    const c: Claim = { sentenceIndex: at, sentence, stance: (o.t && STANCE[o.t]) || defaultStance(o.p) };
    if (o.sp) c.span = o.sp;
    if (o.h) c.hole = o.h;
    if (o.c) c.cue = o.c;
    if (o.p) c.party = o.p;
    const side = o.sd ?? sideOf(o.p ?? null);
    if (side) c.side = side;
    if (o.v) c.via = o.v;
    if (o.n) c.negated = true;
    if (o.k) c.counter = true;
    if (o.r) c.contrast = true;
    if (o.x !== undefined) c.contests = o.x;
    if (o.w) c.rules = [o.w];
    const q = clauseQuantities(claimText(c));
    if (q.length) c.quantities = q;
    return c;
  });
}
