// Plain-text page captures (the seeds) → articles: chrome and teasers cut, listings split, bodies de-duplicated,
// outlet and date read as printed. Unknown stays null; relative dates ("6 days ago") stay unknown.
import type { Article } from '../types.js';
import { cutChrome } from './capture-chrome.js';
import { asDomain, isBodyLike, isBullet, isHeadlineLike, lineKey, normLine, wordCount } from './capture-lines.js';
import { isMetaLine, readPrintedMeta } from './capture-meta.js';
import { splitListing } from './capture-split.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { resolveLanguage } from './language.js';

/** A block of a listing with less prose than this is a teaser, not an article (001's and 002's teaser items). */
const MIN_LISTED_WORDS = 40;
/** Metadata may sit just below the first paragraph (004 prints its byline/date line after the standfirst). */
const META_BELOW = 4;

export function extractCapture(text: string, id: string): Article[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normLine);
  const { lines: kept, republishedFrom } = cutChrome(lines);
  const blocks = splitListing(kept);
  const minWords = blocks.length > 1 ? MIN_LISTED_WORDS : 1;
  const articles = blocks
    .map((b) => articleFromBlock(b, republishedFrom))
    .filter((a): a is Article => a !== null && wordCount(a.text) >= minWords);
  return articles.map((a, n) => ({ ...a, id: articles.length === 1 ? id : `${id}#${n + 1}` }));
}

function articleFromBlock(block: string[], republishedFrom: string | null): Article | null {
  const lines = block.filter((l) => l !== '');
  const bodyStart = lines.findIndex((l) => isBodyLike(l) && !isMetaLine(l));
  if (bodyStart < 0) return null;
  const header = lines.slice(0, bodyStart);
  const headlines = header.filter((l) => isHeadlineLike(l) && !isMetaLine(l));
  // repeated-headline: the headline printed more than once (000 prints it three times, 004 twice) is the title.
  const repeated = headlines.find((l) => headlines.filter((h) => lineKey(h) === lineKey(l)).length > 1);
  const printedTitle = repeated ?? headlines[headlines.length - 1] ?? null;
  const meta = readPrintedMeta(header, lines.slice(bodyStart, bodyStart + META_BELOW), printedTitle);
  const titleKey = printedTitle ? lineKey(printedTitle) : null;
  const body = lines.slice(bodyStart).filter((l) => !isMetaLine(l) && lineKey(l) !== titleKey && !isTagLine(l));
  const paragraphs = dedupeParagraphs(trimTrailingFragments(body));
  if (paragraphs.length === 0) return null;
  const textOut = paragraphs.join('\n\n');
  const outlet = republishedFrom ?? meta.siteName;
  return {
    id: '',
    title: printedTitle ?? firstSentence(paragraphs[0]!),
    text: textOut,
    byline: meta.byline,
    siteName: meta.siteName,
    outlet,
    domain: outlet ? asDomain(outlet) : null,
    url: null,
    published: meta.published,
    lang: resolveLanguage(textOut, null),
    section: meta.section,
    republishedFrom,
  };
}

/** tag-bullets: "• Country:", "• Russia" (004), "• Politics" (000) — category labels, not prose. */
function isTagLine(line: string): boolean {
  return (isBullet(line) && wordCount(line) <= 4) || wordCount(line) <= 2;
}

/** trailing-fragments: labels and prompts after the last paragraph ("Hashtags", "Explore what … can do for you:", 001). */
function trimTrailingFragments(body: string[]): string[] {
  let end = body.length;
  while (end > 0 && !isBodyLike(body[end - 1]!)) end--;
  return body.slice(0, end);
}

/** Stand-in title when a capture prints none (003): the first sentence, shortened at a word boundary. */
function firstSentence(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 140) return sentence;
  return `${sentence.slice(0, 140).replace(/\s+\S*$/, '')}…`;
}
