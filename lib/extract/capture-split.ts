// Listing and tag pages hold several articles; find where each starts. Seed 000 (an aggregator's
// "Latest news with #…" page) prints per article: the headline (twice), the outlet, a "time…" date line, tag
// bullets, the headline again, then the body. Other aggregators print headline, source and date in some order.
import { isBodyLike, isHeadlineLike, lineKey } from './capture-lines.js';
import { isMetaLine } from './capture-meta.js';

/** How far below a headline its date line may be (000: headline, headline again, outlet, date = 3 lines). */
const HEADER_REACH = 5;

/**
 * listing-split: a headline followed within a few short lines by a date line, with prose after it, starts an
 * article. With two or more such starts the page is a listing; text before the first start (the listing's own
 * heading) is dropped. Otherwise the whole capture is one block.
 */
export function splitListing(lines: string[]): string[][] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isHeadlineLike(line) || isMetaLine(line)) continue;
    const prev = starts.length ? lines[starts[starts.length - 1]!] : undefined;
    // The same headline printed again right under itself belongs to the start already found.
    if (prev !== undefined && lineKey(prev) === lineKey(line) && !hasProseBetween(lines, starts[starts.length - 1]!, i)) continue;
    if (hasDateBelow(lines, i)) starts.push(i);
  }
  if (starts.length < 2) return [lines];
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
}

function hasDateBelow(lines: string[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < HEADER_REACH; j++) {
    const line = lines[j]!;
    if (line === '') continue;
    seen++;
    if (isMetaLine(line)) return true;
    if (isBodyLike(line)) return false;
  }
  return false;
}

function hasProseBetween(lines: string[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (isBodyLike(lines[j]!) && !isMetaLine(lines[j]!)) return true;
  return false;
}
