// Who speaks the sentences without a cue of their own: those a quotation runs on into, a paragraph introduced by
// "… said in a statement:", and the words before an embedded tweet's signature (BASIL, AllSides, FNC-1).
import { alternation } from '../lexicon/build.js';
import { WEEKDAYS } from '../lexicon/index.js';
import { attribute, TWITTER, type Attribution } from './attribution.js';

const DAYS = alternation(WEEKDAYS);

/** Sentences a quotation runs on into (it opened in an earlier sentence, and this one begins inside it). */
const MAX_QUOTE_RUN = 4;

/** The speaker of each sentence that a quotation runs on into: "He added, “Needless to say, … choosing. | It has been
 *  prosecuted … under Presidents Bush and Obama.”" is the speaker's, not the outlet's (BASIL: 150 of 6,746 claims,
 *  such as a candidate's "They won't be laughing if I'm elected president.", were shown as the outlet's own word).
 *  The speaker is the one named where the quotation opens, or else where it closes ("…," Menendez said). A paragraph
 *  ends a quotation, unless the next paragraph reopens it, as news style has it. */
export function quotationSpeakers(sentences: string[], paragraphs: Set<number>): Map<number, string> {
  const out = new Map<number, string>();
  // Attribution is read only for sentences a quotation may run on into, once each: most sentences are in none.
  const attributions: (Attribution | undefined)[] = [];
  const attr = (k: number): Attribution => (attributions[k] ??= attribute(sentences[k]!));
  let open = false;
  let from = -1;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // A paragraph ends a quotation unless the next one reopens it, and names no speaker of its own (read only while a
    // quotation is open: this runs for every sentence of every article).
    const inside: boolean = open && si - from <= MAX_QUOTE_RUN && (!paragraphs.has(si) || (/^["“]/.test(s) && !attr(si).party));
    if (!inside) from = si;
    // A reopening mark at the start of a paragraph continues the quotation rather than closing it.
    let o: boolean = inside;
    // Tokenised captures (ECB+) close a quotation with two apostrophes and may open it with two backticks.
    const marks = s.includes("''") || s.includes('``') ? s.replace(/''/g, '”').replace(/``/g, '“') : s;
    for (const ch of inside && paragraphs.has(si) ? marks.slice(1) : marks) {
      if (ch === '“') o = true;
      else if (ch === '”') o = false;
      else if (ch === '"') o = !o;
    }
    if (inside) {
      // Speaker where it opened, or where it closes (this sentence, when it closes here), or of the quotation just
      // before the one that opened ("…,” Mr. Blumenthal said to the group. “And you exemplify it. Whatever …”").
      // Or of the sentence that introduces it with a colon ("The Republicans wrote in their letter: | “With little
      // time left …”", BASIL).
      const before =
        from > 0 && (/["“”]/.test(sentences[from - 1]!) || /:\s*$/.test(sentences[from - 1]!)) ? attr(from - 1).party : null;
      const speaker = attr(from).party ?? (o ? null : attr(si).party) ?? before;
      // A sentence with a speaker or cue of its own keeps it ("She told the newspaper that …"); the opening sentence
      // has none when the speaker is named at the close.
      if (speaker) for (let k = from; k <= si; k++) if (!out.has(k) && !attr(k).kind) out.set(k, speaker);
    }
    open = o;
  }
  // A paragraph introduced by a speaker and a colon is that speaker's, quotation marks or none (a block quotation
  // loses them in a capture): "White House press secretary Jen Psaki said in a statement Wednesday: | White House
  // senior staff had two productive meetings …" (AllSides), "The report read: | Sources are reporting that <actor> …
  // has been found dead" (FNC-1, a hoax quoted by the outlets that debunk it, read as their own word).
  for (const si of paragraphs) {
    const intro = si > 0 ? sentences[si - 1]! : '';
    if (!SAID_COLON.test(intro)) continue;
    const a = attr(si - 1);
    const party = a.kind === 'say' ? a.party : (READ_INTRO.exec(intro)?.[1] ?? null);
    if (!party) continue;
    for (let k = si; k < sentences.length && k - si < MAX_QUOTE_RUN && (k === si || !paragraphs.has(k)); k++) {
      if (!out.has(k) && !attr(k).kind) out.set(k, party);
    }
  }
  // An embedded tweet's words are its author's: the sentences before its signature, in its paragraph, or in the
  // paragraph before when the signature stands alone ("Photos of <king> … appear to be old and misleading. Arabic
  // reports of a planned attack are numerous but unverifiable. — Joseph Braude (@josephbraude) February 5, 2015").
  for (let si = 0; si < sentences.length; si++) {
    if (!sentences[si]!.includes('(@')) continue;
    const a = attr(si);
    if (a.via !== TWITTER || !a.party) continue;
    const party = a.party;
    const alone = paragraphs.has(si) && !sentences[si]!.slice(0, a.span![0]).trim();
    if (!alone && paragraphs.has(si)) continue;
    let k = si - 1;
    for (; k >= 0 && si - k <= MAX_QUOTE_RUN && !sentences[k]!.includes('(@'); k--) {
      if (!out.has(k) && !attr(k).kind) out.set(k, party);
      if (paragraphs.has(k)) break;
    }
  }
  return out;
}

/** A colon right after a verb of saying, with at most where and when it was said: "… said in a statement Wednesday:",
 *  "… wrote on Facebook:", "The report read:". Other colons end a paragraph before a list, a picture or an embed as
 *  often as before a quotation ("… has provided that audio to CNN:", "Here's what the NYT found:"). */
const SAID_COLON = new RegExp(
  String.raw`\b(?:said|says|wrote|writes|read|reads|stated|states|added|adds|tweeted|posted|continued|explained|declared|announced)(?:\s+(?:in|on|via)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\p{L}-]+\s+){0,2}?(?:statement|post|tweet|letter|e-?mail|interview|release|message|note|Facebook|Twitter|Instagram))?(?:\s+(?:on\s+)?(?:${DAYS}|today|yesterday|tonight))?\s*:\s*$`,
  'iu',
);

/** A text named before "read:" or "reads:" introduces its words ("The report read:", "The statement reads:"). */
const READ_INTRO =
  /^((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:report|statement|story|post|message|letter|note|tweet|article|notice|release|sign|caption|headline))\s+(?:read|reads|stated|states)\s*:\s*$/u;
