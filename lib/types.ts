// The shapes passed between stages: extraction → index/matching → claims → report → UI. The contract every module keeps.
import type { FramingTerm, NumberConflict, Omission, ReportClaim } from './report-claims.js';

/** The claims part of a report lives in its own file; re-exported here, where every stage looks for the contract. */
export type {
  ClaimStatus,
  Stance,
  ClaimQuote,
  ReportClaim,
  ClaimWhy,
  NumberConflict,
  NumberValue,
  Omission,
  FramingTerm,
} from './report-claims.js';

/** Where an article's date came from: the page's metadata, the date line printed near the top, the URL's path. */
export type DateSource = 'metadata' | 'printed' | 'url';

/** Kinds of page (lib/extract/page-type.ts): news, opinion and live blogs report events; the others do not. */
export type PageType = 'news' | 'opinion' | 'review' | 'guide' | 'reference' | 'live' | 'listing';

export interface PageTypeDecision {
  type: PageType;
  /** Ids of the rules that decided it (empty: no rule fired, a news report by default). */
  rules: string[];
}

/** An article as extraction yields it (live page, HTML file, JSONL record or text capture). Text only, never HTML. */
export interface Article {
  /** Corpus record id, file name (`name#n` for the n-th article of a split capture), or the page URL. */
  id: string;
  title: string;
  /** Body as plain text, paragraphs separated by a blank line. */
  text: string;
  byline: string | null;
  /** The site's own name for itself (og:site_name, JSON-LD publisher, or as printed in a capture). */
  siteName: string | null;
  /** Display name of the outlet: the outlet table's name for the domain, else siteName, else what a capture prints. */
  outlet: string | null;
  /** Normalised host: lower case, no leading www./m./amp. */
  domain: string | null;
  /** Canonical URL when known. */
  url: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** Where `published` came from: the page's metadata, the date line printed near the top, or the URL's path. */
  dateSource?: DateSource | null;
  /** When the reader first opened the page (the extension sets it): matching's last resort for an undated page. */
  firstSeen?: string | null;
  modified?: string | null;
  /** Primary language subtag ("en"), detected or declared; null when unknown. */
  lang: string | null;
  section?: string | null;
  /** What kind of page it is (news report, opinion, review…), from its structure and metadata (lib/extract/page-type.ts). */
  pageType?: PageTypeDecision;
  /** Outlet or domain the page says the text first appeared on ("This post appeared first on cnn.com"). */
  republishedFrom: string | null;
  /** A canonical URL the page declares on an unrelated host: shown as "says it is from …", never identity. */
  claimedUrl?: string | null;
}

export type ExtractFailureReason = 'not-article' | 'too-large' | 'too-complex' | 'empty' | 'error';
export type ExtractOutcome =
  { ok: true; article: Article; warnings: string[] } | { ok: false; reason: ExtractFailureReason; message: string };

export type Relation = 'same-event' | 'copy' | 'related-event';
export interface CoverageItem {
  id: string;
  outlet: string | null;
  domain: string | null;
  title: string;
  url: string | null;
  published: string | null;
  relation: Relation;
  /** For relation "copy": the id of the original this is a republished copy of. */
  copyOf?: string | null;
  eventId: string;
  /** For relation "same-event": whether this article takes up the headline being read ("related") or covers another
   *  side of the event ("unrelated"), by the stance model's first stage; absent when the model is not loaded. */
  stance?: 'related' | 'unrelated';
}

/** Where the page's date came from; "first-seen" (when the reader opened it) only bounds it from above. */
export type PageDateSource = DateSource | 'first-seen';

/** The dates behind a match, for "why this matched" (lib/match/time-evidence.ts). */
export interface DateEvidence {
  /** The page's date (YYYY-MM-DD) and where it came from, null when unknown. */
  page: { date: string; source: PageDateSource } | null;
  /** The event's first and last day, null when the index has no date for it. */
  event: { first: string; last: string } | null;
  /** Days from the page's date to the event's span (0 inside it), null when either is undated. */
  gapDays: number | null;
  /** How much of the content's confidence the dates leave: 1 within a week, 0 a year or more away. */
  factor: number;
}

export interface MatchInfo {
  status: 'matched' | 'none';
  /** Calibrated probability that the event is right, 0..1. */
  confidence: number;
  method: 'url' | 'near-duplicate' | 'content' | null;
  /** Why it matched: shared entities and terms, for the reader to judge. */
  reasons: { entities: string[]; terms: string[] };
  /** Why there is no match, in words for the reader ("no known coverage", "page is in German"). */
  message?: string;
  /** The page's date against the event's (or, with no match, against the nearest event set aside by date). */
  dates?: DateEvidence;
  /** The page-type decision; a page that reports no event is not matched (status "none", `notReport` true). */
  pageType?: PageTypeDecision;
  /** The page is not a report of an event (a review, a guide, a reference page, a listing). */
  notReport?: boolean;
}

export interface Report {
  schemaVersion: 1;
  /** File name or record id in `check` output; absent in the extension. */
  input?: string;
  article: Pick<Article, 'title' | 'outlet' | 'domain' | 'url' | 'published' | 'lang' | 'byline' | 'claimedUrl'>;
  match: MatchInfo;
  event: { id: string; title: string; date: string | null } | null;
  story: { id: string; title: string; events: { id: string; title: string; date: string | null }[] } | null;
  coverage: CoverageItem[];
  claims: ReportClaim[];
  numbers: NumberConflict[];
  omissions: Omission[];
  framing: FramingTerm[];
}
