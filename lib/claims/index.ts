// Claims stage, public surface: extract claims from one article (at index build and at match time) and
// analyse an event's articles into the report's claims, numbers, omissions and framing.
import type { Article, Report } from '../types.js';
import { extractArticleClaims } from './extract/extract.js';
import { analyze } from './compare/analyze.js';
import { withStoryDisputes } from './compare/story.js';
import type { Claim } from './extract/claim-text.js';
import { packClaims, unpackClaims, type ExtractedClaim } from './extract/stored-claim.js';

export type { ExtractedClaim } from './extract/stored-claim.js';
export { unpackClaims, claimSentences } from './extract/stored-claim.js';
export { textStance } from './headline/headline-stance.js';

export interface EventMember {
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'domain' | 'url' | 'published'>;
  claims: ExtractedClaim[];
  /** Id of the article this one is a republished or near-duplicate copy of (copies are not independent). */
  copyOf: string | null;
  eventId: string;
}

export type EventAnalysis = Pick<Report, 'claims' | 'numbers' | 'omissions' | 'framing'>;

/** Check-worthy claims of one article, with attribution, stance cue and contest links, packed as the index stores
 *  them (read them with unpackClaims; quantities and dates are recomputed from the clause). */
export function extractClaims(article: Article): ExtractedClaim[] {
  return packClaims(extractArticleClaims(article));
}

/** Stored claims unpacked once per page: the event's articles are read by analyzeEvent and again by addStoryDisputes
 *  (the same stored arrays), so the story pass finds their claims, and each claim's proposition, already read. A
 *  stored list is never changed once made; a new page brings new lists (the index parses them anew). */
const UNPACKED = new WeakMap<ExtractedClaim[], Claim[]>();
function unpacked(stored: ExtractedClaim[]): Claim[] {
  let claims = UNPACKED.get(stored);
  if (claims === undefined) UNPACKED.set(stored, (claims = unpackClaims(stored)));
  return claims;
}

/** `current` is the article being read (never also among `members`); `copyOf` names its original when it is a copy. */
export function analyzeEvent(
  current: { article: Article; claims: ExtractedClaim[]; copyOf: string | null },
  members: EventMember[],
): EventAnalysis {
  return analyze(
    { ...current, claims: unpacked(current.claims) },
    members.map((m) => ({ article: m.article, copyOf: m.copyOf, claims: unpacked(m.claims) })),
  );
}

/** The event's claims with disputes across the story merged in: `story` holds articles of the story's other events
 *  (each with its eventId); a claim asserted in one event and denied in another becomes disputed on this page. */
export function addStoryDisputes(
  claims: EventAnalysis['claims'],
  current: { article: Article; claims: ExtractedClaim[]; copyOf: string | null; eventId: string },
  members: EventMember[],
  story: EventMember[],
): EventAnalysis['claims'] {
  const unpack = (m: EventMember) => ({
    article: m.article,
    copyOf: m.copyOf,
    eventId: m.eventId,
    claims: unpacked(m.claims),
  });
  return withStoryDisputes(claims, { ...current, claims: unpacked(current.claims) }, members.map(unpack), story.map(unpack));
}
