// Numbers in a claim with what they count ("more than 76,000 casualties", "up to 12,000 North Korean troops",
// "around $800") and the dates it names ("Tuesday", "April 26", "August 2024"), for numeric conflicts across outlets.
import { alternation } from '../lexicon/build.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/index.js';
import { QUALIFIER } from './counted.js';
import { countedAround, countedBefore, inWindow, totalled } from './counted-phrase.js';

export interface Quantity {
  value: number;
  /** As printed ("more than 76,000"). */
  text: string;
  /** What is counted, normalised to compare ("troops", "casualties", "drones", "undersea cabl"); null when the
   *  sentence does not say. */
  what: string | null;
  /** What is counted as a reader would name it ("troops", "undersea cables"); null with `what`. */
  noun: string | null;
  unit: string | null;
}

const WORD_NUM: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** Units, and "times": a frequency ("arrested four times") counts occasions over some span, not a quantity. A figure
 *  with a unit and nothing counted is not compared: "about 10 minutes" later, "605 yards" in a season (ECB+). */
const UNITS =
  /^(?:%|percent|per cent|square\s+(?:feet|foot|meters?|metres?|miles?|kilomet(?:er|re)s?|km)|km|kilomet(?:er|re)s?|miles?|meters?|metres?|yards?|yds?|feet|foot|inch(?:es)?|mm|cm|m|kg|tons?|tonnes?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|dollars|euros|pounds|rubles|roubles|hryvnias?|times)\b/i;

const NUMBER = new RegExp(
  String.raw`(?:\b(${QUALIFIER})\s+)?([$€£])?(?<![A-Za-z\d.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn)\b)?(-[a-z]+)?`,
  'gi',
);
/** Word numbers keep their qualifier as the digits do: "at least nine" and "at least eight" can both be true
 *  (AllSides' Ida flooding event: Reuters and the Washington Times were read as disagreeing, nine against eight). */
/** The number words WORD_NUM knows, longest first so "dozens" is not read as "dozen". */
const NUMBER_WORDS = Object.keys(WORD_NUM)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORDS_NUMBER = new RegExp(String.raw`\b(?:(${QUALIFIER})\s+)?(${NUMBER_WORDS})\b(?:\s+of\b)?\s*`, 'gi');
const MONTH = alternation(MONTHS).slice(3, -1);
/** "April 26", "Sept. 11 hijackers" (BASIL): a day of a month. */
const MONTH_BEFORE = new RegExp(`(?:${MONTH}|${alternation(MONTH_ABBREVIATIONS)}\\.?)\\s*$`);
const DATE = new RegExp(
  String.raw`\b(?:${alternation(WEEKDAYS)}|(?:${MONTH})\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:${MONTH})(?:\s+\d{4})?|(?:${MONTH})\s+\d{4}|(?:last|this|next)\s+(?:week|month|year|August|April|${MONTH})|(?:early|mid|late)[- ](?:${MONTH})|(?:in|since)\s+(?:19|20)\d{2})\b`,
  'g',
);

const AGE_AFTER = /^\s*(?:(?:and|or)\s+(?:older|over|above|up|younger|under)|years?\s+(?:old|of\s+age)|to\s+\d+\s*-?\s*year)/i;
const AGE_BEFORE = /\b(?:aged?|ages|age\s+of)\s*$/i;

/** Cheap first look: most clauses hold no number at all (the analysis recomputes quantities for every stored claim). */
const MAY_COUNT = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, 'i');

/** Tokenised captures (ECB+) space what print joins: "39 - year - old", "co - workers", "1, 400", "$ 108 million". */
function untokenise(text: string): string {
  if (!/\s-\s|\d,\s\d|[$€£]\s/.test(text)) return text;
  return text
    .replace(/(?<=[\p{L}\d]) - (?=\p{L})/gu, '-')
    .replace(/(?<=\b\d{1,3}), (?=\d{3}\b)/g, ',')
    .replace(/([$€£]) (?=\d)/g, '$1');
}

