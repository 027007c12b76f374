// Text formatting for the reader: dates, outlet names, counts and confidence, with "unknown" for what we do not know.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Mar 2024", or "date unknown" when the date is missing or unreadable (never a guess). A bare "unknown"
 *  beside a relation ("unknown · same event") or before a title in the timeline read as if the outlet were. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  // A bare day is read as that calendar day everywhere; a date-time is shown as its UTC day.
  const ms = Date.parse(DAY.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return 'date unknown';
  return dateFormat.format(new Date(ms));
}

/** Right-to-left letters and the bidi controls (marks, embeddings, overrides, isolates). */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A page's or an index's string made safe to set beside our own words: wrapped in first-strong isolate … pop
 * directional isolate when it holds right-to-left letters or bidi controls, so neither its direction nor an
 * unclosed override spills onto the text around it (issue 23: an RLO in a site name reversed the date beside it).
 * For strings built into one text (lists, "Figures differ …"); in markup, <bdi> does the same.
 */
export function isolate(s: string): string {
  return BIDI.test(s) ? `\u2068${s}\u2069` : s;
}

/** The outlet's display name, its domain, or "unknown outlet" (isolated: it is the page's or the index's word). */
export function outletName(outlet: string | null | undefined, domain?: string | null): string {
  const name = outlet?.trim() || domain?.trim();
  return name ? isolate(name) : 'unknown outlet';
}

/** "1 outlet", "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Confidence 0..1 as a whole percentage ("82%"); out-of-range values are clamped. */
export function percent(p: number): string {
  const v = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  return `${Math.round(v * 100)}%`;
}

/** "A, B and C"; "A, B and 3 more" past `max`. Empty list gives "". */
export function listNames(given: readonly string[], max = 4): string {
  const names = given.map(isolate);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max - 1).join(', ')} and ${names.length - max + 1} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
