// Whether a clause carries a denial of its own, and what a denial in the middle of a sentence is about. Two outlets
// that both carry the same denial agree, and a denial of something else is no contest (see status.ts).
import { CONTEST_VERBS, DENY_VERBS, FALSITY, FALSITY_ADJECTIVES, FALSITY_FORMS, NEGATORS } from '../lexicon/index.js';
import { memoByText } from './memo.js';
import { proposition } from './proposition.js';
import { withholds } from './refusal.js';
import { cachedStem, fastWords } from './words.js';

/** A falsity word ("hoax", "false"), by its stem (`stemmed`, when the caller has it) or as written ("doctored"). */
export function isFalsityWord(w: string, stemmed?: string): boolean {
  return FALSITY_FORMS.has(w) || FALSITY.has(stemmed ?? cachedStem(w));
}

const deniesWord = (w: string): boolean => DENY_VERBS.has(w) || isFalsityWord(w);

/** A negator, any "n't" form too (`w` lower-cased, apostrophes straight, as fastWords gives them). */
export function isNegator(w: string): boolean {
  return NEGATORS.has(w) || w.endsWith("n't");
}

/** A word that denies or negates: a negator, a denial verb or a falsity word. */
export function isDenialWord(w: string, stemmed?: string): boolean {
  return isNegator(w) || DENY_VERBS.has(w) || isFalsityWord(w, stemmed);
}

/** Retreats from or contradictions of a statement that are no denial verb: "walked back their reporting" beside
 *  "retracting earlier reporting" (AllSides), "content that contradicts the scientific consensus" beside "content
 *  that denies" it. */
const CONTRADICTS = /\b(?:contradict(?:s|ed|ing)?|walk(?:s|ed|ing)? back|backtrack(?:s|ed|ing)?)\b/i;

/** A negator, a denial verb or a falsity word anywhere in the clause, quoted or not. Asked of every other outlet's
 *  clause for each denial of a group (stances.ts), so read once per clause (memo.ts). */
export const carriesDenial = memoByText(
  (text: string): boolean => CONTRADICTS.test(text) || fastWords(text).some((w) => CONTEST_VERBS.has(w) || isDenialWord(w)),
);

/** What a denial inside a clause denies: the words after its first denial word up to the next clause break ("…, but
 *  the Saudi government denies any role in the attacks and …" denies a role, not the hijackers' nationality; "making
 *  false statements to the committee" brands statements false, not the committee's investigation). When too little
 *  follows ("Reports that X happened are false"), or the clause has no denial word (the cue "Kyiv denied" was taken
 *  out), the whole clause is what it denies: `whole`, the clause's own terms (its proposition's). */
export function denialScopeTerms(text: string, whole: readonly string[]): readonly string[] {
  for (const w of text.matchAll(/[\p{L}'’]+/gu)) {
    if (!deniesWord(w[0].toLowerCase())) continue;
    const rest = text.slice(w.index + w[0].length);
    // The denied words end at a clause break, or where the circumstances begin: "has denied arson following a fire
    // at a Somerset supermarket" denies the arson, not the fire another outlet reports (ECB+).
    const end = rest.search(DENIED_END);
    const segment = end < 0 ? rest : rest.slice(0, end);
    const ws = fastWords(segment);
    if (ws.length <= 2) {
      // A trailing verdict brands what precedes it in its clause (BASIL: "…, she told her questioners that accusations
      // that she had misled Congress in previous testimony were false" denies the accusations, not her testimony).
      // A verb's short object is what it denies ("…, feigning mental illness, died Monday", ECB+); an adjective's noun
      // is not ("The bogus report read: …" brands what the report says, FNC-1).
      const before = text.slice(0, w.index);
      const own = proposition(segment).terms;
      if (!VERDICT.test(before) && !FALSITY_ADJECTIVES.has(w[0].toLowerCase()) && own.length > 0) return own;
      const terms = proposition(before.slice(before.search(/[^,;:]*$/))).terms;
      return terms.length >= 2 ? terms : whole;
    }
    // "denied a request to turn over documents", "was denied bail", "could deny communion to …": a refusal, which
    // denies no statement (BASIL: Flynn "denied a request" read as a denial of the committee's subpoenas).
    if (withholds(w[0].toLowerCase(), ws, fastWords(text.slice(Math.max(0, w.index - 20), w.index)).at(-1), true)) return [];
    return proposition(segment).terms;
  }
  // The denial is the attribution's ("A man has denied | arson following a fire …"): what it denies ends where the
  // circumstances begin, as above.
  const circumstance = text.search(CIRCUMSTANCE);
  if (circumstance > 0) {
    const own = proposition(text.slice(0, circumstance)).terms;
    if (own.length > 0) return own;
  }
  return whole;
}
/** Words after which a denial's circumstances begin ("… following a fire at …"). */
const CIRCUMSTANCE_WORDS = 'following|after|amid|during';
const CIRCUMSTANCE = new RegExp(`\\s(?:${CIRCUMSTANCE_WORDS})\\s`);
/** A copula before the falsity word makes it a verdict on what precedes: "… were false", "… is a hoax". */
const VERDICT = /\b(?:is|are|was|were|be|been|being|remains?)\s+(?:\p{L}+\s+)?$/iu;
/** Where the words a denial denies end: a clause break or its circumstances. */
const DENIED_END = new RegExp(`[,;:]|\\s(?:and|but|while|whereas|${CIRCUMSTANCE_WORDS})\\s|[.!?](?:\\s|$)`);

/** The terms said before a clause's first negator, back to the last clause break: the subject of what it negates
 *  ("Unlike stars Lawrence and Hemsworth, Ross is not signed" → "ross"); empty when the clause opens with it ("No-one
 *  was injured"). */
export function negationSubject(text: string): readonly string[] {
  for (const w of text.matchAll(/[\p{L}'’-]+/gu)) {
    if (!isNegator(w[0].toLowerCase().replace(/’/g, "'"))) continue;
    const before = text.slice(0, w.index);
    return proposition(before.slice(before.search(/[^,;:]*$/))).terms;
  }
  return [];
}

/** What a denial of a whole claim denies: its conclusion, not the reason given for it. "They argued that he could not
 *  be impartial because his father, a police officer, was shot and killed …", then "McCulloch categorically rejected
 *  that notion" (BASIL): he rejects that he could not be impartial, not that his father was killed. `whole`: the
 *  claim's terms, kept when no reason clause follows. */
export function deniedPart(text: string, whole: readonly string[]): readonly string[] {
  const reason = text.search(/\s(?:because|since|given that|as a result of|due to)\s/i);
  return reason < 0 ? whole : proposition(text.slice(0, reason)).terms;
}