export function extractQuantities(input: string): Quantity[] {
  if (!MAY_COUNT.test(input)) return [];
  const text = untokenise(input);
  const out: Quantity[] = [];
  const partOf = new Map<number, boolean>();
  for (const m of text.matchAll(NUMBER)) {
    const [all, , cur, digits, scale, hyphen] = m;
    const raw = Number(digits!.replace(/,/g, ''));
    const after = text.slice(m.index + all.length);
    // Years and times of day are dates, not quantities; "30-day ceasefire" is a description.
    if (!cur && !scale && /^(?:1[89]|20)\d{2}$/.test(digits!)) continue;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue; // "April 26"
    if (
      hyphen ||
      /^\s*(?:[:.]\d|a\.?m\b|p\.?m\b|GMT|IST|UTC)/i.test(after) ||
      /(?:[:\-/]|No\.\s*)$/.test(text.slice(Math.max(0, m.index - 24), m.index))
    )
      continue;
    // "the 12000 block of East 223rd Street" is an address (ECB+).
    if (/^\s*block\b/i.test(after)) continue;
    if (inWindow(text, m.index)) continue;
    // An ordinal ("the 11th round") counts nothing.
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue;
    // A range ("between 5-10 inches") is no single figure; its second number is skipped by the dash before it.
    if (/^\s*[-–]\s*\d/.test(after)) continue;
    // "9/11" and "24/7" are names, not counts (BASIL's veto-override event read "9 victims" against "11").
    if (/^\/\d/.test(after)) continue;
    // Ages bound who is meant, they count nothing ("people 65 and older" against "18 to 64" in an AllSides booster event).
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const value = raw * (scale ? SCALE[scale.toLowerCase()]! : 1);
    const unitMatch = UNITS.exec(after.trimStart());
    const unit = cur ? CURRENCY[cur]! : unitMatch ? unitMatch[0].toLowerCase() : null;
    const before = text.slice(0, m.index);
    const what = totalled(cur ? countedBefore(before) : unitMatch ? null : countedAround(before, after), text, m.index, after);
    out.push({ value, text: all.trim(), what: what?.key ?? null, noun: what?.noun ?? null, unit });
    // "178 of 369 punches", "28 of his 68 punches", "10 of the Saints' 16 games": the first counts part of the second.
    partOf.set(out.length - 1, /^\s+of\s+(?:[\p{L}'’]+\s+){0,2}\d/iu.test(after));
  }
  for (let i = 0; i + 1 < out.length; i++)
    if (partOf.get(i) && !out[i]!.what)
      out[i] = { ...out[i]!, what: out[i + 1]!.what, noun: out[i + 1]!.noun, unit: out[i + 1]!.unit };
  for (const m of text.matchAll(WORDS_NUMBER)) {
    const after = text.slice(m.index + m[0].length);
    // "six months" is a span of time, like "6 months" above: a unit, not a counted thing (AllSides' vaccine study
    // event set "five months" against "six months" as if they counted the same).
    const unitMatch = UNITS.exec(after);
    if (inWindow(text, m.index)) continue;
    // "a four-minute, 40-second video", "a two-day visit": a word number joined to its unit describes, as "30-day" does.
    if (/^-\p{L}/u.test(after)) continue;
    const before = text.slice(0, m.index);
    const what = totalled(unitMatch ? null : countedAround(before, after), text, m.index, after);
    const word = m[2]!;
    if (what)
      out.push({
        value: WORD_NUM[word.toLowerCase()]!,
        text: m[1] ? `${m[1]} ${word}` : word,
        what: what.key,
        noun: what.noun,
        unit: null,
      });
  }
  return out.slice(0, 6);
}

/** Dates as printed, in order ("Tuesday", "April 26", "last month"). */
export function extractDates(text: string): string[] {
  return [...new Set([...text.matchAll(DATE)].map((m) => m[0]))].slice(0, 4);
}
