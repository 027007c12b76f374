// Whether a clause carries a denial of its own, and what a denial in the middle of a sentence is about. Two outlets
// that both carry the same denial agree, and a denial of something else is no contest (see status.ts).
import { CLAIM_NOUNS, CONTEST_VERBS, DENY_VERBS, FALSITY, FALSITY_FORMS, NEGATORS } from './lexicon.js';
import { cachedStem, fastWords, proposition } from './proposition.js';

/** A falsity word ("hoax", "false"), by its stem (`stemmed`, when the caller has it) or as written ("doctored"). */
export function isFalsityWord(w: string, stemmed?: string): boolean {
  return FALSITY_FORMS.has(w) || FALSITY.has(stemmed ?? cachedStem(w));
}

const deniesWord = (w: string): boolean => DENY_VERBS.has(w) || isFalsityWord(w);

/** A word that denies or negates: a negator (any "n't" form too), a denial verb or a falsity word. */
export function isDenialWord(w: string, stemmed?: string): boolean {
  return NEGATORS.has(w) || w.endsWith("n't") || DENY_VERBS.has(w) || isFalsityWord(w, stemmed);
}

/** Retreats from or contradictions of a statement that are no denial verb: "walked back their reporting" beside
 *  "retracting earlier reporting" (AllSides), "content that contradicts the scientific consensus" beside "content
 *  that denies" it. */
const CONTRADICTS = /\b(?:contradict(?:s|ed|ing)?|walk(?:s|ed|ing)? back|backtrack(?:s|ed|ing)?)\b/i;

/** A negator, a denial verb or a falsity word anywhere in the clause, quoted or not. */
export function carriesDenial(text: string): boolean {
  return CONTRADICTS.test(text) || fastWords(text).some((w) => CONTEST_VERBS.has(w) || isDenialWord(w));
}

/** What a denial inside a clause denies: the words after its first denial word up to the next clause break ("…, but
 *  the Saudi government denies any role in the attacks and …" denies a role, not the hijackers' nationality; "making
 *  false statements to the committee" brands statements false, not the committee's investigation). When too little
 *  follows ("Reports that X happened are false"), or the clause has no denial word (the cue "Kyiv denied" was taken
 *  out), the whole clause is what it denies: `whole`, the clause's own terms (its proposition's). */
export function denialScopeTerms(text: string, whole: readonly string[]): readonly string[] {
  for (const w of text.matchAll(/[\p{L}'’]+/gu)) {
    if (!deniesWord(w[0].toLowerCase())) continue;
    const rest = text.slice(w.index + w[0].length);
    const end = rest.search(/[,;:]|\s(?:and|but|while|whereas)\s|[.!?](?:\s|$)/);
    const segment = end < 0 ? rest : rest.slice(0, end);
    const ws = fastWords(segment);
    if (ws.length <= 2) {
      // A trailing verdict brands what precedes it in its clause (BASIL: "…, she told her questioners that accusations
      // that she had misled Congress in previous testimony were false" denies the accusations, not her testimony).
      const before = text.slice(0, w.index);
      const terms = proposition(before.slice(before.search(/[^,;:]*$/))).terms;
      return terms.length >= 2 ? terms : whole;
    }
    // "denied a request to turn over documents", "was denied bail", "could deny communion to …": a refusal, which
    // denies no statement (BASIL: Flynn "denied a request" read as a denial of the committee's subpoenas).
    if (withholds(w[0].toLowerCase(), ws, fastWords(text.slice(Math.max(0, w.index - 20), w.index)).at(-1), true)) return [];
    return proposition(segment).terms;
  }
  return whole;
}

/** Whether a denial word (`word`, after the word `prev` and followed by the words `after`) refuses or withholds
 *  something rather than denies a statement. With `refusals`, a refused object ("denied bail", "rejected the offer");
 *  those words are as often denied to exist ("North Korea denies plans to open a restaurant", Emergent), so only the
 *  status rules, which compare what the denial bears on, read them so. Always: a thing a rule or plan could deny to
 *  someone ("a plan that could deny communion to public figures who support abortion rights", AllSides: read as the
 *  bishops denying the other outlets' report of their vote). The modal tells it from "Boko Haram denies truce to
 *  release kidnapped schoolgirls" (Emergent: a denial); a claim noun is denied, whoever it is denied to. */
export function withholds(word: string, after: readonly string[], prev: string | undefined, refusals: boolean): boolean {
  let j = 0;
  while (j < after.length && DETERMINERS.has(after[j]!)) j++;
  const object = after[j];
  if (!object) return false;
  if (refusals && REFUSED.has(object)) return true;
  if (!DENY_FORMS.has(word) || !MODALS.has(prev ?? '') || object === 'that' || object === 'it' || CLAIM_NOUNS.has(cachedStem(object))) return false;
  // "deny <thing> to <someone>": "to" within three words, and not an infinitive ("would deny it to be true").
  const to = after.slice(j + 1, j + 4).indexOf('to');
  return to >= 0 && !INFINITIVE.has(after[j + 2 + to] ?? '');
}

const MODALS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'to', 'should', 'must']);
/** What a denial of a whole claim denies: its conclusion, not the reason given for it. "They argued that he could not
 *  be impartial because his father, a police officer, was shot and killed …", then "McCulloch categorically rejected
 *  that notion" (BASIL): he rejects that he could not be impartial, not that his father was killed. `whole`: the
 *  claim's terms, kept when no reason clause follows. */
export function deniedPart(text: string, whole: readonly string[]): readonly string[] {
  const reason = text.search(/\s(?:because|since|given that|as a result of|due to)\s/i);
  return reason < 0 ? whole : proposition(text.slice(0, reason)).terms;
}

const DENY_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);
const INFINITIVE = new Set(['be', 'have', 'know', 'say', 'make', 'take']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'any', 'him', 'them', 'us', 'me']);
/** What one denies in the sense of refusing it. */
const REFUSED = new Set(['request', 'requests', 'access', 'entry', 'bail', 'permission', 'permit', 'permits', 'visa', 'visas',
  'asylum', 'application', 'applications', 'petition', 'petitions', 'motion', 'motions', 'service', 'admission', 'passage',
  'parole', 'licence', 'license', 'funding', 'benefits', 'coverage', 'treatment', 'care',
  // Rejecting an offer is a refusal too (BASIL: "Speaker Nancy Pelosi rejected the offer", "Democrats rejected the plan").
  'offer', 'offers', 'proposal', 'proposals', 'plan', 'plans', 'deal', 'deals', 'bill', 'bills', 'invitation', 'nomination',
  'nominee', 'amendment', 'amendments', 'demand', 'demands', 'compromise', 'settlement', 'ultimatum']);
