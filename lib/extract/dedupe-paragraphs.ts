// duplicate-paragraphs: a body printed twice (seed 003 repeats its whole body; pages repeat a standfirst or a
// pull quote). A paragraph already said earlier — verbatim, or re-wrapped inside a longer earlier one — is dropped.
import { lineKey, wordCount } from './capture-lines.js';

/** Shorter repeats ("Yes.", "Advertisement") are left to other rules: repetition of a few words can be real. */
const MIN_WORDS = 6;

export function dedupeParagraphs(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  let earlier = '';
  const out: string[] = [];
  for (const p of paragraphs) {
    const key = lineKey(p);
    if (wordCount(p) >= MIN_WORDS && (seen.has(key) || (key.length >= 50 && earlier.includes(key)))) continue;
    seen.add(key);
    earlier += ` ${key} `;
    out.push(p);
  }
  return out;
}
