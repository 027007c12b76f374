// The article's own date when its metadata has none: the date line printed near the top of the body ("Nov 19,
// 2019", "Published: 18 November 2019"), else the day its URL is filed under. Matching weighs an event by its
// distance in time from this date (lib/match/time-evidence.ts), so a page's date source travels with it.
import type { DateSource } from '../types.js';
import { textBlocks } from './dom-text.js';
import { parsePrintedDate } from './printed-date.js';
import { dateFromUrl } from './url-date.js';


/** Blocks read from the top of the body: a date line sits beside the headline and byline. */
const TOP_BLOCKS = 12;
/** A date line is short; a longer block is prose that may name any date ("in 2012 Apple…"). */
const DATE_LINE_WORDS = 20;

/** The first short block near the top of the extracted body that prints an absolute date. */
export function printedDate(content: Node): string | null {
  for (const b of textBlocks(content).slice(0, TOP_BLOCKS)) {
    if (b.words > DATE_LINE_WORDS) continue;
    const d = parsePrintedDate(b.text)?.date;
    if (d) return d;
  }
  return null;
}

/** The page's date and where it came from: metadata, else the printed date line, else the URL. */
export function pageDate(metaDate: string | null, content: Node, url: string | null): { date: string | null; source: DateSource | null } {
  if (metaDate) return { date: metaDate, source: 'metadata' };
  const printed = printedDate(content);
  if (printed) return { date: printed, source: 'printed' };
  const fromUrl = dateFromUrl(url);
  return fromUrl ? { date: fromUrl, source: 'url' } : { date: null, source: null };
}
