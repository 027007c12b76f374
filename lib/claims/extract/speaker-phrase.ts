// The speaker phrase of an attribution: which words before or after a verb of saying name who speaks ("the Valdorian
// ministry", "two officials"), and which are a clause, a quote or a dateline that only looks like one (BASIL).
import { alternation } from '../lexicon/build.js';
import { CONTEST_VERBS, DENY_VERBS, HONORIFICS, MONTHS, SAY_VERBS, WEEKDAYS } from '../lexicon/index.js';

export type CueKind = 'say' | 'deny' | 'contest';
/** Honorifics and ranks before a surname ("Mr. Trump", "Sgt Vel"), without their stop. */
export const HONORIFIC = alternation(HONORIFICS);
const DAYS = alternation(WEEKDAYS);
const MONTH_NAMES = alternation(MONTHS);
export const TIME = String.raw`(?:(?:on|in|during)\s+)?(?:(?:last|this|earlier|late|on)\s+)?(?:${DAYS}|today|yesterday|tonight|week|month|year|morning|evening|night|${MONTH_NAMES}(?:\s+\d{1,2})?)`;
/** Heads that make a phrase a plausible speaker even without a capital ("officials", "the ministry", "he"). */
const ROLE =
  /\b(?:officials?|ministry|military|army|government|spokes(?:man|woman|person)|police|authorities|president|minister|governor|administration|analysts|experts|sources?|witnesses|residents|staff|command|forces|troops|media|agency|statements?|he|she|they)\b/i;
const PREPOSITION =
  /^(?:(?:\p{L}+\s+){0,2}(?:after|before)|of|to|ahead|beyond|among|across|through|throughout|against|toward|towards|however|meanwhile|indeed|instead|moreover|furthermore|nonetheless|thus|therefore|but|and|yet|still|also|with|in|on|at|during|after|before|despite|following|amid|as|while|since|for|from|by|under|over|when|last|this|earlier|later|about|around|if|once|because|although|though|unless|until)\b/iu;
const LEADING_TIME = new RegExp(`^${TIME}\\s+`, 'i');
/** A time that is a whole segment before the speaker: "Today, both the PGA Tour and Woods's agent flatly deny …"
 *  (FNC-1 bodies: read as the party "Today"). Not a month alone: "May, the spokeswoman, said" names Theresa May. */
const LONE_TIME = new RegExp(
  String.raw`^(?:(?:on|in|during|last|this|earlier|late)\s+)*(?:${DAYS}|today|yesterday|tonight|week|month|year|morning|evening|night)$`,
  'i',
);
const TRAILING_ADVERBS =
  /\s+(?:has|have|had|was|were|is|are|also|again|firmly|later|repeatedly|previously|officially|publicly|reportedly|has also|had also|first|recently|earlier|initially|originally|subsequently|then|once|still|long|always|further|at the time|(?:continues?|continued|went on|goes on|keeps on) to)$/i;
/** A time after the speaker, before the verb: "President Donald Trump on Friday [said]", "The New Haven Register on
 *  July 20 [reported]" (BASIL parties). */
const TRAILING_TIME = new RegExp(
  `\\s+(?:${TIME}|on\\s+(?:several|many|numerous|multiple|repeated|two|three|other)\\s+occasions)$`,
  'i',
);

