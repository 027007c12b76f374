// Numbers in a claim with what they count ("more than 76,000 casualties", "up to 12,000 North Korean troops",
// "around $800") and the dates it names ("Tuesday", "April 26", "August 2024"), for numeric conflicts across outlets.
import { stem } from '../text/tokens.js';

export interface Quantity {
  value: number;
  /** As printed ("more than 76,000"). */
  text: string;
  /** What is counted, normalised ("troops", "casualties", "drones"); null when the sentence does not say. */
  what: string | null;
  unit: string | null;
}

const WORD_NUM: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  dozen: 12, dozens: 24, hundreds: 200, thousands: 2000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** Units, and "times": a frequency ("arrested four times") counts occasions over some span, not a quantity. */
const UNITS = /^(?:%|percent|per cent|km|kilomet(?:er|re)s?|miles?|meters?|metres?|kg|tons?|tonnes?|hours?|days?|weeks?|months?|years?|dollars|euros|pounds|rubles|roubles|hryvnias?|times)\b/i;
/** Synonyms folded to one counted thing, so "troops" and "soldiers" compare (seed 001/003: "12,000 troops"). */
const WHAT_SYNONYMS: Record<string, string> = {
  soldier: 'troops', troop: 'troops', personnel: 'troops', servicemen: 'troops', servicememb: 'troops', forc: 'troops',
  casualti: 'casualties', loss: 'casualties', death: 'deaths', dead: 'deaths', kill: 'deaths', peopl: 'people',
  drone: 'drones', uav: 'drones', assault: 'attacks', attack: 'attacks', strike: 'attacks', missil: 'missiles',
  wound: 'injured', injur: 'injured', civilian: 'civilians', resid: 'residents', villag: 'villages', settlement: 'villages',
};
const NOT_WHAT = /^(?:and|or|of|in|on|at|over|to|from|for|with|by|the|a|an|more|than|per|each|who|which|that|were|was|are|is|had|have|has)$/i;

const QUALIFIER = 'more than|over|at least|up to|around|about|nearly|almost|some|roughly|approximately|fewer than|less than|under';
const NUMBER = new RegExp(String.raw`(?:\b(${QUALIFIER})\s+)?([$€£])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn)\b)?(-[a-z]+)?`, 'gi');
/** Word numbers keep their qualifier as the digits do: "at least nine" and "at least eight" can both be true
 *  (AllSides' Ida flooding event: Reuters and the Washington Times were read as disagreeing, nine against eight). */
/** The number words WORD_NUM knows, longest first so "dozens" is not read as "dozen". */
const NUMBER_WORDS = Object.keys(WORD_NUM).sort((a, b) => b.length - a.length).join('|');
const WORDS_NUMBER = new RegExp(String.raw`\b(?:(${QUALIFIER})\s+)?(${NUMBER_WORDS})\s+(?:of\s+)?`, 'gi');
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_BEFORE = new RegExp(`(?:${MONTH})\\s*$`);
const DATE = new RegExp(
  String.raw`\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:${MONTH})\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:${MONTH})(?:\s+\d{4})?|(?:${MONTH})\s+\d{4}|(?:last|this|next)\s+(?:week|month|year|August|April|${MONTH})|(?:early|mid|late)[- ](?:${MONTH})|(?:in|since)\s+(?:19|20)\d{2})\b`,
  'g',
);

const AGE_AFTER = /^\s*(?:(?:and|or)\s+(?:older|over|above|up|younger|under)|years?\s+(?:old|of\s+age)|to\s+\d+\s*-?\s*year)/i;
const AGE_BEFORE = /\b(?:aged?|ages|age\s+of)\s*$/i;

