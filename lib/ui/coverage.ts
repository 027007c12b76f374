// Coverage as the reader sees it: grouped by event (this event first), copies folded under their original,
// and the count of other outlets and of independent ones (a republished copy is not independent).
import type { CoverageItem, Report } from '../types.js';

// The outlet count lives with the outlets, as the badge (lib/ext) shows the same figure; the UI reads it from here.
export { countOutlets, outletKey } from '../outlets/count.js';

export interface CoverageEntry {
  item: CoverageItem;
  /** Republished copies of this item, folded under it. */
  copies: CoverageItem[];
}

export interface CoverageGroup {
  eventId: string;
  title: string;
  date: string | null;
  isThisEvent: boolean;
  entries: CoverageEntry[];
}

/** Oldest first, unknown dates last, then by outlet name (unknown last), so the list reads as the story unfolded. */
export function byDate(a: CoverageItem, b: CoverageItem): number {
  const ta = a.published ? Date.parse(a.published) : NaN;
  const tb = b.published ? Date.parse(b.published) : NaN;
  if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
  if (!Number.isNaN(ta) && ta !== tb) return ta - tb;
  if (!a.outlet !== !b.outlet) return a.outlet ? -1 : 1; // unknown outlets after named ones
  return (a.outlet ?? '').localeCompare(b.outlet ?? '') || a.id.localeCompare(b.id);
}

/** Fold copies under their original when the original is in the list; a copy whose original is not stays on its own. */
export function foldCopies(items: readonly CoverageItem[]): CoverageEntry[] {
  const ids = new Set(items.map((i) => i.id));
  const entries = new Map<string, CoverageEntry>();
  for (const item of [...items].sort(byDate)) {
    const parent = item.relation === 'copy' && item.copyOf && item.copyOf !== item.id && ids.has(item.copyOf);
    if (!parent) entries.set(item.id, { item, copies: [] });
  }
  for (const item of [...items].sort(byDate)) {
    if (entries.has(item.id)) continue;
    // Follow copy chains (a copy of a copy) to the first item that is shown on its own.
    let root = item.copyOf ?? '';
    const seen = new Set<string>([item.id]);
    while (!entries.has(root) && !seen.has(root)) {
      seen.add(root);
      root = items.find((i) => i.id === root)?.copyOf ?? '';
    }
    const entry = entries.get(root);
    if (entry) entry.copies.push(item);
    else entries.set(item.id, { item, copies: [] });
  }
  return [...entries.values()];
}

/** Coverage grouped by event: this event first, then the story's other events in timeline order. */
export function groupCoverage(report: Pick<Report, 'coverage' | 'event' | 'story'>): CoverageGroup[] {
  const thisId = report.event?.id ?? null;
  const storyEvents = report.story?.events ?? [];
  const byEvent = new Map<string, CoverageItem[]>();
  for (const item of report.coverage) {
    const list = byEvent.get(item.eventId) ?? [];
    list.push(item);
    byEvent.set(item.eventId, list);
  }
  const groups: CoverageGroup[] = [...byEvent].map(([eventId, items]) => {
    const known = eventId === thisId ? report.event : storyEvents.find((e) => e.id === eventId);
    return {
      eventId,
      title: known?.title ?? items[0]?.title ?? 'Related event',
      date: known?.date ?? null,
      isThisEvent: eventId === thisId,
      entries: foldCopies(items),
    };
  });
  const order = (g: CoverageGroup): number => {
    if (g.isThisEvent) return -1;
    const i = storyEvents.findIndex((e) => e.id === g.eventId);
    return i < 0 ? storyEvents.length : i;
  };
  return groups.sort((a, b) => order(a) - order(b) || (a.date ?? '').localeCompare(b.date ?? ''));
}

/** Domains whose outlet profiles a report needs (this article's and the coverage's). */
export function domainsOf(report: Pick<Report, 'article' | 'coverage'>): string[] {
  return [...new Set([report.article.domain, ...report.coverage.map((c) => c.domain)].filter((d): d is string => !!d))];
}
