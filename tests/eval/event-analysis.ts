// The evals that read a corpus event by event: its articles grouped by gold event, and an event's first article
// analysed as the page a reader opens, against the others as the coverage beside it.
import { analyzeEvent, extractClaims, type EventMember } from '../../lib/claims/index';
import type { ExtractedClaim } from '../../lib/claims/index';
import type { CorpusItem } from '../../lib/node/corpora';
import type { Article } from '../../lib/types';

/** What the index holds of another outlet's claims: all of them (the bundled index) or what a collector publishes. */
export type MemberClaims = (claims: ExtractedClaim[]) => ExtractedClaim[];

export function byGoldEvent(items: Iterable<CorpusItem>): Map<string, CorpusItem[]> {
  const byEvent = new Map<string, CorpusItem[]>();
  for (const it of items) byEvent.set(it.event.id, [...(byEvent.get(it.event.id) ?? []), it]);
  return byEvent;
}

/** The event's first article as the page, the others as the coverage beside it; `held` is what the index holds of
 * their claims, `read` extracts an article's claims (a caller reading each event several times passes a cached one). */
export function analyseFirst(
  eventId: string,
  its: readonly CorpusItem[],
  held: MemberClaims = (c) => c,
  read: (article: Article) => ExtractedClaim[] = extractClaims,
): ReturnType<typeof analyzeEvent> {
  const [cur, ...rest] = its;
  const members: EventMember[] = rest.map((m) => ({
    article: m.article,
    claims: held(read(m.article)),
    copyOf: null,
    eventId,
  }));
  return analyzeEvent({ article: cur!.article, claims: read(cur!.article), copyOf: null }, members);
}
