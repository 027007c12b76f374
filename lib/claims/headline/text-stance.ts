// The stance cue of one short text on its own (a headline): the same rules as in extraction, with negation, and
// with a headline's own forms read first: a question answered "no", a rebuttal ("No, …"), advice, a label before a
// colon, a reason given with "for" (Emergent).
import type { Stance } from '../../types.js';
import { attribute } from '../extract/attribution.js';
import { claimText } from '../extract/claim-text.js';
import { stanceOf } from '../extract/stance.js';
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
const ANSWER_NO =
  /^\s*(?:(?:probably|of course|certainly|definitely|absolutely|almost certainly)\s+)?(?:not|no|nope)\s*[.!]?\s*$/i;
const ADVICE = /^\s*(?:don['’]t|do not|never)\s+\p{L}/iu;
/** A headline that states the story and takes it back at its end ("<actor> Was One Of The <airport> Heroes No He
 *  Wasn't", Emergent train), or wishes it were so ("If Only A Bird Really Did Poop on <leader>", Emergent train):
 *  both say it is not. */
const TAKEN_BACK =
  /\bno,?\s+(?:he|she|it|they|we|you|i|that)\s+(?:was|is|did|does|will|has|have|are|were|had)n['’]?t\s*[.!]*\s*$|^\s*if\s+only\b/iu;
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
  if (rest?.negated)
    return {
      stance: 'denies',
      negated: true,
      negatedTerm: rest.negatedTerm,
      negatedTerms: scopedTerms(said.replace(REBUTTAL, '')),
      party: a.party,
    };
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
    return {
      stance,
      negated: true,
      negatedTerm: after.negatedTerm,
      negatedTerms: scopedTerms(said.slice(comma + 1)),
      party: a.party,
    };
  }
  // A label before a colon ("WHO: Isis does not have Ebola", "Tour, agent: <golfer> not banned") names who speaks or
  // what about; the statement after it is what may be negated. Read whole, "WHO" is the relative pronoun and the
  // negation after it a subordinate clause's (Emergent test: read as stating that fighters have Ebola).
  const whole = proposition(claimText({ sentence: said, cue: a.span ?? undefined }));
  const label = whole.negated ? null : LABEL.exec(said);
  const after = label ? proposition(said.slice(label[0].length)) : null;
  const p = after?.negated ? after : whole;
  return {
    stance,
    negated: p.negated,
    negatedTerm: p.negatedTerm,
    negatedTerms: p.negated ? scopedTerms(said) : [],
    party: a.party,
  };
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
