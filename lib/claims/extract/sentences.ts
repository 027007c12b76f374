// Sentence splitting for claim extraction: the platform's Intl.Segmenter (Unicode sentence rules, nothing to bundle)
// plus a repair for abbreviations and initials it breaks after ("acting Kursk Gov. Alexander Khinshtein" in seed 001,
// "Roe v. Wade", "Judge James R. Brandlin").
import { alternation } from '../lexicon/build.js';
import { MONTH_ABBREVIATIONS, STOPPED_HONORIFICS } from '../lexicon/index.js';

/** Title and name abbreviations that end with a period but not a sentence. */
const OTHER_ABBREVIATIONS = [
  'Sens',
  'Reps',
  'Rev',
  'St',
  'Mt',
  'No',
  'Jr',
  'Sr',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'v',
  'vs',
  'etc',
  'approx',
  'est',
];
const ABBREV = new RegExp(String.raw`(?:^|\s)${alternation(STOPPED_HONORIFICS, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS)}\.\s*$`);
/** "a U.S. Army veteran": after an article, "U.S." is an adjective and the sentence goes on ("the U.S." often ends one). */
const ADJ_ABBREV = /(?:^|\s)(?:a|an)\s+(?:U\.S|U\.K|U\.N)\.\s*$/i;
/** A middle initial after a name ("Superior Court Judge James R. Brandlin", "Minister M. Venkaiah Naidu", ECB+ and
 *  FNC-1 bodies, read as sentences ending there). */
const INITIAL = /(?:^|\s)\p{Lu}[\p{Ll}'’-]+\s\p{Lu}\.\s*$/u;

let segmenter: Intl.Segmenter | null = null;

/** Intl.Segmenter slows down sharply on long strings (V8/ICU: 90 ms for one 88 kB paragraph, 4.3 s for 178 kB, 9.4 s for
 *  268 kB), and a capture that lost its line breaks is one paragraph. Longer paragraphs are segmented in pieces of at
 *  most this many characters, cut after a sentence's end in the piece's second half. */
const SEGMENT_CHUNK = 8_000;
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/** Pieces are cut again at sentence ends into parts of about this many characters: the segmenter's cost and garbage
 *  grow with its input's length for each sentence it yields (bench:claims' 1,500-word page is one 10 kB paragraph, and
 *  segmenting it was a seventh of what extract + analyse allocate). A cut after a sentence end followed by a capital is
 *  where the Unicode sentence rules break anyway, so the segments are the same. */
const SEGMENT_PART = 1_000;

/** `piece` cut at sentence ends into parts of at least SEGMENT_PART characters (the last may be shorter). */
function parts(piece: string): string[] {
  if (piece.length <= 2 * SEGMENT_PART) return [piece];
  const out: string[] = [];
  let start = 0;
  for (const m of piece.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end - start < SEGMENT_PART || piece.length - end < SEGMENT_PART / 2) continue;
    out.push(piece.slice(start, end));
    start = end;
  }
  out.push(piece.slice(start));
  return out;
}

/** The paragraph in pieces for the segmenter (see SEGMENT_CHUNK and SEGMENT_PART); a piece with no sentence end is cut
 *  at a space. */
function pieces(para: string): string[] {
  if (para.length <= SEGMENT_CHUNK) return parts(para);
  const out: string[] = [];
  let start = 0;
  while (para.length - start > SEGMENT_CHUNK) {
    const from = start + SEGMENT_CHUNK / 2;
    let cut = -1;
    for (const m of para.slice(from, start + SEGMENT_CHUNK).matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    // No sentence end: at the last space, so no word is cut in two.
    const space = para.lastIndexOf(' ', start + SEGMENT_CHUNK);
    const end = cut >= 0 ? from + cut : space > from ? space + 1 : start + SEGMENT_CHUNK;
    out.push(...parts(para.slice(start, end)));
    start = end;
  }
  out.push(...parts(para.slice(start)));
  return out;
}

/** Split plain text into trimmed sentences, in order. Paragraph breaks always end a sentence; `paragraphs`, when
 *  given, receives the index of each paragraph's first sentence. */
export function splitSentences(text: string, paragraphs?: Set<number>): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n|\n(?=\s*\S)/)) {
    const first = out.length;
    paragraphs?.add(first);
    let pending = '';
    for (const { segment } of pieces(para).flatMap((piece) => [...segmenter!.segment(piece)])) {
      pending += segment;
      if (ABBREV.test(pending) || INITIAL.test(pending) || ADJ_ABBREV.test(pending)) continue;
      let s = pending.replace(/\s+/g, ' ').trim();
      // A tokenised capture's closing quote ("… fire . '' He said", ECB+) ends the sentence before, not this one: left
      // here, it put "'' Zahar" among the speakers.
      if (s.startsWith("'' ") && out.length > first) {
        out[out.length - 1] += " ''";
        s = s.slice(3);
      }
      if (s) out.push(s);
      pending = '';
    }
    const rest = pending.replace(/\s+/g, ' ').trim();
    if (rest) out.push(rest);
    // "… according to the U.S. | Energy Information Administration (EIA)." (AllSides): a short piece after "U.S."
    // finishes the name it began; within the paragraph only.
    for (let k = out.length - 1; k > first; k--) {
      if (/\b(?:U\.S|U\.K|U\.N)\.$/.test(out[k - 1]!) && out[k]!.split(' ').length <= 8) {
        out[k - 1] = `${out[k - 1]} ${out[k]}`;
        out.splice(k, 1);
      }
    }
  }
  return out;
}
