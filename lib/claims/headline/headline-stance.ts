// Headline stance: the stance cue of a short text on its own (textStance), and whether a headline states a given claim,
// contests it, or only reports that it is being told (headlineStance; Emergent's for / against / observing).
import { textStance, type TextStance } from './text-stance.js';
import {
  ALIVE,
  DOUBT,
  DOUBTING,
  HARM,
  HOAX_QUESTION,
  NOT_HAPPENING,
  ON_WORD,
  REPORTED,
  RETRACTION,
  RUMOUR_DISMISSED,
  SAFE,
  SPEAKER_COLON,
  SPECULATIVE,
  SPEECH,
  TRICK,
} from './headline-cues.js';
import { proposition } from '../extract/proposition.js';

// The stance model's rule features (lib/stance/rule-features.ts) read a text's stance through this module.
export { textStance, type TextStance } from './text-stance.js';

/** What a headline is compared with: the claim's terms (event classes as "#class"), and whether it is itself negated. */
export interface ClaimCues {
  terms: Set<string>;
  negated: boolean;
  /** The claim is itself about what someone said ("A cleric declared that …"): "<cleric> claims …" then states it. */
  speech: boolean;
  /** The claim itself doubts something ("… a report that questions the official version"): a headline's doubt echoes
   *  it rather than contests it (Emergent train: "Doubts raised over authenticity of <footage>", labelled for). */
  doubting: boolean;
  /** The claim says someone or something was taken, killed, hurt or lost: "<them> is safe" then contests it. */
  harm: boolean;
  /** The claim says someone died: "<them> is alive" then contests it. */
  death: boolean;
}

export type HeadlineStance = 'for' | 'against' | 'observing';

export function claimCues(claim: string): ClaimCues {
  const p = proposition(claim);
  return {
    terms: new Set([...p.terms, ...p.events.map((e) => `#${e}`)]),
    negated: p.negated,
    speech: SPEECH.test(claim),
    doubting: DOUBTING.test(claim),
    harm: HARM.test(claim) || p.events.some((e) => e === 'kill' || e === 'injure' || e === 'capture'),
    death: p.events.includes('kill'),
  };
}

/** A headline contests the claim when it denies, debunks or doubts it, or, unhedged, negates one of the claim's own
 *  terms ("Banksy wasn't arrested" against "Banksy was arrested"; "burger hasn't aged" negates nothing the claim says). */
export function contests(s: TextStance, c: ClaimCues, headline: string): boolean {
  return contestRule(s, c, headline) !== null;
}

/** The id of the rule by which the headline contests the claim (rules.ts), or null. */
export function contestRule(s: TextStance, c: ClaimCues, headline: string): string | null {
  if (s.stance === 'denies') return 'headline.denies';
  if (RETRACTION.test(headline) || RUMOUR_DISMISSED.test(headline)) return 'headline.retraction';
  if ((c.harm && SAFE.test(headline)) || (c.death && ALIVE.test(headline))) return 'headline.safe-or-alive';
  if (!c.doubting && (DOUBT.test(headline) || HOAX_QUESTION.test(headline) || TRICK.test(headline))) return 'headline.doubt';
  if (s.stance === 'hedges' || c.negated) return null;
  if (NOT_HAPPENING.test(headline)) return 'headline.not-happening';
  if (negatesClaimTerm(s, c)) return 'headline.negates-claim-term';
  return c.speech && s.negated && s.negatedTerms.some((t) => SPEECH_ACT.test(t)) ? 'headline.negates-saying' : null;
}

/** Stems of nouns and verbs for saying something that are terms (the say-verbs of SAY_VERBS are not): a claim that someone said something is contested by a headline that
 *  negates the saying in other words ("<pope> turns out not to have made <pets in heaven> comment" against "<pope>
 *  told a boy … that Paradise is open to all", Emergent train). */
const SPEECH_ACT = /^(?:comment|remark|statement|quot|say|tell|tweet|post)/;

/** The text's negation bears on one of the claim's own terms. */
export function negatesClaimTerm(s: TextStance, c: ClaimCues): boolean {
  return s.negated && ((!!s.negatedTerm && c.terms.has(s.negatedTerm)) || s.negatedTerms.some((t) => c.terms.has(t)));
}

/** A headline is "for" the claim when it states it, plainly or on someone's word: not as a question (anywhere in it:
 *  "Is this the world's oldest burger? Man claims …"), a hedge, a report of a rumour or a forecast. A claim that is
 *  itself about what someone said is stated by "<speaker> claims …" and "<speaker> says …". */
function states(s: TextStance, headline: string, c: ClaimCues): boolean {
  if (s.stance !== 'asserts' && s.stance !== 'attributes') return false;
  if (headline.includes('?') || SPECULATIVE.test(headline)) return false;
  return c.speech || !(REPORTED.test(headline) || SPEAKER_COLON.test(headline) || ON_WORD.test(headline));
}

/** The headline's stance toward the claim (claim text or its cues, which a caller scoring many headlines keeps). */
export function headlineStance(claim: string | ClaimCues, headline: string): HeadlineStance {
  return headlineStanceWhy(claim, headline).stance;
}

/** The headline's stance with the ids of the rules that decided it (rules.ts). */
export function headlineStanceWhy(claim: string | ClaimCues, headline: string): { stance: HeadlineStance; rules: string[] } {
  const c = typeof claim === 'string' ? claimCues(claim) : claim;
  const s = textStance(headline);
  const against = contestRule(s, c, headline);
  if (against) return { stance: 'against', rules: [against] };
  return states(s, headline, c)
    ? { stance: 'for', rules: ['headline.states'] }
    : { stance: 'observing', rules: ['headline.observes'] };
}
