// duplicate-paragraphs: a body printed twice (seed 003 repeats 13 paragraphs in order), a paragraph printed twice
// in a row, and pull quotes (a sentence of the body repeated on its own). Repeats that are content stay: a meal
// plan repeats "Pre-Workout Meal" sections for plan A and plan B (benchmark page 5f03fc173ebc, beachbodyondemand).
import { lineKey, wordCount } from './capture-lines.js';

/** Shorter repeats ("Yes.", "Advertisement") are left to other rules: repetition of a few words can be real. */
const MIN_WORDS = 6;
/**
 * A repeated run this long, in the same order, holding this share of the text, is a second copy of the body
 * (003: 13 paragraphs, half the text); shorter repeated runs are content (5f03fc173ebc's plans share whole days).
 */
const MIN_RUN = 3;
const MIN_RUN_SHARE = 0.25;
/** A paragraph inside an earlier, longer one is a pull quote when it is at least this long (in key characters)… */
const MIN_QUOTE_CHARS = 50;
/** …and at most this long (pull quotes are a sentence or two; longer paragraphs skip the costly search). */
const MAX_QUOTE_WORDS = 60;

export function dedupeParagraphs(paragraphs: string[]): string[] {
  return dedupeKeyed(paragraphs, paragraphs.map(lineKey), paragraphs.map(wordCount));
}

/**
 * The same with each paragraph's lineKey and word count already known (the HTML clean-up has both), so neither is
 * computed twice. A word count of Infinity means "long" (dom-text.ts does not count past its limit); it is counted
 * here only if the pull-quote test needs it.
 */
export function dedupeKeyed(paragraphs: string[], keys: string[], words: number[]): string[] {
  const firstAt = new Map<string, number>();
  const drop = new Set<number>();
  // "Earlier text" is a prefix of one string built once, not a string grown per paragraph (regrowing and
  // re-flattening it was quadratic): the first occurrence of a key lies in the prefix or nowhere in it.
  const padded = keys.map((k) => ` ${k} `);
  const all = padded.join('');
  let prefixEnd = 0;
  const total = keys.reduce((n, k) => n + k.length, 0);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const long = words[i]! >= MIN_WORDS;
    const j = firstAt.get(key);
    if (long && j !== undefined && !drop.has(i)) {
      let run = 0;
      let runChars = 0;
      while (i + run < keys.length && j + run < i && keys[j + run] === keys[i + run]) runChars += keys[i + run++]!.length;
      if (j === i - 1 || (run >= MIN_RUN && runChars >= MIN_RUN_SHARE * total)) {
        for (let k = 0; k < Math.max(run, 1); k++) drop.add(i + k);
      }
    } else if (long && j === undefined && key.length >= MIN_QUOTE_CHARS && quoteSized(paragraphs[i]!, words[i]!)) {
      const at = prefixEnd > 0 ? all.indexOf(padded[i]!) : -1;
      if (at >= 0 && at + padded[i]!.length <= prefixEnd) drop.add(i);
    }
    if (j === undefined) firstAt.set(key, i);
    prefixEnd += padded[i]!.length;
  }
  return paragraphs.filter((_, i) => !drop.has(i));
}

function quoteSized(paragraph: string, words: number): boolean {
  return (Number.isFinite(words) ? words : wordCount(paragraph)) <= MAX_QUOTE_WORDS;
}
