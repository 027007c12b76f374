// Whether a clause carries a denial of its own, and what a denial in the middle of a sentence is about. Two outlets
// that both carry the same denial agree, and a denial of something else is no contest (see status.ts).
import { CONTEST_VERBS, DENY_VERBS, FALSITY, FALSITY_FORMS, NEGATORS } from './lexicon.js';
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
    // "denied a request to turn over documents", "was denied bail": a refusal, which denies no statement (BASIL: Flynn
    // "denied a request" read as a denial of the committee's subpoenas).
    if (REFUSED.has(ws.find((x) => !DETERMINERS.has(x)) ?? '')) return [];
    return proposition(segment).terms;
  }
  return whole;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'any', 'him', 'them', 'us', 'me']);
/** What one denies in the sense of refusing it. */
const REFUSED = new Set(['request', 'requests', 'access', 'entry', 'bail', 'permission', 'permit', 'permits', 'visa', 'visas',
  'asylum', 'application', 'applications', 'petition', 'petitions', 'motion', 'motions', 'service', 'admission', 'passage',
  'parole', 'licence', 'license', 'funding', 'benefits', 'coverage', 'treatment', 'care',
  // Rejecting an offer is a refusal too (BASIL: "Speaker Nancy Pelosi rejected the offer", "Democrats rejected the plan").
  'offer', 'offers', 'proposal', 'proposals', 'plan', 'plans', 'deal', 'deals', 'bill', 'bills', 'invitation', 'nomination',
  'nominee', 'amendment', 'amendments', 'demand', 'demands', 'compromise', 'settlement', 'ultimatum']);
