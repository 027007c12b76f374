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

/** The outlet's display name, its domain, or "unknown outlet". */
export function outletName(outlet: string | null | undefined, domain?: string | null): string {
  const name = outlet?.trim() || domain?.trim();
  return name || 'unknown outlet';
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
export function listNames(names: readonly string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max - 1).join(', ')} and ${names.length - max + 1} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
