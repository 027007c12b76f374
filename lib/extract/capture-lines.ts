// Line shapes in plain-text captures: what looks like a body paragraph, a headline, a tag bullet, a domain.

/** Whitespace-normalised line (NBSP and runs of spaces collapsed, trimmed). */
export function normLine(line: string): string {
  return line
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Runs of letters or digits. Counted by char code (no array of matches) while the text is ASCII. */
export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 0x7f) return (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** Comparison key for "the same line printed again": case, quotes and punctuation folded. */
export function lineKey(line: string): string {
  const lower = line.toLowerCase();
  // Most lines are ASCII, where letters and digits are [a-z0-9]: the same key without the (slower) Unicode classes.
  if (ASCII.test(lower))
    return lower
      .replace(/`/g, "'")
      .replace(/[^a-z0-9']+/g, ' ')
      .trim();
  return lower
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
const ASCII = /^[\x00-\x7f]*$/;

const SENTENCE_END = /[.!?…"”’)\]]$/;

/**
 * A line that reads as article prose: a full sentence of some length, or a line too long to be a headline
 * (001's 15-word headline has no final stop, so length alone starts at 25 words).
 */
export function isBodyLike(line: string): boolean {
  const n = wordCount(line);
  return n >= 25 || (n >= 8 && SENTENCE_END.test(line));
}

/** A line that reads as a headline: several words, not a sentence-length paragraph, no trailing colon. */
export function isHeadlineLike(line: string): boolean {
  const n = wordCount(line);
  return n >= 3 && n <= 30 && line.length <= 220 && !/[:.]$/.test(line) && !isBullet(line) && /\p{Lu}/u.test(line);
}

/** "• Politics", "- LBCI": tag and category bullets (seeds 000, 001, 004). */
export function isBullet(line: string): boolean {
  return /^[•·▪◦*\-–]\s*\S/.test(line);
}

export function stripBullet(line: string): string {
  return line
    .replace(/^[•·▪◦*\-–]\s*/, '')
    .replace(/:$/, '')
    .trim();
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

/** "TheSmartCitizenReport.com" (seed 002) or "cnn.com": the lower-cased host, else null. */
export function asDomain(text: string): string | null {
  const m = DOMAIN.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** A short proper name printed on its own line ("Russia Today", seed 000): Title Case words or a domain. */
export function isNameLine(line: string): boolean {
  if (asDomain(line)) return true;
  const words = line.split(/\s+/);
  return words.length >= 1 && words.length <= 5 && line.length <= 60 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w));
}
