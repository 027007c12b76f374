// The article's own date when its metadata has none: the date line printed near the top of the body ("Nov 19,
// 2019", "Published: 18 November 2019"), else the day its URL is filed under. Matching weighs an event by its
// distance in time from this date (lib/match/time-evidence.ts), so a page's date source travels with it.
import type { DateSource } from '../types.js';
import { parsePrintedDate } from './printed-date.js';
import { dateFromUrl } from './url-date.js';

/** Blocks read from the top of the body: a date line sits beside the headline and byline. */
const TOP_BLOCKS = 12;
/** A date line is short; a longer block is prose that may name any date ("in 2012 Apple…"). */
const DATE_LINE_WORDS = 20;

const BLOCK =
  /^(?:P|DIV|LI|H[1-6]|HEADER|FOOTER|SECTION|ARTICLE|ASIDE|FIGURE|FIGCAPTION|TIME|ADDRESS|BLOCKQUOTE|TR|TD|DD|DT|BR|UL|OL|DL|TABLE)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/;
/** Characters read from the top of the body at most: a date line sits within the first few hundred. */
const TOP_CHARS = 3000;

/** The first lines of the body's text, a new line at each block element, read no further than TOP_BLOCKS lines or
 * TOP_CHARS characters (the body is walked only that far: extraction time is held to 1.1x Readability's). */
function topLines(root: Node): string[] {
  const lines: string[] = [];
  let line = '';
  let chars = 0;
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  let node: Node | null = root.firstChild;
  while (node && lines.length < TOP_BLOCKS && chars < TOP_CHARS) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      line += v;
      chars += v.length;
    } else if (el && BLOCK.test(el.tagName)) flush();
    if (el && !SKIP.test(el.tagName) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK.test((node as Element).tagName)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return lines.slice(0, TOP_BLOCKS);
}

/** The first short line near the top of the extracted body that prints an absolute date. */
export function printedDate(content: Node): string | null {
  for (const line of topLines(content)) {
    if (line.split(/\s+/).length > DATE_LINE_WORDS) continue;
    const d = parsePrintedDate(line)?.date;
    if (d) return d;
  }
  return null;
}

/** The page's date and where it came from: metadata, else the printed date line, else the URL. */
export function pageDate(
  metaDate: string | null,
  content: Node,
  url: string | null,
): { date: string | null; source: DateSource | null } {
  if (metaDate) return { date: metaDate, source: 'metadata' };
  const printed = printedDate(content);
  if (printed) return { date: printed, source: 'printed' };
  const fromUrl = dateFromUrl(url);
  return fromUrl ? { date: fromUrl, source: 'url' } : { date: null, source: null };
}
