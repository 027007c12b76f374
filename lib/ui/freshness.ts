// How fresh the reader's coverage is, in words: the freshness line of the popup and side panel ("Coverage up to
// 14:05 today: 48,312 articles from 212 outlets"), the updater's state ("updates failed since Tuesday: signature
// invalid") and, on a page with no known coverage, whether the index covers the article's date at all.
import { articlesFrom, type Freshness } from '../updates/freshness.js';
import { formatDate, isolate } from './format.js';

const DAY_MS = 86_400_000;
const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;
const time = (d: Date, tz?: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: tz }).format(d);
const weekday = (d: Date, tz?: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: tz }).format(d);
const localDay = (d: Date, tz?: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: tz }).format(d);

/** "14:05 today", "09:10 yesterday", "Tuesday" (this week), else "3 Dec 2026"; a bare day has no time. */
export function when(iso: string, now: Date, tz?: string): string {
  const bare = BARE_DAY.test(iso);
  const d = new Date(bare ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const days = Math.round((Date.parse(localDay(now, tz)) - Date.parse(bare ? iso : localDay(d, tz))) / DAY_MS);
  if (days === 0) return bare ? 'today' : `${time(d, tz)} today`;
  if (days === 1) return bare ? 'yesterday' : `${time(d, tz)} yesterday`;
  if (days > 1 && days < 7) return weekday(d, tz);
  return formatDate(bare ? iso : localDay(d, tz));
}

/** "Coverage up to 14:05 today: 48,312 articles from 212 outlets"; "Unverified imported coverage up to …" for an
 * unsigned file the reader imported. */
export function coverageLine(f: Freshness, now: Date, tz?: string): string | null {
  const c = f.coverage;
  if (!c) return null;
  const counts = articlesFrom(c.articles, c.outlets);
  const what = !f.imported
    ? 'Coverage'
    : f.imported.verified
      ? `Coverage imported from ${f.imported.by ? isolate(f.imported.by) : 'a trusted publisher'}`
      : 'Unverified imported coverage';
  return c.newest ? `${what} up to ${when(c.newest, now, tz)}: ${counts}` : `${what}: ${counts}`;
}

/** The updater's state in a few words: "updates are off", "updates failed since Tuesday: signature invalid". */
export function updatesState(f: Freshness, now: Date, tz?: string): string {
  switch (f.status) {
    case 'off':
      return 'updates are off';
    case 'pending':
      return 'the first update is on its way';
    case 'failing':
      return `updates failed since ${f.since ? when(f.since, now, tz) : 'the last check'}: ${shortReason(f.reason)}`;
    case 'stale':
      return `updates are stale since ${f.since ? when(f.since, now, tz) : 'their expiry'}: ${f.reason ?? 'the publisher stopped publishing'}`;
    case 'ok':
      return f.lastSuccess ? `updates checked ${when(f.lastSuccess, now, tz)}` : 'updates are on';
  }
}

/** The reason's first clause ("signature invalid: the manifest was not signed…" → "signature invalid"). */
function shortReason(reason: string | null): string {
  if (!reason) return 'unknown error';
  const head = reason.split(/: /)[0]!;
  return head.length >= 8 ? head : reason;
}

/** For "no known coverage": does the index reach the article's date? ("This article is from 3 Dec 2026; your coverage
 * ends 22 May 2025: updates are off.") Null when either date is unknown. */
export function coverageOfDate(published: string | null, f: Freshness | null, now: Date, tz?: string): string | null {
  const newest = f?.coverage?.newest;
  if (!published || !newest || !f) return null;
  const day = (iso: string) => (BARE_DAY.test(iso) ? iso : new Date(iso).toISOString().slice(0, 10));
  const article = formatDate(day(published));
  const ends = formatDate(day(newest));
  if (Number.isNaN(Date.parse(published))) return null;
  if (day(published) > day(newest))
    return `This article is from ${article}; your coverage ends ${ends}: ${updatesState(f, now, tz)}.`;
  return `Your coverage runs to ${ends}, past this article's date (${article}): no outlet in it reported this event.`;
}
