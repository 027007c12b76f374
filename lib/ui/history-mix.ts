// The reader's own outlet mix over time, from the local reading history: per month, how many articles from each
// outlet (and lean, where a rating set says). A simple view so readers can see their own diet.
import type { HistoryEntry } from '../ext/protocol.js';

export interface MonthMix {
  /** "2026-03" */
  month: string;
  total: number;
  /** Outlets read that month, most read first. */
  outlets: { outlet: string; count: number }[];
}

/** Group history by month (newest first), counting articles per outlet; unknown outlets are named so. */
export function outletMix(entries: readonly HistoryEntry[]): MonthMix[] {
  const months = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const ms = Date.parse(e.at);
    if (Number.isNaN(ms)) continue;
    const month = new Date(ms).toISOString().slice(0, 7);
    const outlet = e.outlet?.trim() || e.domain || 'unknown outlet';
    const m = months.get(month) ?? new Map<string, number>();
    m.set(outlet, (m.get(outlet) ?? 0) + 1);
    months.set(month, m);
  }
  return [...months]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([month, m]) => ({
      month,
      total: [...m.values()].reduce((a, b) => a + b, 0),
      outlets: [...m]
        .map(([outlet, count]) => ({ outlet, count }))
        .sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet)),
    }));
}

/** "March 2026" for "2026-03". */
export function monthLabel(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Articles read per month by a category of their outlet (lean), newest month first, as bar segments. Counts
 * articles, not outlets: it is the reader's diet. Unknown stays its own segment.
 */
export function categoryMix(
  entries: readonly HistoryEntry[],
  categoryOf: (domain: string | null) => string | null,
  order: readonly string[],
): { month: string; segments: { key: string | null; count: number; share: number }[] }[] {
  const months = new Map<string, Map<string | null, number>>();
  for (const e of entries) {
    const ms = Date.parse(e.at);
    if (Number.isNaN(ms)) continue;
    const month = new Date(ms).toISOString().slice(0, 7);
    const m = months.get(month) ?? new Map<string | null, number>();
    const cat = categoryOf(e.domain);
    m.set(cat, (m.get(cat) ?? 0) + 1);
    months.set(month, m);
  }
  return [...months]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([month, m]) => {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      const keys = [...order.filter((k) => m.has(k)), ...(m.has(null) ? [null] : [])];
      return { month, segments: keys.map((key) => ({ key, count: m.get(key)!, share: m.get(key)! / total })) };
    });
}
