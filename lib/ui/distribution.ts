// Distribution of coverage over a category (outlet country, lean) for the popup's bar: one count per outlet.
import type { CoverageItem } from '../types.js';
import { outletKey } from './coverage.js';

export interface Segment {
  /** Category label, or null for unknown. */
  key: string | null;
  label: string;
  count: number;
  /** Share of all outlets, 0..1. */
  share: number;
}

/**
 * Count outlets (not articles: a copy or a second piece by the same outlet is not another voice) per category.
 * `order` fixes the order of known categories (lean left → right); otherwise the largest come first.
 * Unknown is always its own segment, last — never folded into a known one.
 */
export function distribution(
  items: readonly CoverageItem[],
  categoryOf: (item: CoverageItem) => string | null,
  label: (key: string) => string = (k) => k,
  order?: readonly string[],
): Segment[] {
  const seen = new Map<string, string | null>();
  for (const item of items) {
    const key = outletKey(item);
    if (!seen.has(key) || seen.get(key) === null) seen.set(key, categoryOf(item));
  }
  const counts = new Map<string | null, number>();
  for (const cat of seen.values()) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  const total = seen.size || 1;
  const known = [...counts].filter(([k]) => k !== null) as [string, number][];
  known.sort((a, b) => (order ? order.indexOf(a[0]) - order.indexOf(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  const segments: Segment[] = known.map(([key, count]) => ({ key, label: label(key), count, share: count / total }));
  const unknown = counts.get(null);
  if (unknown) segments.push({ key: null, label: 'Unknown', count: unknown, share: unknown / total });
  return segments;
}
