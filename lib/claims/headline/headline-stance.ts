// Headline stance: the stance cue of a short text on its own (textStance), and whether a headline states a given claim,
// contests it, or only reports that it is being told (headlineStance; Emergent's for / against / observing).
import type { Stance } from '../../types.js';
import { attribute } from '../extract/attribution.js';
import { claimText } from '../extract/claim-text.js';
import { stanceOf } from '../extract/extract.js';
import { ALIVE, DOUBT, DOUBTING, HARM, HOAX_QUESTION, NOT_HAPPENING, ON_WORD, REPORTED, RETRACTION, RUMOUR_DISMISSED, SAFE, SPEAKER_COLON, SPECULATIVE, SPEECH, TRICK } from './headline-cues.js';
import { proposition } from '../extract/proposition.js';

export interface TextStance {
  stance: Stance;
  negated: boolean;
  negatedTerm: string | null;
  /** Every term the negation may bear on (Proposition.negatedTerms). */
  negatedTerms: string[];
  party: string | null;
}

const REBUTTAL = /^\s*(?:no|nope|sorry)\s*[,:!.—-]/i;
/** A bare negative answer to the question before it (a short part: "Probably not", "Of course not!"). */
const ANSWER_NO = /^\s*(?:(?:probably|of course|certainly|definitely|absolutely|almost certainly)\s+)?(?:not|no|nope)\s*[.!]?\s*$/i;
const ADVICE = /^\s*(?:don['’]t|do not|never)\s+\p{L}/iu;
/** A headline that states the story and takes it back at its end ("<actor> Was One Of The <airport> Heroes No He
 *  Wasn't", Emergent train), or wishes it were so ("If Only A Bird Really Did Poop on <leader>", Emergent train):
 *  both say it is not. */
const TAKEN_BACK = /\bno,?\s+(?:he|she|it|they|we|you|i|that)\s+(?:was|is|did|does|will|has|have|are|were|had)n['’]?t\s*[.!]*\s*$|^\s*if\s+only\b/iu;
const QUESTION_END = /\?\s*["”']?$/;
/** A short label before a colon that opens a headline. */
const LABEL = /^[^:?]{1,40}:\s+/;

/** The stance cue of one short text on its own (a headline): the same rules as in extraction, with negation. */
export function textStance(text: string): TextStance {
  // A headline's question asks and its statement tells: "Russian Yeti Or Bigfoot Hoax? New Footage Sparks Debate" does
  // not call the video a hoax, "Fidel Castro Dead? Yes, … Death Rumors Proven False" does deny (Emergent). Judge the
  // stated parts when there are any.
  const parts = text.split(/(?<=\?)\s+/);
  // A question answered "no" denies: "Did Banksy Post This Poignant Tribute To Paris Shooting Victims? Probably Not";
  // so does a statement taken back or wished for (TAKEN_BACK).
  if ((parts.length > 1 && parts.slice(1).some((s) => ANSWER_NO.test(s))) || TAKEN_BACK.test(text)) {
    return { stance: 'denies', negated: true, negatedTerm: null, negatedTerms: [], party: null };
  }
  const stated = parts.filter((s) => !QUESTION_END.test(s.trim())).join(' ');
  const said = withoutReason(stated.trim() ? stated : text);
  const a = attribute(said);
  const ws = said.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const titleCase = ws.length >= 3 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.7;
  // "No, that illustration isn't by Banksy" and "Sorry, KFC isn't going to be selling weed" rebut the story.
  const rest = REBUTTAL.test(said) ? proposition(said.replace(REBUTTAL, '')) : null;
  if (rest?.negated) return { stance: 'denies', negated: true, negatedTerm: rest.negatedTerm, negatedTerms: scopedTerms(said.replace(REBUTTAL, '')), party: a.party };
  // Headlines keep every falsity word: on Emergent's train claims the body rule cost precision and recall (a "fake
  // Banksy account" is the story being debunked).
  const stance = stanceOf(a.kind, a.party, said, titleCase);
  // "Don't Reset All Settings in iOS 8 unless …" advises, its "not" denies nothing; but the advice is only its own
  // clause: "Don't worry, <actor> is not dead" and "Don't cancel your plans, <company>'s not holding an event" go on to
  // negate (Emergent train, two claims).
  if (ADVICE.test(said)) {
    const comma = said.indexOf(',');
    const after = comma < 0 ? null : proposition(said.slice(comma + 1));
    if (!after?.negated) return { stance, negated: false, negatedTerm: null, negatedTerms: [], party: a.party };
    return { stance, negated: true, negatedTerm: after.negatedTerm, negatedTerms: scopedTerms(said.slice(comma + 1)), party: a.party };
  }
  // A label before a colon ("WHO: Isis does not have Ebola", "Tour, agent: <golfer> not banned") names who speaks or
  // what about; the statement after it is what may be negated. Read whole, "WHO" is the relative pronoun and the
  // negation after it a subordinate clause's (Emergent test: read as stating that fighters have Ebola).
  const whole = proposition(claimText({ sentence: said, cue: a.span ?? undefined }));
  const label = whole.negated ? null : LABEL.exec(said);
  const after = label ? proposition(said.slice(label[0].length)) : null;
  const p = after?.negated ? after : whole;
  return { stance, negated: p.negated, negatedTerm: p.negatedTerm, negatedTerms: p.negated ? scopedTerms(said) : [], party: a.party };
}

/** A reason given with "for" and a gerund says why something happened, not whether: "<man> Says <company> Got Him Fired
 *  for Contesting Bogus Charges" neither denies nor brands the story false (Emergent test: read as against). */
const REASON = /\s+for\s+(?:not\s+)?(?!(?:some|no|any|every)?thing\b|morning\b|evening\b)\p{L}{3,}ing\b.*$/iu;
function withoutReason(text: string): string {
  const cut = text.replace(REASON, '');
  return cut.trim() ? cut : text;
}

/** A negation reaches no further than its comma, colon or dash: "<leader> not missing, just having ankle surgery"
 *  negates "missing", not the surgery (Emergent train: read as denying the claimed ankle injury). */
function scopedTerms(text: string): string[] {
  return text.split(/[,;:]|\s[-–—]+\s/).flatMap((seg) => {
    const p = proposition(seg);
    return p.negated ? p.negatedTerms : [];
  });
}

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
  return { terms: new Set([...p.terms, ...p.events.map((e) => `#${e}`)]), negated: p.negated, speech: SPEECH.test(claim),
    doubting: DOUBTING.test(claim), harm: HARM.test(claim) || p.events.some((e) => e === 'kill' || e === 'injure' || e === 'capture'),
    death: p.events.includes('kill') };
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
  return states(s, headline, c) ? { stance: 'for', rules: ['headline.states'] } : { stance: 'observing', rules: ['headline.observes'] };
}
