// Split a sentence into the propositions it carries: an embedded "since Moscow claimed that …" is a claim of its own
// (seed 001's lead sentence reports the visit and, inside it, Russia's claim), and "While A insists X, B maintains Y"
// is two claims, the second contesting the first (seed 003).
import { stem } from '../../text/tokens.js';
import { CONTEST_VERBS, DENY_VERBS, EVENT_CLASSES, SAY_VERBS } from '../lexicon/index.js';

export interface Clause {
  start: number;
  end: number;
  /** Span of an embedded clause inside this one, left out of this clause's proposition. */
  hole?: [number, number];
  /** Opened by a contrast ("While …, B maintains …"; "Despite …"): a cue for a counter-claim. */
  contrast: boolean;
}

const VERB_ALT = [...SAY_VERBS, ...DENY_VERBS, ...CONTEST_VERBS].join('|');
/** "since|after|… <Party>[, aside,] claimed|declared|… " — the embedded claim runs to the next comma or the end. */
const EMBEDDED = new RegExp(
  String.raw`\b(?:since|after|before|until|when|once)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:,\s(?:[^,]|,(?=\d)){1,80},)?\s+(?:has\s+|had\s+|have\s+)?(?:${VERB_ALT})\b)`,
  'u',
);
/** "since its full liberation", "after expelling Ukrainian forces": a presupposed event inside a sentence about
 *  something else (seed 000: "visited Kursk Region for the first time since its full liberation"). */
const EVENT_PREFIX = [
  ...new Set(['recapture', 'capture', 'withdraw'].flatMap((k) => EVENT_CLASSES[k]!.words.map((w) => stem(w)))),
].join('|');
const NOMINAL = new RegExp(
  String.raw`\b(?:since|after|following)\s+((?:(?:its|the|their|it|they|was|were|had|has|been|being|fully|full|complete|completely|final)\s+){0,4}(?:${EVENT_PREFIX})[a-z]*\b)`,
  'iu',
);
const WHILE = new RegExp(String.raw`^(While|Whereas|Although|Though)\s+([^,]*\b(?:${VERB_ALT})\b[^,]*),\s+`, 'iu');

/** "Despite" holds out against what it names only when that is something said: "Despite the declarations from Russia,
 *  …" (seed 004), "Despite the visit and Moscow's claims of control, …" (seed 003). "Despite concerns about Trump
 *  interfering with the investigations, Schiff warned …" concedes the concerns (BASIL: read as contesting the
 *  investigation's focus). */
const DESPITE_STATEMENT =
  /^despite\b[^,;:]{0,80}?\b(?:claims?|claiming|declarations?|declaring|statements?|assertions?|asserting|announcements?|announcing|insistence|insisting|assurances?|denials?|denying|reports?|saying)\b/i;

/** ", but the fact is, …": what follows is the writer's correction of what came before, a proposition of its own ("A
 *  story that began circulating on Tuesday afternoon created a bit of a frenzy, but the fact is, there's no sign KFC
 *  will really be selling marijuana in its stores", FNC-1: one clause, whose "no sign" the story's "that" had put out
 *  of the negation's reach). */
const CORRECTION = /,\s+but\s+(?:the\s+(?:fact|truth|reality)\s+is|in\s+(?:fact|reality|truth)|actually)\s*,?\s+(?:that\s+)?/i;

/** The clauses of a sentence, in order; a sentence with one proposition gives one clause covering it. */
export function splitClauses(sentence: string): Clause[] {
  const c = CORRECTION.exec(sentence);
  if (c)
    return [
      { start: 0, end: c.index, contrast: false },
      { start: c.index + c[0].length, end: sentence.length, contrast: false },
    ];
  const w = WHILE.exec(sentence);
  if (w) {
    const aStart = w[1]!.length + 1;
    return [
      { start: aStart, end: aStart + w[2]!.length, contrast: false },
      { start: w[0].length, end: sentence.length, contrast: true },
    ];
  }
  // "Despite …" names in the sentence what the clause holds out against (seed 004); a "But" or "However" opener only
  // turns from the sentence before, and in long political prose it turns at every other paragraph (BASIL: "But he
  // acknowledged that Gov. Jay Nixon …", "Despite"-less "But, in a surprise move, Senate Democrats …" read as
  // counter-claims against unrelated claims of the same article).
  const contrast = DESPITE_STATEMENT.test(sentence);
  const e = EMBEDDED.exec(sentence) ?? NOMINAL.exec(sentence);
  if (!e) return [{ start: 0, end: sentence.length, contrast }];
  const start = e.index + e[0].length - e[1]!.length;
  const afterVerb = start + e[1]!.length;
  const comma = sentence.indexOf(', ', afterVerb);
  const end = comma < 0 ? sentence.length : comma;
  return [
    { start: 0, end: sentence.length, contrast, hole: [start, end] },
    { start, end, contrast: false },
  ];
}