export function verbKind(word: string): CueKind | null {
  const s = word.replace(/[.’']+$/, '').toLowerCase();
  if (DENY_VERBS.has(s)) return 'deny';
  if (CONTEST_VERBS.has(s)) return 'contest';
  if (SAY_VERBS.has(s)) return 'say';
  return null;
}

/** Words that make a phrase a clause rather than a speaker: auxiliaries, modals, negators, verbs of saying. BASIL
 *  (long political articles) gave "he wasn't sure his friend Trump would be either" (from "…, said he wasn't sure …")
 *  and "The whole question is whether they should or not" (a quote before "he told") as parties. Lower-case only: "May"
 *  and "Will" are names. */
const CLAUSE_WORD =
  /(?:^|\s)(?:is|are|was|were|be|been|being|do|does|did|has|have|had|will|would|can|could|should|may|might|must|shall|not|never|\p{L}+n['’]t|said|says|told|tells|claimed|claims)(?=\s|$)/u;
const PRONOUN_START = /^(?:he|she|they|it|we|i|you|this|that|there)(?:['’]\p{L}+)?\s/iu;
/** A phrase ending in a subject pronoun has its speaker there: "the millions of dollars she [said]", "a women’s march on
 *  Saturday that they [said could draw …]" (BASIL); the pronoun is resolved to the last named speaker later. */
const PRONOUN_END = /(?:^|\s)(he|she|they|we)$/i;
/** A closing quote (after a word, before a space): the speaker follows it ("“…,” Mr. Perry says in the ad"). */
export const CLOSING_QUOTE = /(?<=\S)["”](?=\s)/g;

/** A verb inside the phrase, after an adverb of sequence or among common verbs that are never part of a name: "The FBI
 *  agent also read from a priesthood record", "Kim needs about 100 days to recuperate", "Investigators found 28 bodies
 *  there", "The gunmen then ran to the Parliament building" (FNC-1, ECB+ bodies) are clauses, not speakers. */
const CLAUSE_VERB =
  /\s(?:also|then|reportedly|still|just)\s+\p{Ll}|\s(?:read|ran|got|went|came|found|took|made|gave|needs|notes|comes|goes|wants|gets|makes|takes|gives|finds|provided)\s(?!by\b)/u;

function isClause(p: string): boolean {
  // A second verb of saying or denying inside the phrase: "Democrats rejected the offer before Trump even [announced]".
  return (
    CLAUSE_WORD.test(p) ||
    PRONOUN_START.test(p) ||
    CLAUSE_VERB.test(p) ||
    p.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && verbKind(w) !== null)
  );
}

/** A main clause closed by "as", "after" or "when" before the speaker ("The announcement came days after Trump"). */
const EVENT_THEN_SPEAKER =
  /^.*?\b(?:came|comes|began|begins|followed|gave\s+the\s+\p{L}+)\b.*?\b(?:as|after|when|while|before|once)\s+(?=\S)/iu;

/** Clean a speaker phrase: keep the comma segment that names someone, drop leading time phrases and auxiliaries. */
export function cleanParty(raw: string): string | null {
  // Quoted speech before the speaker is what was said, not who said it.
  let close = -1;
  for (const m of raw.matchAll(CLOSING_QUOTE)) close = m.index + 1;
  if (close >= 0) raw = raw.slice(close);
  // A tokenised capture's closing quote, two apostrophes, is no part of the name ("… , '' Brees said", ECB+).
  raw = raw.replace(/^\s*['’]{1,2}\s+/, '');
  // Nor is an unclosed quote ("Romney released a statement late Tuesday saying: \"As I [said]"), and a dateline or an
  // update note before a dash is no part of the speaker ("WASHINGTON -- The nation's leading advocate …", BASIL).
  if (/["“”]/.test(raw)) return null;
  raw = raw.replace(/^.*\s(?:--|—|–)\s+/, '');
  // Nor is an update note before a colon ("[UPDATE: ESPN publicist Josh Krulewitz said", "Update: Taugan Tan Kadalim").
  raw = raw.replace(/^\s*\[?\s*(?:update|updated|editor['’]s\s+note|correction)\b(?:\d{1,2}:\d{2}|[^:]){0,40}:\s*/i, '');
  const end = PRONOUN_END.exec(raw.trim());
  if (end) return end[1]!;
  const segs = raw
    .split(',')
    .map((s) => s.trim().replace(LEADING_TIME, ''))
    .filter((s) => s && !LONE_TIME.test(s));
  // Skip adverbial segments: "In a statement on Saturday, …", "Addressing them, Putin said".
  // "Asked about the appeal, …" and "Reached for comment by <outlet>, …" are participles too (FNC-1, BASIL).
  let seg = segs.find((s) => !PREPOSITION.test(s) && !/^\p{L}+ing\b/iu.test(s) && !PARTICIPLE.test(s)) ?? null;
  if (!seg) return null;
  // A name just before the verb is the speaker when what opens the sentence is no name: "The issues raised by
  // Michael Brown's death, Holder said, have simmered …" (FNC-1); "Mr. Lenz, the mayor, said" keeps Mr. Lenz.
  // Not a place that goes on from the segment before ("Ryan Roche of Lehi, Utah, said", "of Concord, NH"), nor a
  // party tag ("Sen. Ana Vel, R-Ky., said").
  const last = segs[segs.length - 1]!;
  const before = segs[segs.length - 2] ?? '';
  const place =
    /\b(?:of|in|from|at|near)\s+\p{Lu}[\p{L}'’.-]*$/u.test(before) ||
    /^\p{Lu}{2}$|^\p{Lu}\p{Ll}{1,4}\.$|^[DRI]-\p{Lu}|['’]m$/u.test(last);
  if (last !== seg && PROPER_NAME.test(last) && !PROPER_NAME.test(seg) && !place) seg = last;
  // "Sestak ultimately rejected": an -ly adverb before the verb is not part of the speaker.
  // "The Wall Street Journal first [reported]", "Just hours before the White House meeting, …" (BASIL).
  let p = seg
    .replace(TRAILING_ADVERBS, '')
    .replace(TRAILING_ADVERBS, '')
    .replace(/\s+\p{Ll}+ly$/u, '')
    .replace(TRAILING_TIME, '')
    .trim();
  p = p.replace(/^(?:and|but|so|then)\s+/i, '');
  // "The announcement came just eleven days after Trump [said]", "News of ISIS' gains came as the Pentagon [said]":
  // a main clause closed by "as", "after" or "when" leaves the speaker after it (BASIL, FNC-1).
  p = p.replace(EVENT_THEN_SPEAKER, '');
  p = cutRelative(p);
  const n = p.split(/\s+/).length;
  // A phrase cut off after a conjunction is the first half of a clause ("Trump issued an apology at the time and
  // [described …]", BASIL).
  if (!p || n > 9 || isClause(p) || /\s(?:and|or|but|nor)$/i.test(p)) return null;
  // Nor is one that ends in a function word: "The Wall Street Journal in [September reported]", "Police at [the scene
  // said]", "Thomas posted another photo that [showed]" (ECB+, FNC-1 bodies) are cut off; a name never ends so.
  if (dangling(p)) return null;
  if (!/\p{Lu}/u.test(p) && !ROLE.test(p)) return null;
  if (/^(?:there|here|then|now|so|thus)$/i.test(p)) return null;
  return p;
}

/** A name, with a title at most: "Holder", "Mr. Lenz", "Ana Vel". */
const PROPER_NAME = new RegExp(String.raw`^(?:${HONORIFIC}\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$`, 'u');
const PARTICIPLE =
  /^(?:asked|reached|contacted|pressed|questioned|interviewed|approached|told|informed|rushed|taken|flown|brought)\s+(?:about|for|by|on|if|whether|at|to|in|over|after|why|how|what)\b/i;
const DANGLING_WORD =
  /\s(?:to|of|the|a|an|that|which|in|on|at|for|with|by|from|into|about|than|as|his|her|its|their|our|my|your)$/i;
/** A phrase that ends in a function word, or in a lower-case "who" ("the WHO" is a name), was cut off. */
const dangling = (p: string): boolean => DANGLING_WORD.test(p) || /\s(?:who|whom)$/.test(p);

/** "two officials who were at the meeting" → "two officials"; "an article that said …" → "an article"; a phrase
 *  cut off at the pronoun ("The paper found three other women who [said]", BASIL) loses it too. */
function cutRelative(p: string): string {
  // Lower case only: "the WHO" is the World Health Organization; but in a phrase all in capitals, any case.
  const m = (/\p{Ll}/u.test(p) ? /\s+(?:who|whom|whose|which|that)\s/ : /\s+(?:who|whom|whose|which|that)\s/i).exec(p);
  if (m && m.index > 0) return p.slice(0, m.index);
  // A short phrase cut off at "who" ("A Texas doctor who [said]") is the speaker before it; a longer one is a clause
  // ("The paper found three other women who"), which `dangling` then refuses.
  const end = /\s+(?:who|whom)$/.exec(p);
  return end && p.slice(0, end.index).split(/\s+/).length <= 5 ? p.slice(0, end.index).replace(/\s+[-–—]$/, '') : p;
}

/** What follows "according to" or "citing": a list of names ("Ukraine, the U.S. and South Korea", seed 001) keeps its
 *  commas; an
 *  apposition or a clause after the first comma is dropped (BASIL: "Sen Dick Durbin, D-Ill., the No. 2 Democrat in the
 *  chamber"; "a spokesman for the California secretary of state, and California does not allow write-in candidates").
 *  Null when what is cited is no source ("citing his health and the federal investigation", BASIL). */
export function cleanCited(raw: string): string | null {
  const segs = raw.split(',').map((x) => x.trim());
  const list =
    segs.length > 1 &&
    /(?:^|\s)and\s/.test(segs[segs.length - 1]!) &&
    !segs.some((x) => isClause(x) || x.split(/\s+/).length > 6);
  let p = list ? raw.trim() : segs[0]!;
  p = cutRelative(p);
  // Cut off where the sentence went on ("according to a report published in [the journal …]"): drop the dangling word.
  while (dangling(p)) p = p.replace(/\s+\S+$/, '');
  if (!p) return null;
  if (/^(?:it|its|his|her|their|him|them|this|that)\b/i.test(p) && !ROLE.test(p) && !SOURCE.test(p)) return null;
  return p;
}
/** Documents and data that can be cited as a source ("according to a report by …", "according to entrance polls"). */
const SOURCE =
  /\b(?:report|study|analysis|memo|article|survey|polls?|data|figures|documents?|records|estimates?|census|slides|filing|indictment|release|letter|statement|complaint|lawsuit|transcript)\b/i;
