// Dates as pages print them ("21 May 2025, 15:04", "26-04-2025", "time22-05-2025", "2025-04-26", "6 days ago").
// Captures have no metadata, so the printed date line is all we have (seeds 000, 001, 004).

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// (?<!\d) rather than \b: "time22-05-2025" (seed 000) glues a label to the date.
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const DASHED = /(?<!\d)(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)/;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
// (?<!\d) so "time6 days ago" (000) counts; "today" only as a label, never inside a name ("Russia Today", 000).
const RELATIVE =
  /(?<!\d)(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago\b|^(?:time|updated|published|posted)?\s*:?\s*(?:yesterday|today|just now)\b/iu;
/** A label that says which of several printed dates is the publication date ("Created: …" beats "Updated: …", seed 004). */
const PUBLISHED_LABEL = /\b(?:published|created|posted|first published|date)\s*:?\s*/gi;

export type PrintedDate = { date: string | null; relative: boolean };

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First absolute date in a piece of text, as YYYY-MM-DD; null when none or ambiguous. */
export function parseAbsoluteDate(text: string): string | null {
  let m = ISO.exec(text);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH.exec(text);
  if (m) return iso(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0, +m[1]!);
  m = MONTH_DAY.exec(text);
  if (m) return iso(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()] ?? 0, +m[2]!);
  m = DASHED.exec(text);
  if (m) {
    // Day first with dashes or dots (European/Indian style, seeds 000 and 004) unless the day slot cannot be a day.
    const a = +m[1]!,
      b = +m[2]!;
    return b > 12 && a <= 12 ? iso(+m[3]!, a, b) : iso(+m[3]!, b, a);
  }
  m = SLASHED.exec(text);
  if (m) {
    // Slashes are used both ways (US month first, elsewhere day first): decide only when one slot exceeds 12.
    const a = +m[1]!,
      b = +m[2]!;
    if (a > 12) return iso(+m[3]!, b, a);
    if (b > 12) return iso(+m[3]!, a, b);
    return a === b ? iso(+m[3]!, a, b) : null;
  }
  return null;
}

/** The date a short metadata line prints: a labelled publication date first, then the first absolute date. */
export function parsePrintedDate(line: string): PrintedDate | null {
  for (const label of line.matchAll(PUBLISHED_LABEL)) {
    const after = line.slice((label.index ?? 0) + label[0].length, (label.index ?? 0) + label[0].length + 40);
    const date = parseAbsoluteDate(after);
    if (date) return { date, relative: false };
  }
  const date = parseAbsoluteDate(line);
  if (date) return { date, relative: false };
  // "6 days ago" (seed 000): the capture date is unknown, so the relative date cannot be resolved.
  if (RELATIVE.test(line)) return { date: null, relative: true };
  return null;
}
