// How far a negation reaches in a clause, and when it denies nothing: the words that open a subordinate clause or end
// the negation's reach, the verbs a negation leaves unsaid ("has not confirmed"), and the sentences whose "not" is an
// observation ("not seen in a year"), a correction ("It's not …, but …") or a quotation's.
import { MONTHS, MONTH_ABBREVIATIONS } from '../lexicon/index.js';
import { alternation } from '../lexicon/build.js';

/** Quoted speech, double or single quotes (British outlets quote with single ones; an apostrophe inside a word is
 *  not a quote), to the end when the attribution cue took the closing quote. */
export const QUOTED = /["“][^"“”]*(?:["”]|\s*$)|(?:^|(?<=[\s(:]))['‘](?:[^'‘’]|['’](?=\p{L}))*(?:['’](?=[\s,.;:!?)]|$)|\s*$)/gu;
export const SUBORDINATE = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'because',
  'if',
  'although',
  'though',
  'as',
  'since',
  'after',
  'before',
  'until',
  'unless',
  'whether',
]);
/** Words that end a negation's reach without opening a subordinate clause: "has no idea how the truck ended up there"
 *  negates the idea, not the truck (Emergent train: a plumber's "no idea how" read as denying his truck was seen). */
export const SCOPE_END = new Set(['how', 'why', 'what', 'but']);
/** Verbs whose complement is a goal, not a statement: "to ensure the activities did not harm plants" (ECB+) negates
 *  nothing the sentence reports; they open a subordinate clause. */
export const GOAL_VERBS = new Set(['ensure', 'ensures', 'ensured', 'ensuring']);

/** Verbs of telling that a negation leaves a statement unsaid rather than denied ("has not confirmed", "did not
 *  immediately respond"). Not "say": "Pope Francis did NOT say our pets are going to heaven" denies (Emergent). */
const NONCOMMITTAL = new Set([
  'confirm',
  'confirmed',
  'confirms',
  'comment',
  'commented',
  'disclose',
  'disclosed',
  'reveal',
  'revealed',
  'specify',
  'specified',
  'elaborate',
  'respond',
  'responded',
  'identify',
  'identified',
]);
/** Words that may stand between the negator and such a verb: "has not yet been independently confirmed". */
const BETWEEN = new Set(['be', 'been', 'yet', 'immediately', 'publicly', 'officially', 'independently']);
const ISSUE_VERBS = new Set([
  'release',
  'released',
  'issue',
  'issued',
  'make',
  'made',
  'give',
  'given',
  'gave',
  'provide',
  'provided',
  'offer',
  'offered',
]);
const STATEMENT_NOUNS = new Set([
  'statement',
  'statements',
  'comment',
  'comments',
  'response',
  'confirmation',
  'details',
  'explanation',
  'announcement',
]);

/** Whether the negator at `i` withholds a statement: "not confirmed", "not yet been independently confirmed". */
export function noncommittal(ws: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < i + 4 && BETWEEN.has(ws[j] ?? '')) j++;
  if (NONCOMMITTAL.has(ws[j] ?? '')) return true;
  // "have not released any official statement on the early release date" says nothing (FNC-1: read as denying the
  // reports of an early release).
  if (!ISSUE_VERBS.has(ws[j] ?? '')) return false;
  for (let k = j + 1; k < j + 5 && k < ws.length; k++) if (STATEMENT_NOUNS.has(ws[k]!)) return true;
  return false;
}

const SPAN_COUNT = String.raw`(?:more than |over |nearly |almost |about |at least |the (?:past|last) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)`;
const SPAN_UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
const MONTH_WORDS = alternation(MONTHS, MONTH_ABBREVIATIONS);
/** A stretch of time a negation holds over ("for more than a month", "in a year", "since Sept. 3", "first time in"). */
const OVER_A_SPAN = new RegExp(
  String.raw`\b(?:for|in) ${SPAN_COUNT} ${SPAN_UNIT}\b|\bfirst time in\b|\S\s+since (?:${MONTH_WORDS}\b|\d|last\b|early\b|late\b|mid\b|then\b)`,
  'i',
);
const UNSEEN = /\b(?:seen|heard from|appeared|spotted|sighted|attended|(?:public )?appearances?)\b/i;

/** Not being seen over a stretch of time is an observation, not a denial: "Castro had not been seen in public in a
 *  year", "the first time in three years Kim hadn't attended" (FNC-1: read as denying the reports of his last
 *  appearance). A span on another verb is the claim's own ("a spider didn't crawl through his body for days"). */
export function unseenOverSpan(text: string): boolean {
  return OVER_A_SPAN.test(text) && UNSEEN.test(text);
}

/** Nouns through which a negation denies what follows them ("no sign that …", "no evidence of …"). */
export const EVIDENTIAL = new Set(['sign', 'signs', 'evidence', 'indication', 'indications', 'proof', 'suggestion', 'truth']);
/** Words after which a main-clause negation is a condition, not a denial ("not … until", "not … unless"). */
export const CONDITION = new Set(['until', 'unless']);

/** A sentence that opens "It's not …", "This isn't …", "That was not …": the negation of a correction. */
export const EXPLETIVE_NOT = /^\s*["“]?(?:it|this|that)(?:\s*['’]\s*s\s+not?|\s+(?:is|was)\s+not|\s+(?:is|was)n\s*['’]\s*t)\b/i;
