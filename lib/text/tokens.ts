// Word tokens, normalisation and stems shared by matching and claims. Pure: text in, tokens out.
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

/** Unicode letters/digits runs, apostrophes inside words kept ("Russia's" → "russia's"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** ASCII with typographic quotes and dashes, which have no decomposition: folding is lower-casing and straightening
 *  apostrophes, and the letters are ASCII. */
const PLAIN = /^[\x00-\x7f‘’“”–—]*$/;
const ASCII = /^[\x00-\x7f]*$/;
/** WORD on folded ASCII text (lower case, straight apostrophes): the same tokens, at twice the speed of the Unicode
 *  classes (most English news folds to ASCII). */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

const foldPlain = (text: string): string => text.replace(/[’‘`]/g, "'").toLowerCase();

/** Fold case, typographic quotes and diacritics so "Kyiv’s" and "kyiv's" compare equal. */
export function fold(text: string): string {
  if (PLAIN.test(text)) return foldPlain(text);
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** All word tokens of a text, folded. */
export function words(text: string): string[] {
  if (PLAIN.test(text)) return foldPlain(text).match(ASCII_WORD) ?? [];
  const folded = fold(text);
  return folded.match(ASCII.test(folded) ? ASCII_WORD : WORD) ?? [];
}

/** Drop a possessive "'s" and stem with Porter's algorithm (the `stemmer` package). */
export function stem(word: string): string {
  const bare = word.replace(/'s$/, '').replace(/'/g, '');
  return /^\p{N}+$/u.test(bare) ? bare : stemmer(bare);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.replace(/'s$/, ''));
}

/** Content terms: folded, stopwords and one-letter tokens removed, stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || isStopword(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** `text` with the characters a regular expression reads as syntax escaped, to be matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
