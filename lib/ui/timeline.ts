// The story's timeline: the events of the thread with their dates, and when denials came (the first date an
// outlet carried a denial of a disputed claim), so the reader sees how the story moved.
import type { Report } from '../types.js';

export interface TimelineEntry {
  kind: 'event' | 'denial';
  date: string | null;
  title: string;
  /** The event of the article being read. */
  isThisEvent: boolean;
  /** For denials: outlets that carried it first. */
  outlets: string[];
}

const time = (d: string | null): number => (d ? Date.parse(d) : NaN);

export function storyTimeline(report: Pick<Report, 'story' | 'event' | 'claims' | 'coverage'>): TimelineEntry[] {
  const events = report.story?.events ?? (report.event ? [report.event] : []);
  const entries: TimelineEntry[] = events.map((e) => ({
    kind: 'event',
    date: e.date,
    title: e.title,
    isThisEvent: e.id === report.event?.id,
    outlets: [],
  }));
  const published = new Map(report.coverage.map((c) => [c.id, c.published]));
  for (const claim of report.claims) {
    if (claim.status !== 'disputed') continue;
    const denials = claim.quotes
      .filter((q) => q.stance === 'denies')
      // A denial from another event of the story carries its own date (its article need not be in the coverage list).
      .map((q) => ({ outlet: q.outlet, date: q.published !== undefined ? q.published : (published.get(q.articleId) ?? null) }))
      .filter((d) => !Number.isNaN(time(d.date)));
    if (denials.length === 0) continue;
    const first = Math.min(...denials.map((d) => time(d.date)));
    const firstOnes = denials.filter((d) => time(d.date) === first);
    entries.push({
      kind: 'denial',
      date: firstOnes[0]!.date,
      title: `Denied: ${claim.text}${claim.deniedByParty ? ` (${claim.deniedByParty})` : ''}`,
      isThisEvent: false,
      outlets: [...new Set(firstOnes.map((d) => d.outlet ?? 'unknown outlet'))],
    });
  }
  // Dated entries in order; undated ones keep their place at the end (the story's own order).
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = time(a.e.date);
      const tb = time(b.e.date);
      if (Number.isNaN(ta) || Number.isNaN(tb))
        return Number.isNaN(ta) === Number.isNaN(tb) ? a.i - b.i : Number.isNaN(ta) ? 1 : -1;
      return ta - tb || a.i - b.i;
    })
    .map(({ e }) => e);
}
