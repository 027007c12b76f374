// Time as evidence: the article's date against each candidate event's dates. A report is written within days of
// its event; an event years away is never the answer on topic words alone (issue 19: a 2019 MacBook review matched
// a 2015 MacBook claim, a 2019 piece on US–China tariffs a 2018 White House tariff delay).
import type { Article, DateEvidence, PageDateSource } from '../types.js';
import type { IndexStore } from '../index/store.js';
import { dayOf } from '../index/similarity.js';

export interface PageDay {
  day: number;
  source: PageDateSource;
}

/** The page's day: its own date (metadata, printed line, URL), else the day the reader first saw it. */
export function pageDay(article: Pick<Article, 'published' | 'dateSource' | 'firstSeen'>): PageDay | null {
  const own = dayOf(article.published);
  if (own !== null) return { day: own, source: article.dateSource ?? 'metadata' };
  const seen = dayOf(article.firstSeen ?? null);
  return seen === null ? null : { day: seen, source: 'first-seen' };
}

/** Days within which a report's distance from its event says nothing: AllSides and BASIL's same-event articles lie
 * within a week of one another, and 415 of Emergent's 492 articles with a dated URL within a week of the day their
 * claim was logged (lib/node/fnc1.ts uuidV1Day). */
export const NEAR_DAYS = 7;
/** From here on an event is never the answer on content alone: of those 492 Emergent articles 41 lie more than a
 * month from their claim's day, 21 more than three months, 2 more than a year (old pages linked to a new claim). */
export const FAR_DAYS = 365;

/** Days from the page to the event's span [first, last] (0 inside it); null when either is undated. A page dated
 * only by when it was first seen was written that day or before: only an event that starts after it is far. */
export function gapDays(page: PageDay | null, span: readonly [number, number] | null): number | null {
  if (!page || !span) return null;
  const [first, last] = span;
  if (page.source === 'first-seen') return Math.max(0, first - page.day);
  return page.day < first ? first - page.day : page.day > last ? page.day - last : 0;
}

/** Weight of the date evidence on the confidence: 1 within NEAR_DAYS, falling with the logarithm of the gap to 0 at
 * FAR_DAYS (a month away keeps 0.63 of it, three months 0.35). An unknown gap keeps the content's word (undated
 * corpora such as ECB+ are judged by the undated decision model, which was fitted without dates). */
export function timeFactor(gap: number | null): number {
  if (gap === null || gap <= NEAR_DAYS) return 1;
  if (gap >= FAR_DAYS) return 0;
  return 1 - Math.log(gap / NEAR_DAYS) / Math.log(FAR_DAYS / NEAR_DAYS);
}

/** The weight of an undated event for a dated page: the mean of timeFactor over the index's dated days, as if the
 * event's day were any of them. Undated records are weaker evidence, and the more so the longer the index's time
 * span: in the bundled index (2010 to 2025) an undated ECB+ event keeps a few hundredths of its confidence for a 2019
 * page, so only an undated page (undated against undated: the decision fitted on ECB+) matches it on its words. */
export function undatedEventFactor(page: PageDay, range: readonly [number, number] | null): number {
  if (!range) return 1;
  const [lo, hi] = range;
  let sum = 0;
  for (let d = lo; d <= hi; d++) sum += timeFactor(gapDays(page, [d, d]));
  return sum / (hi - lo + 1);
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The date evidence of one event; `range` is the index's first and last dated day (for an undated event). */
export function dateEvidence(
  page: PageDay | null,
  span: readonly [number, number] | null,
  range: readonly [number, number] | null,
): DateEvidence {
  const gap = gapDays(page, span);
  return {
    page: page ? { date: iso(page.day), source: page.source } : null,
    event: span ? { first: iso(span[0]), last: iso(span[1]) } : null,
    gapDays: gap,
    factor: page && !span ? Math.round(1000 * undatedEventFactor(page, range)) / 1000 : timeFactor(gap),
  };
}

/** The index's first and last dated day, from its header's day table (build.ts dayTable), or null. */
export function dayRange(days: ArrayLike<number> | null): [number, number] | null {
  return days && days.length >= 4 ? [days[0]!, days[days.length - 2]! - 1] : null;
}

/** An event's span from its members' days and its own date (the index dates an undated corpus's events from their
 * source data: FNC-1 by its Emergent claim). */
export function spanOf(days: readonly (number | null)[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (d === null) continue;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return lo === Infinity ? null : [lo, hi];
}

/** Each ranked event's span: its candidate members' days, and the index's date for the event when none of them is
 * dated (an undated corpus whose events are dated from their source data). Reads only those events' records. */
export async function eventSpans(
  store: Pick<IndexStore, 'events'>,
  events: readonly { eventId: string; days: readonly (number | null)[] }[],
): Promise<Map<string, [number, number] | null>> {
  const out = new Map<string, [number, number] | null>();
  const undated: string[] = [];
  for (const e of events) {
    const span = spanOf(e.days);
    out.set(e.eventId, span);
    if (!span) undated.push(e.eventId);
  }
  if (undated.length) {
    for (const rec of await store.events(undated)) {
      const d = dayOf(rec.date);
      if (d !== null) out.set(rec.id, [d, d]);
    }
  }
  return out;
}
