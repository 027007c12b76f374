// Where each side of a claim disputed across the story stands: the other events whose articles deny it (or state it),
// with the event's title and date, said as earlier, later or "another" event against the one being read.
import type { ClaimQuote, Report, ReportClaim } from '../types.js';
import { formatDate, isolate, outletName } from './format.js';

export interface StorySide {
  eventId: string;
  /** The event's title, or null when the report's story does not list it. */
  title: string | null;
  date: string | null;
  /** Against the event being read; "another" when either date is unknown. */
  when: 'earlier' | 'later' | 'same day' | 'another';
  denies: boolean;
  outlets: string[];
}

type Context = Pick<Report, 'story' | 'event'>;

const dayOf = (d: string | null | undefined): number => (d ? Date.parse(d.slice(0, 10)) : NaN);

function when(date: string | null, thisDate: string | null | undefined): StorySide['when'] {
  const [a, b] = [dayOf(date), dayOf(thisDate)];
  if (Number.isNaN(a) || Number.isNaN(b)) return 'another';
  return a < b ? 'earlier' : a > b ? 'later' : 'same day';
}

/** The claim's quotes from other events of the story, one entry per event and side, in date order (undated last). */
export function storySides(claim: ReportClaim, report: Context): StorySide[] {
  const events = new Map((report.story?.events ?? []).map((e) => [e.id, e]));
  const out = new Map<string, StorySide>();
  for (const q of claim.quotes) {
    if (!q.eventId) continue;
    const denies = q.stance === 'denies';
    const key = `${q.eventId}\n${denies}`;
    const ev = events.get(q.eventId);
    const date = ev?.date ?? q.published ?? null;
    const side = out.get(key) ?? {
      eventId: q.eventId,
      title: ev?.title ?? null,
      date,
      when: when(date, report.event?.date),
      denies,
      outlets: [],
    };
    const name = outletName(q.outlet);
    if (!side.outlets.includes(name)) side.outlets.push(name);
    out.set(key, side);
  }
  const t = (s: StorySide): number => (Number.isNaN(dayOf(s.date)) ? Infinity : dayOf(s.date));
  return [...out.values()].sort((a, b) => t(a) - t(b) || Number(b.denies) - Number(a.denies));
}

/** "in a later event of the story, 21 May 2025: “Putin visits Kursk …”" */
export function storySideWhere(s: Pick<StorySide, 'when' | 'date' | 'title'>): string {
  const which =
    s.when === 'another'
      ? 'another event'
      : s.when === 'same day'
        ? 'another event the same day'
        : s.when === 'earlier'
          ? 'an earlier event'
          : 'a later event';
  const title = s.title ? `: “${isolate(s.title)}”` : '';
  return `in ${which} of the story${s.date ? `, ${formatDate(s.date)}` : ''}${title}`;
}

/** A quote's place when it comes from another event: "21 May 2025, another event of the story". */
export function quoteEventNote(q: ClaimQuote, report: Context): string | null {
  if (!q.eventId) return null;
  const ev = report.story?.events.find((e) => e.id === q.eventId);
  const date = ev?.date ?? q.published ?? null;
  return `${date ? `${formatDate(date)}, ` : ''}another event of the story${ev ? ` (“${isolate(ev.title)}”)` : ''}`;
}
