// "N other outlets (M independent)": which outlets covered a report's event besides the article's own, and which of
// them wrote their own piece (a republished copy is not independent). The popup's line and the toolbar badge both
// count with it, so they can never disagree.
import type { CoverageItem, Report } from '../types.js';

/** A stable key for "the same outlet": domain, else folded name, else the item itself (unknown outlets stay apart). */
export function outletKey(item: Pick<CoverageItem, 'id' | 'outlet' | 'domain'>): string {
  if (item.domain) return `d:${item.domain.toLowerCase()}`;
  if (item.outlet) return `n:${item.outlet.trim().toLowerCase()}`;
  return `i:${item.id}`;
}

export interface OutletCount {
  /** Distinct other outlets that covered this event, copies included. */
  others: number;
  /** Of those, outlets with at least one article of their own (not a republished copy). */
  independent: number;
  /** Their names (domain when unnamed, "unknown outlet" when neither), independent ones first. */
  names: string[];
}

/** "N other outlets (M independent)" for this event; the reader's own outlet is not counted. */
export function countOutlets(report: Pick<Report, 'coverage' | 'event' | 'article'>): OutletCount {
  const own =
    report.article.domain || report.article.outlet
      ? outletKey({ id: '', domain: report.article.domain, outlet: report.article.outlet })
      : null;
  const thisId = report.event?.id ?? null;
  const all = new Map<string, string>();
  const independent = new Set<string>();
  for (const item of report.coverage) {
    if (item.relation === 'related-event' || (thisId !== null && item.eventId !== thisId)) continue;
    const key = outletKey(item);
    if (key === own) continue;
    if (!all.has(key)) all.set(key, item.outlet?.trim() || item.domain || 'unknown outlet');
    if (item.relation !== 'copy') independent.add(key);
  }
  const names = [...all].sort((a, b) => Number(independent.has(b[0])) - Number(independent.has(a[0]))).map(([, n]) => n);
  return { others: all.size, independent: independent.size, names };
}
