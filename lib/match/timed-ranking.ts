// The ranking with time as evidence: events a year or more from the page's date are set aside whatever their words,
// the first event left is what the decision judges, against every other ranked event (far or not: a page whose words
// fit a year-old event as well as a near one stands out from neither), and its dates scale the confidence.
import type { Article, DateEvidence } from '../types.js';
import type { IndexStore } from '../index/store.js';
import { withRunSpan } from '../index/day-runs.js';
import type { DecisionInput } from './calibrate.js';
import { dayTableOf, decisionInput, type EventCandidate, type Ranking } from './rank.js';
import { dateEvidence, dayRange, eventSpans, gapDays, pageDay, timeFactor } from './time-evidence.js';

export interface TimedRanking {
  /** The ranked events left once those a year or more away are set aside, best first. */
  events: EventCandidate[];
  /** What the decision reads of the first event left, or null when none is left. */
  decision: DecisionInput | null;
  /** The date evidence of an event of the ranking. */
  datesOf(eventId: string): DateEvidence;
}

export async function timedRanking(
  store: Pick<IndexStore, 'events' | 'header'>,
  article: Pick<Article, 'published' | 'dateSource' | 'firstSeen'>,
  ranked: Ranking,
): Promise<TimedRanking> {
  const page = pageDay(article);
  const spans = page ? await eventSpans(store, ranked.events) : new Map<string, [number, number] | null>();
  const spanOf = (eventId: string) => spans.get(eventId) ?? null;
  const events = page ? ranked.events.filter((e) => timeFactor(gapDays(page, spanOf(e.eventId))) > 0) : ranked.events;
  const header = page ? await store.header() : null;
  const range = withRunSpan(header?.days ? dayRange(dayTableOf(header.days)) : null, header);
  const top = events[0];
  return {
    events,
    decision: top ? decisionInput([top, ...ranked.events.filter((e) => e !== top)]) : null,
    datesOf: (eventId) => dateEvidence(page, spanOf(eventId), range),
  };
}
