// Matches one article to an event of the index, or to none: exact URL → near-duplicate → content retrieval
// and scoring → calibrated confidence → "none" below the threshold. An unknown event must give "none",
// never the nearest event (issue 2; an article-extraction-benchmark page checked against the seed index).
import type { RawFeatures } from '../index/features.js';
import type { Article, MatchInfo } from '../types.js';
import { normalizeUrl, type IndexStore } from '../index/store.js';
import type { ArticleRecord } from '../index/format.js';
import { fold } from '../text/tokens.js';
import { DECISION_THRESHOLD, matchConfidence } from './calibrate.js';
import { buildQuery, surfaceWords } from './query.js';
import { rankEvents } from './rank.js';
import type { Similarity } from '../index/similarity.js';
import { timedRanking } from './timed-ranking.js';
import { EVENT_PAGE_TYPES, PAGE_TYPE_LABEL } from '../extract/page-type.js';

export interface MatchResult {
  info: MatchInfo;
  eventId: string | null;
  /** Indexed records that are this very article (same URL): never shown as coverage. */
  self: string[];
  /** Indexed articles that are near-identical to this one (copies either way). */
  copies: string[];
  /** Best score per candidate event, best first (for evaluation and debugging). */
  ranking: { eventId: string; score: number }[];
}

/** Below this many words (title and body, a title repeated as the body counted once) there is too little to
 * tell one event from another. One sentence can name its event: ECB+ 11_7ecb is the whole item "The parliament
 * election is over in Turkmenistan." (7 words) and its event is the top one; 61 ECB+ items are a single
 * sentence. The calibrated decision judges those; a headline fragment of a few words is not judged at all. */
const MIN_WORDS = 6;

/** Words of the page: the body's, plus the title's unless the body starts with it (ECB+ items with no body
 * carry their sentence as both). */
function pageWords(article: Article, bodyWords: number): number {
  const title = article.title.trim();
  const repeated = title.length > 0 && article.text.trimStart().startsWith(title);
  return bodyWords + (repeated || !title ? 0 : title.split(/\s+/).length);
}

function none(message: string): MatchResult {
  return {
    info: { status: 'none', confidence: 0, method: null, reasons: { entities: [], terms: [] }, message },
    eventId: null,
    self: [],
    copies: [],
    ranking: [],
  };
}

/** `opts.words: false` gives the reasons' shared terms as stems, not the page's surface words: a caller that shows no
 * reasons (the collector's event assignment) skips a second tokenising of the page. */
export async function matchArticle(
  store: IndexStore,
  article: Article,
  raw?: RawFeatures,
  opts: { words?: boolean } = {},
): Promise<MatchResult> {
  const reasons = (a: Article, sim: Similarity | undefined) => reasonsFor(a, sim, opts.words !== false);
  if (!(await store.header())) return none('no index loaded');
  if (article.lang && !/^en\b/i.test(article.lang)) {
    return none(`the page is in "${article.lang}"; the index covers English news only`);
  }
  const self: ArticleRecord[] = article.url ? await store.byUrl(normalizeUrl(article.url)) : [];
  const pageType = article.pageType;
  // A review, a guide, a reference page or a listing shares an event's words without reporting it; the page itself
  // in the index (its URL) is still answered.
  if (!self.length && pageType && !EVENT_PAGE_TYPES.has(pageType.type)) {
    const r = none(`This looks like ${PAGE_TYPE_LABEL[pageType.type]}: Parallax compares news reports.`);
    return { ...r, info: { ...r.info, pageType, notReport: true } };
  }
  const query = await buildQuery(store, article, raw);
  if (!self.length && pageWords(article, query.raw.wordCount) < MIN_WORDS)
    return none('too little text on the page to match it to an event');

  const ranked = await rankEvents(store, query.profile, new Set(self.map((a) => a.n)), query.df);
  const copyRecs = ranked.copies;
  // Time as evidence (timed-ranking.ts); copies and the page's own record are not judged by it.
  const timed = await timedRanking(store, article, ranked);
  const events = timed.events;
  const datesOf = timed.datesOf;
  // The index may hold this very article under another id (a capture or feed record of the page being read):
  // a near-identical text under the same headline from the same (or an unknown) outlet is the article itself;
  // the same wire text on another outlet stays a copy.
  const sameOutlet = (c: ArticleRecord) =>
    !c.outlet || !article.outlet || fold(c.outlet) === fold(article.outlet) || (!!c.domain && c.domain === article.domain);
  const twins = copyRecs.filter((c) => fold(c.title).trim() === fold(article.title).trim() && sameOutlet(c));
  self.push(...twins.filter((t) => !self.some((s) => s.n === t.n)));
  const copies = copyRecs.filter((c) => !twins.includes(c)).map((c) => c.id);
  const ranking = events.map((e) => ({ eventId: e.eventId, score: e.score }));
  const simOf = (eventId: string) => ranked.events.find((e) => e.eventId === eventId)?.best;

  if (self.length) {
    const eventId = self[0]!.event;
    const method = self.some((s) => !twins.includes(s)) ? 'url' : 'near-duplicate';
    const sim = simOf(eventId);
    return {
      info: {
        status: 'matched',
        confidence: 1,
        method,
        reasons: reasons(article, sim),
        dates: datesOf(eventId),
        ...(pageType ? { pageType } : {}),
      },
      eventId,
      self: self.map((a) => a.id),
      copies,
      ranking,
    };
  }
  const copyRec = copyRecs.find((c) => copies.includes(c.id));
  if (copyRec) {
    return {
      info: {
        status: 'matched',
        confidence: 0.99,
        method: 'near-duplicate',
        reasons: reasons(article, simOf(copyRec.event)),
        dates: datesOf(copyRec.event),
        ...(pageType ? { pageType } : {}),
      },
      eventId: copyRec.event,
      self: [],
      copies,
      ranking,
    };
  }
  const head = ranking[0];
  const dates = head ? datesOf(head.eventId) : undefined;
  const conf = timed.decision ? Math.round(1000 * matchConfidence(timed.decision) * dates!.factor) / 1000 : 0;
  if (!head || conf < DECISION_THRESHOLD) {
    const far = !head && ranked.events.length ? datesOf(ranked.events[0]!.eventId) : dates;
    const message =
      !head && ranked.events.length
        ? `The events in the index that share its words are a year or more from this page's date (${far!.page!.date}).`
        : 'no known coverage of this event';
    const r = none(message);
    return {
      ...r,
      info: { ...r.info, confidence: conf, ...(far ? { dates: far } : {}), ...(pageType ? { pageType } : {}) },
      ranking,
    };
  }
  return {
    info: {
      status: 'matched',
      confidence: conf,
      method: 'content',
      reasons: reasons(article, simOf(head.eventId)),
      dates: dates!,
      ...(pageType ? { pageType } : {}),
    },
    eventId: head.eventId,
    self: [],
    copies,
    ranking,
  };
}

function reasonsFor(article: Article, sim: Similarity | undefined, words: boolean): MatchInfo['reasons'] {
  if (!sim) return { entities: [], terms: [] };
  const terms = words ? surfaceWords(`${article.title}\n${article.text}`, sim.sharedTerms) : sim.sharedTerms;
  return { entities: sim.sharedEntities, terms };
}
