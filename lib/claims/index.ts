// Claims stage, public surface: extract claims from one article (at index build and at match time) and
// analyse an event's articles into the report's claims, numbers, omissions and framing.
// INTERFACE ONLY until the claims work lands: the two functions below are the contract.
import type { Article, Report } from '../types.js';

/** One claim-bearing sentence of one article. JSON-serialisable: stored in the index per article. */
export interface ExtractedClaim {
  /** Position of the sentence in the article (0-based), for highlighting. */
  sentenceIndex: number;
  sentence: string;
  [key: string]: unknown;
}

export interface EventMember {
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'domain' | 'url' | 'published'>;
  claims: ExtractedClaim[];
  /** Id of the article this one is a republished or near-duplicate copy of (copies are not independent). */
  copyOf: string | null;
  eventId: string;
}

export type EventAnalysis = Pick<Report, 'claims' | 'numbers' | 'omissions' | 'framing'>;

export function extractClaims(article: Article): ExtractedClaim[] {
  void article;
  return [];
}

/** `current` is the article being read (never also among `members`); `copyOf` names its original when it is a copy. */
export function analyzeEvent(
  current: { article: Article; claims: ExtractedClaim[]; copyOf: string | null },
  members: EventMember[],
): EventAnalysis {
  void current;
  void members;
  return { claims: [], numbers: [], omissions: [], framing: [] };
}
