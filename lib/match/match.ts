// Matches one article to an event of the index, or to none: exact URL → near-duplicate → content retrieval
// and scoring → calibrated confidence → "none" below the threshold. An unknown event must give "none",
// never the nearest event (issue 2; an article-extraction-benchmark page checked against the seed index).
import type { Article, MatchInfo } from '../types.js';
import type { ArticleRecord } from '../index/format.js';
import { normalizeUrl, type IndexStore } from '../index/store.js';
import { isNearDuplicate } from '../index/neardup.js';
import { confidence, MATCH_THRESHOLD } from './calibrate.js';
import { buildQuery, surfaceWords } from './query.js';
import { similarity, storedProfile, type Similarity } from './similarity.js';

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

/** Candidate articles scored in full after the cheap postings pass. */
const CANDIDATES = 48;
/** Query terms whose postings are read: the heaviest ones decide the event. */
const PROBE_TERMS = 16;
/** Below this many words there is too little to tell one event from another. */
const MIN_WORDS = 25;

function none(message: string): MatchResult {
  return {
    info: { status: 'none', confidence: 0, method: null, reasons: { entities: [], terms: [] }, message },
    eventId: null,
    self: [],
    copies: [],
    ranking: [],
  };
}

export async function matchArticle(store: IndexStore, article: Article): Promise<MatchResult> {
  if (!(await store.header())) return none('no index loaded');
  if (article.lang && !/^en\b/i.test(article.lang)) {
    return none(`the page is in "${article.lang}"; the index covers English news only`);
  }
  const self = article.url ? await store.byUrl(normalizeUrl(article.url)) : [];
  const query = await buildQuery(store, article);
  if (!self.length && query.raw.wordCount < MIN_WORDS) return none('too little text on the page to match it to an event');

  const probe = [...query.profile.vec.entries()].slice(0, PROBE_TERMS);
  const lists = await store.postings(probe.map(([t]) => t));
  const acc = new Map<number, number>();
  for (const [t, w] of probe) for (const o of lists.get(t) ?? []) acc.set(o, (acc.get(o) ?? 0) + w);
  const selfIds = new Set(self.map((a) => a.n));
  const top = [...acc.entries()]
    .filter(([o]) => !selfIds.has(o))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([o]) => o);
  const cands = await store.articles(top);

  const best = new Map<string, { sim: Similarity; rec: ArticleRecord }>();
  const copies: string[] = [];
  for (const rec of cands) {
    const p = storedProfile(rec.fp, rec.published);
    if (isNearDuplicate(query.profile, p)) copies.push(rec.id);
    const sim = similarity(query.profile, p);
    const cur = best.get(rec.event);
    if (!cur || sim.score > cur.sim.score) best.set(rec.event, { sim, rec });
  }
  const ranking = [...best.entries()]
    .map(([eventId, b]) => ({ eventId, score: b.sim.score }))
    .sort((a, b) => b.score - a.score || (a.eventId < b.eventId ? -1 : 1));

  if (self.length) {
    const eventId = self[0]!.event;
    const sim = best.get(eventId)?.sim;
    return {
      info: { status: 'matched', confidence: 1, method: 'url', reasons: reasons(article, sim) },
      eventId,
      self: self.map((a) => a.id),
      copies,
      ranking,
    };
  }
  const copyRec = cands.find((c) => copies.includes(c.id));
  if (copyRec) {
    return {
      info: { status: 'matched', confidence: 0.99, method: 'near-duplicate', reasons: reasons(article, best.get(copyRec.event)?.sim) },
      eventId: copyRec.event,
      self: [],
      copies,
      ranking,
    };
  }
  const head = ranking[0];
  const conf = head ? confidence(head.score) : 0;
  if (!head || head.score < MATCH_THRESHOLD) {
    const r = none('no known coverage of this event');
    return { ...r, info: { ...r.info, confidence: conf }, ranking };
  }
  return {
    info: { status: 'matched', confidence: conf, method: 'content', reasons: reasons(article, best.get(head.eventId)!.sim) },
    eventId: head.eventId,
    self: [],
    copies,
    ranking,
  };
}

function reasons(article: Article, sim: Similarity | undefined): MatchInfo['reasons'] {
  if (!sim) return { entities: [], terms: [] };
  return { entities: sim.sharedEntities, terms: surfaceWords(`${article.title}\n${article.text}`, sim.sharedTerms) };
}
