// Metadata lines of a capture block: the printed date, byline, outlet name and section above (or just below)
// the first paragraph. Only short lines count, so dates inside the prose ("on April 26", seed 001) are never read.
import { asDomain, isBullet, isNameLine, lineKey, stripBullet, wordCount } from './capture-lines.js';
import { parsePrintedDate } from './printed-date.js';
import { outletFromDesk, parseByline } from './printed-source.js';

/** A short line that carries a date or a byline: "time22-05-2025" (000), "by … 21 May 2025" (001), "… | Updated: …" (004). */
export function isMetaLine(line: string): boolean {
  const n = wordCount(line);
  if (n > 25 || (n >= 10 && /[.!?]$/.test(line))) return false;
  return parsePrintedDate(line) !== null || parseByline(line) !== null;
}

export interface PrintedMeta {
  published: string | null;
  byline: string | null;
  siteName: string | null;
  section: string | null;
}

/**
 * Read the metadata printed in a block's header (lines before the first paragraph) and the few lines after it.
 * The outlet name is, in order: the name in a desk byline (001, 004), a domain printed on its own line (002), a
 * name line printed right above the date line or again as a tag bullet (000). Unknown stays null.
 */
export function readPrintedMeta(header: string[], nearBody: string[], title: string | null): PrintedMeta {
  const window = [...header, ...nearBody];
  let published: string | null = null;
  let byline: string | null = null;
  for (const line of window) {
    if (!isMetaLine(line)) continue;
    const date = parsePrintedDate(line);
    if (!published && date?.date) published = date.date;
    byline ??= parseByline(line);
  }
  const titleKey = title ? lineKey(title) : null;
  const bulletKeys = new Set(header.filter(isBullet).map((l) => lineKey(stripBullet(l))));
  const names = header.filter((l) => !isBullet(l) && !isMetaLine(l) && isNameLine(l) && lineKey(l) !== titleKey);
  const domainName = names.find((l) => asDomain(l));
  const aboveDate = names.find((l) => {
    const next = header[header.indexOf(l) + 1];
    return next !== undefined && isMetaLine(next) && parsePrintedDate(next) !== null;
  });
  const repeatedAsTag = names.find((l) => bulletKeys.has(lineKey(l)));
  const siteName = (byline && outletFromDesk(byline)) ?? domainName ?? aboveDate ?? repeatedAsTag ?? null;
  const siteKey = siteName ? lineKey(siteName) : null;
  const section =
    header
      .filter(isBullet)
      .map(stripBullet)
      .find((t) => t && lineKey(t) !== siteKey && wordCount(t) <= 3) ?? null;
  return { published, byline, siteName, section };
}