const WORD_RUN = /[\p{L}'’-]+/gu;
/** What the number counts: the next noun after at most three modifiers ("13 Russian assaults" → attacks). */
function countedAfter(rest: string): string | null {
  // "at least nine were children", "16 of them were militants": the noun after the copula is what is counted
  // (AllSides' Gaza event read that outlet's nine as nothing and its "three children" of one family as the count).
  const copula = /^\s*(?:of them\s+)?(?:were|are)\s+(\p{Ll}+)/u.exec(rest);
  if (copula) {
    const s = stem(copula[1]!);
    return WHAT_SYNONYMS[s] ?? s;
  }
  // The first five words only, without splitting the rest of the sentence (this runs for every number of every claim).
  const ws: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(rest); m && ws.length < 5; m = WORD_RUN.exec(rest)) ws.push(m[0]);
  // A known counted noun within reach wins over a modifier ("76 Shahed and decoy drones" → drones).
  for (const w of ws) {
    if (NOT_WHAT.test(w) && !/^(?:and|or)$/i.test(w)) break;
    const known = WHAT_SYNONYMS[stem(w.toLowerCase())];
    if (known) return known;
  }
  for (const w of ws) {
    if (/^(?:and|or)$/i.test(w)) continue; // "76 Shahed and decoy drones"
    if (NOT_WHAT.test(w)) return null;
    if (/^\p{Lu}/u.test(w)) continue; // demonyms and names: "North Korean troops", "Shahed drones"
    const s = stem(w.toLowerCase());
    return WHAT_SYNONYMS[s] ?? s;
  }
  return null;
}

/** What a sum of money is for: the noun before "of" ("payments of around $800"). */
function countedBefore(before: string): string | null {
  // The last 80 characters from a word start: the pattern is anchored at the end, so scanning the whole prefix is waste.
  const tail = before.length > 80 ? before.slice(-80).replace(/^\S*\s/, '') : before;
  const m = /([a-z]+)\s+(?:of|worth|totall?ing)\s*$/i.exec(tail.trimEnd());
  return m ? stem(m[1]!.toLowerCase()) : null;
}

/** Cheap first look: most clauses hold no number at all (the analysis recomputes quantities for every stored claim). */
const MAY_COUNT = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, 'i');

export function extractQuantities(text: string): Quantity[] {
  if (!MAY_COUNT.test(text)) return [];
  const out: Quantity[] = [];
  const partOf = new Map<number, boolean>();
  for (const m of text.matchAll(NUMBER)) {
    const [all, , cur, digits, scale, hyphen] = m;
    const raw = Number(digits!.replace(/,/g, ''));
    const after = text.slice(m.index + all.length);
    // Years and times of day are dates, not quantities; "30-day ceasefire" is a description.
    if (!cur && !scale && /^(?:1[89]|20)\d{2}$/.test(digits!)) continue;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue; // "April 26"
    if (hyphen || /^\s*(?:[:.]\d|a\.?m\b|p\.?m\b|GMT|IST|UTC)/i.test(after) || /(?:[:\-/]|No\.\s*)$/.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "the 12000 block of East 223rd Street" is an address (ECB+).
    if (/^\s*block\b/i.test(after)) continue;
    // "9/11" and "24/7" are names, not counts (BASIL's veto-override event read "9 victims" against "11").
    if (/^\/\d/.test(after)) continue;
    // Ages bound who is meant, they count nothing ("people 65 and older" against "18 to 64" in an AllSides booster event).
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const value = raw * (scale ? SCALE[scale.toLowerCase()]! : 1);
    const unitMatch = UNITS.exec(after.trimStart());
    const unit = cur ? CURRENCY[cur]! : unitMatch ? unitMatch[0].toLowerCase() : null;
    const what = cur ? countedBefore(text.slice(0, m.index)) : unitMatch ? null : countedAfter(after);
    out.push({ value, text: all.trim(), what, unit });
    // "178 of 369 punches", "28 of his 68 punches": the first counts part of what the second counts.
    partOf.set(out.length - 1, /^\s+of\s+(?:(?:his|her|their|its|the)\s+)?\d/i.test(after));
  }
  for (let i = 0; i + 1 < out.length; i++) if (partOf.get(i) && !out[i]!.what) out[i] = { ...out[i]!, what: out[i + 1]!.what, unit: out[i + 1]!.unit };
  for (const m of text.matchAll(WORDS_NUMBER)) {
    const after = text.slice(m.index + m[0].length);
    // "six months" is a span of time, like "6 months" above: a unit, not a counted thing (AllSides' vaccine study
    // event set "five months" against "six months" as if they counted the same).
    const unitMatch = UNITS.exec(after);
    const what = unitMatch ? null : countedAfter(after);
    const word = m[2]!;
    if (what) out.push({ value: WORD_NUM[word.toLowerCase()]!, text: m[1] ? `${m[1]} ${word}` : word, what, unit: null });
  }
  return out.slice(0, 6);
}

/** Dates as printed, in order ("Tuesday", "April 26", "last month"). */
export function extractDates(text: string): string[] {
  return [...new Set([...text.matchAll(DATE)].map((m) => m[0]))].slice(0, 4);
}
