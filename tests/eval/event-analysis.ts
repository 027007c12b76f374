// The evals that read a corpus event by event: its articles grouped by gold event, and an event's first article
// analysed as the page a reader opens, against the others as the coverage beside it.
import { analyzeEvent, extractClaims, type EventMember } from '../../lib/claims/index';
import type { CorpusItem } from '../../lib/node/corpora';

export function byGoldEvent(items: Iterable<CorpusItem>): Map<string, CorpusItem[]> {
  const byEvent = new Map<string, CorpusItem[]>();
  for (const it of items) byEvent.set(it.event.id, [...(byEvent.get(it.event.id) ?? []), it]);
  return byEvent;
}

export function analyseFirst(eventId: string, its: readonly CorpusItem[]): ReturnType<typeof analyzeEvent> {
  const [cur, ...rest] = its;
  const members: EventMember[] = rest.map((m) => ({
    article: m.article,
    claims: extractClaims(m.article),
    copyOf: null,
    eventId,
  }));
  return analyzeEvent({ article: cur!.article, claims: extractClaims(cur!.article), copyOf: null }, members);
}
