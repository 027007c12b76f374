// Claims stage, public surface: extract claims from one article (at index build and at match time) and
// analyse an event's articles into the report's claims, numbers, omissions and framing.
import type { Article, Report } from '../types.js';
import type { ExtractedClaim } from './claim-text.js';
import { extractArticleClaims } from './extract.js';
import { analyze } from './analyze.js';

export type { ExtractedClaim } from './claim-text.js';
export { textStance } from './extract.js';

export interface EventMember {
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'domain' | 'url' | 'published'>;
  claims: ExtractedClaim[];
  /** Id of the article this one is a republished or near-duplicate copy of (copies are not independent). */
  copyOf: string | null;
  eventId: string;
}

export type EventAnalysis = Pick<Report, 'claims' | 'numbers' | 'omissions' | 'framing'>;

/** Check-worthy claims of one article, with attribution, stance cue, quantities, dates and contest links. */
export function extractClaims(article: Article): ExtractedClaim[] {
  return extractArticleClaims(article);
}

/** `current` is the article being read (never also among `members`); `copyOf` names its original when it is a copy. */
export function analyzeEvent(
  current: { article: Article; claims: ExtractedClaim[]; copyOf: string | null },
  members: EventMember[],
): EventAnalysis {
  return analyze(current, members);
}
