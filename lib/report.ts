// checkArticle: the one function the CLI `check` and the extension background run to turn an extracted
// article into a Report: match → event, story and coverage → claims analysis over the event's articles.
import type { Article, CoverageItem, MatchInfo, Report } from './types.js';
import { addStoryDisputes, analyzeEvent, claimSentences, extractClaims, type EventMember } from './claims/index.js';
import type { ArticleRecord, EventRecord } from './index/format.js';
import type { IndexStore } from './index/store.js';
import { matchArticle } from './match/match.js';
import type { StanceModel } from './stance/model.js';
import { predictStance } from './stance/predict.js';

/** Coverage shown per event; a large cluster (FNC-1 claims reach 30 bodies) is cut, newest kept last. */
const MAX_SAME_EVENT = 40;
/** Other events of the story shown, nearest in time first, and articles shown per such event. */
const MAX_RELATED_EVENTS = 4;
const MAX_PER_RELATED_EVENT = 3;
/** Articles per other event whose claims are compared with this page's (a claim made in one event and denied in
 *  another), earliest first: enough for both sides, bounded for the analysis budget. */
const MAX_STORY_CLAIMS_PER_EVENT = 6;

function coverageItem(a: ArticleRecord, relation: CoverageItem['relation'], copyOf: string | null): CoverageItem {
  const item: CoverageItem = {
    id: a.id,
    outlet: a.outlet,
    domain: a.domain,
    title: a.title,
    url: a.url,
    published: a.published,
    relation,
    eventId: a.event,
  };
  if (relation === 'copy') item.copyOf = copyOf;
  return item;
}

const byDate = (a: ArticleRecord, b: ArticleRecord) =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id);

/** A report with no event: the shape every answer starts from, and the whole answer when nothing matched. */
export function emptyReport(article: Report['article'], match: MatchInfo): Report {
  const { title, outlet, domain, url, published, lang, byline, claimedUrl } = article;
  return {
    schemaVersion: 1,
    article: { title, outlet, domain, url, published, lang, byline, ...(claimedUrl ? { claimedUrl } : {}) },
    match,
    event: null,
    story: null,
    coverage: [],
    claims: [],
    numbers: [],
    omissions: [],
    framing: [],
  };
}

/** Options of checkArticle: the stance model, when loaded, reads each other outlet's article against this headline. */
export interface CheckOptions {
  stance?: StanceModel | null;
  /** Compare the page's claims with the story's other events too (default); off, disputes stop at the event's edge
   *  (the evaluation's "before"). */
  storyDisputes?: boolean;
}

/** Whether another outlet's article takes up the headline being read or covers another side of the event, by the
 *  stance model's first stage over the sentences the index keeps of it. Only that stage is shown: it tells related
 *  from unrelated 97% of the time on FNC-1's held-out claims (`npm run eval:claims`), where "agrees" was right about
 *  half the time and "disagrees" a quarter. */
function stanceOf(model: StanceModel, headline: string, a: ArticleRecord): CoverageItem['stance'] {
  const body = claimSentences(a.claims).join(' ');
  if (!body) return undefined;
  return predictStance(model, headline, body).label === 'unrelated' ? 'unrelated' : 'related';
}

export async function checkArticle(store: IndexStore, article: Article, opts: CheckOptions = {}): Promise<Report> {
  const m = await matchArticle(store, article);
  const report = emptyReport(article, m.info);
  if (m.info.status !== 'matched' || !m.eventId) return report;
  const [event] = await store.events([m.eventId]);
  if (!event) return report;
  report.event = { id: event.id, title: event.title, date: event.date };

  const excluded = new Set([...m.self, article.id]);
  const copies = new Set(m.copies);
  const members = (await store.articles(event.members)).filter((a) => !excluded.has(a.id)).sort(byDate);
  const selfRecord = m.self.length ? (await store.articles(event.members)).find((a) => a.id === m.self[0]) : undefined;
  for (const a of members.slice(-MAX_SAME_EVENT)) {
    if (a.copyOf && !excluded.has(a.copyOf)) report.coverage.push(coverageItem(a, 'copy', a.copyOf));
    else if (copies.has(a.id) || (a.copyOf && excluded.has(a.copyOf))) report.coverage.push(coverageItem(a, 'copy', article.id));
    else {
      const item = coverageItem(a, 'same-event', null);
      const stance = opts.stance && article.title ? stanceOf(opts.stance, article.title, a) : undefined;
      if (stance) item.stance = stance;
      report.coverage.push(item);
    }
  }

  const story = await store.story(event.story);
  const storyMembers: EventMember[] = [];
  if (story) {
    const storyEvents = await store.events(story.events);
    report.story = {
      id: story.id,
      title: story.title,
      events: storyEvents.map((e) => ({ id: e.id, title: e.title, date: e.date })),
    };
    for (const other of nearestEvents(event, storyEvents)) {
      const arts = (await store.articles(other.members)).filter((a) => !a.copyOf && !excluded.has(a.id)).sort(byDate);
      for (const a of arts.slice(0, MAX_PER_RELATED_EVENT)) report.coverage.push(coverageItem(a, 'related-event', null));
      storyMembers.push(...arts.slice(0, MAX_STORY_CLAIMS_PER_EVENT).map((a) => memberOf(a, null)));
    }
  }

  const eventMembers = members.map((a) => memberOf(a, a.copyOf ?? (copies.has(a.id) ? article.id : null)));
  const current = { article, claims: extractClaims(article), copyOf: selfRecord?.copyOf ?? null };
  const analysis = analyzeEvent(current, eventMembers);
  report.claims =
    opts.storyDisputes === false
      ? analysis.claims
      : addStoryDisputes(analysis.claims, { ...current, eventId: event.id }, eventMembers, storyMembers);
  report.numbers = analysis.numbers;
  report.omissions = analysis.omissions;
  report.framing = analysis.framing;
  return report;
}

function memberOf(a: ArticleRecord, copyOf: string | null): EventMember {
  const article = { id: a.id, title: a.title, outlet: a.outlet, domain: a.domain, url: a.url, published: a.published };
  return { article, claims: a.claims, copyOf, eventId: a.event };
}

/** The story's other events, nearest in date to this one first (undated last), capped. */
function nearestEvents(event: EventRecord, all: readonly EventRecord[]): EventRecord[] {
  const t = event.date ? Date.parse(event.date) : NaN;
  const dist = (e: EventRecord) => (e.date && Number.isFinite(t) ? Math.abs(Date.parse(e.date) - t) : Infinity);
  return all
    .filter((e) => e.id !== event.id)
    .sort((a, b) => dist(a) - dist(b) || a.id.localeCompare(b.id))
    .slice(0, MAX_RELATED_EVENTS);
}
