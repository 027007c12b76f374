// The claims part of a report (lib/claims decides it, the UI shows it): each claim with its status, who asserts, denies
// or attributes it and why, figures that disagree, omissions and framing. lib/types.ts re-exports these.

export type ClaimStatus = 'disputed' | 'single-source' | 'corroborated';
export type Stance = 'asserts' | 'denies' | 'attributes' | 'hedges';

export interface ClaimQuote {
  outlet: string | null;
  articleId: string;
  /** The sentence as the outlet printed it. */
  text: string;
  stance: Stance;
  /** On a quote from another event of the story: that event's id and the article's date (where and when it was said). */
  eventId?: string;
  published?: string | null;
}

export interface ReportClaim {
  id: string;
  /** Representative wording of the proposition. */
  text: string;
  status: ClaimStatus;
  /** Outlets that report the proposition as fact or carry it without contesting it. */
  assertedBy: string[];
  /** Outlets that report a denial, a contest or a counter-claim. */
  deniedBy: string[];
  /** Outlets that only report it as someone's claim. */
  attributedBy: string[];
  /** The party whose word it rests on ("Russia's Defence Ministry"), when it is attributed. */
  attributedTo: string | null;
  /** Who denies or contests it ("Ukraine's military"), when known. */
  deniedByParty?: string | null;
  inThisArticle: boolean;
  /** Sentence in the current article that carries it, for highlighting in the page. */
  sentenceInArticle?: string | null;
  quotes: ClaimQuote[];
  /** Ids of claims that contest this one (counter-claims). */
  contestedBy?: string[];
  /** Ids of the rules that decided the status (lib/claims/rules.ts): the status rule, then the deciding clause's. */
  rules?: string[];
  /** The sentence that decided the status (as printed, shortened past 240 characters), its outlet and rule id, and
   *  for a single source the party: the side panel's "why" ("read as a denial: …"). */
  why?: ClaimWhy;
}

export interface ClaimWhy {
  sentence: string;
  outlet: string | null;
  rule: string;
  party?: string | null;
}

export interface NumberConflict {
  /** What is counted ("troops", "casualties", "drones"). */
  what: string;
  unit: string | null;
  values: NumberValue[];
  /** The listed claim whose outlets give these figures: its status says who reports the event, not that they agree
   *  on the figure. */
  claimId?: string;
}

export interface NumberValue {
  value: number;
  /** The figure as printed ("at least 1,419"). */
  text: string;
  outlet: string | null;
  articleId: string;
  /** The sentence the figure is in (shortened past 240 characters), so the reader can judge the two figures. */
  quote: string;
  /** The whole sentence, when it is in the article being read: for highlighting in the page. */
  sentenceInArticle?: string;
}

export interface Omission {
  claimId: string;
  text: string;
  /** Independent outlets that report it. */
  reportedBy: string[];
  /** Whose word it is, when most of the outlets' sentences attribute it to one party ("Trump"). */
  saidBy?: string;
}

export interface FramingTerm {
  /** The term one side uses ("liberation", "Kiev"). */
  term: string;
  outlets: string[];
  /** The term others use for the same thing ("claimed recapture", "Kyiv"). */
  versus: string | null;
  versusOutlets: string[];
}
