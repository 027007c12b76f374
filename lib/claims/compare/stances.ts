// Each clause's effective stance within its group: a negated clause in a group that mostly affirms counts as a denial
// (and a plain one in a group that mostly negates), and a denial that states nothing another outlet carries counts as
// no denial at all. status.ts sides the outlets by these stances.
import type { Stance } from '../../types.js';
import type { Item } from './align.js';
import type { Source } from './status.js';
import { claimText } from '../extract/claim-text.js';
import { carriesDenial, deniedPart, denialScopeTerms, negationSubject } from '../extract/polarity.js';
import { proposition } from '../extract/proposition.js';

/** How much of another outlet's clause a denial's scope must state to contest it (Dice over terms): the seed's
 *  "refuted claims that their forces had been pushed out" meets "have completely recaptured the region" at 0.29; a
 *  vote to depose Liz Cheney "for her rebuttals to Trump's false claims …" meets the plain report of the vote at 0.15
 *  (AllSides). */
const DENIAL_OVERLAP = 0.25;

/** Steps of a prosecution, as reported: what happened to the accused, which the accused's denial leaves standing. */
const PROSECUTION =
  /\b(?:charged|indicted|convicted|found\s+(?:[\w'’-]+\s+){0,6}?guilty|sentenced|arrested|pleaded\s+guilty|pleads\s+guilty|on\s+suspicion\s+of)\b/i;

export interface Stances {
  /** Effective stance per item. */
  stances: Map<Item, Stance>;
  /** The comparison rule that made an item a denial (rules.ts). */
  denialRule: Map<Item, string>;
}

/** The clause negates, inside a quotation or not (proposition leaves a quotation's negation to its speaker). */
function negatedQuotedOrNot(it: Item): boolean {
  return it.claim.negated || proposition(claimText(it.claim).replace(/["“”]/g, ' ')).negated;
}

/** A clause that negates one of the terms the others affirm ("the bridge was not destroyed") denies the group. */
function flipNegations(items: Item[], affirming: Item[], out: Stances): void {
  const negatedShare = affirming.filter((i) => i.claim.negated).length / (affirming.length || 1);
  // Read once per clause: the loop below asks it of every other outlet's clause for each negated one.
  const quotedNegation = new Map<Item, boolean>();
  const negatesAnyway = (o: Item): boolean => {
    let v = quotedNegation.get(o);
    if (v === undefined) quotedNegation.set(o, (v = negatedQuotedOrNot(o)));
    return v;
  };
  const termsOf = (i: Item): string[] => [...i.prop.terms, ...i.prop.events.map((e) => `#${e}`)];
  // What the negated clauses of a mostly negated group negate ("No-one was injured" → "#injure").
  const majorityNegated = new Set(
    affirming
      .filter((i) => i.claim.negated)
      .map((i) => i.prop.negatedTerm)
      .filter((t): t is string => !!t),
  );
  // The negated term must be what the others affirm, not a word one of them happens to share (FNC-1 bodies), and
  // said of the same subject: "DiLeo has never been an NBA coach" denies nothing of "Cheeks is the fifth NBA coach
  // to be fired" (ECB+).
  // An affirmer must not make the negation itself: a quotation's "not" is not the outlet's (proposition), yet an
  // outlet quoting "They are not Muslims, they have hijacked Islam" says what another says unquoted (FNC-1 bodies).
  // Read only for a negated clause of a mostly affirming group (most groups are one clause, most clauses plain).
  const sharesNegated = (it: Item): boolean => {
    const t = it.prop.negatedTerm;
    const affirmers = t
      ? items.filter((o) => o.art !== it.art && !o.claim.negated && termsOf(o).includes(t) && !negatesAnyway(o))
      : [];
    const subject = affirmers.length >= 2 ? negationSubject(claimText(it.claim)) : [];
    return affirmers.length >= 2 && (subject.length === 0 || affirmers.some((o) => subject.some((w) => termsOf(o).includes(w))));
  };
  for (const it of items) {
    // In a mostly negated group a plain clause denies it only when it affirms what the others negate: a police
    // statement that a fire is "being treated as potentially suspicious" does not deny "No-one was injured" (ECB+).
    const flipped =
      it.claim.stance !== 'denies' &&
      (it.claim.negated
        ? negatedShare <= 0.5 && sharesNegated(it)
        : negatedShare > 0.5 && !negatesAnyway(it) && termsOf(it).some((x) => majorityNegated.has(x)));
    out.stances.set(it, flipped ? 'denies' : it.claim.stance);
    if (flipped) out.denialRule.set(it, it.claim.negated ? 'deny.negates-affirmed-term' : 'deny.affirms-what-others-negate');
  }
}

/** Whether outlet clause `o` states what a denial (its scope terms, its subject, its text) denies. */
const stated =
  (scope: Set<string> | null, subject: readonly string[], denial: string) =>
  (o: Item): boolean => {
    const text = claimText(o.claim);
    if (carriesDenial(text)) return false;
    // A step of a prosecution reported ("charged with arson", "found guilty of murder") is not what the accused denies
    // ("has denied arson", "pleaded not guilty"): both are true (ECB+), unless the denial is of that step itself.
    if (PROSECUTION.test(text) && !PROSECUTION.test(denial)) return false;
    // A negation is said of its subject: "Ross is not signed for a sequel" states nothing against "the three leads are
    // signed on to appear in the sequel" (ECB+).
    if (subject.length && !subject.some((t) => o.prop.terms.includes(t))) return false;
    if (!scope) return true;
    const shared = o.prop.terms.filter((t) => scope.has(t)).length;
    return shared >= 2 && (2 * shared) / (scope.size + o.prop.terms.length) >= DENIAL_OVERLAP;
  };

/** The terms a denial bears on: the part of the claim it refers back to, what its negation reaches, or its own. */
function denialScope(it: Item, items: Item[]): Set<string> | null {
  const target = it.claim.contests === undefined ? undefined : items.find((o) => o.art === it.art && o.idx === it.claim.contests);
  // A negated clause denies what its negation bears on ("residents … did not see anything shoot across the sky"
  // denies the sighting, not the loud boom they heard; FNC-1 bodies).
  const negatedScope = it.claim.stance !== 'denies' && it.prop.negatedTerms.length ? it.prop.negatedTerms : null;
  if (target) return new Set(deniedPart(claimText(target.claim), target.prop.terms));
  if (negatedScope) return new Set(negatedScope);
  return it.claim.contests === undefined ? new Set(denialScopeTerms(claimText(it.claim), it.prop.terms)) : null;
}

/** A denial contests the group only when some other outlet's affirming clause states what it denies without
 *  denying it too. Two outlets reporting one denial agree: an outlet whose clause carries a denial as well (a negator,
 *  a denial verb, a falsity word, quoted or not) is on the same side (BASIL: one outlet quotes "AARP has not changed
 *  its position", another reports the CEO "refuting" the story; AllSides: two outlets tell of Liz Cheney's "rebuttals
 *  to Trump's false claims", a third reports the vote plainly). And a denial inside a sentence about something else
 *  denies what follows it: an outlet's clause must share two terms and a Dice overlap of DENIAL_OVERLAP with that
 *  (BASIL: "Fifteen of the 19 hijackers were Saudi citizens, but the Saudi government denies any role in the attacks"
 *  is no denial of "15 of the 19 hijackers were Saudi nationals"). A bare denial that refers back denies the claim it
 *  refers to, whose words are compared (BASIL: a prosecutor "categorically rejected that notion", that he could not
 *  be impartial, in a loose group on the Attorney General's visit; see deniedPart). */
function dropUnstatedDenials(items: Item[], sources: Source[], { stances }: Stances): void {
  for (const it of items) {
    if (stances.get(it) !== 'denies' || it.claim.counter) continue;
    const others = items.filter((o) => sources[o.art]!.key !== sources[it.art]!.key && stances.get(o) !== 'denies');
    const subject = it.claim.stance === 'denies' ? [] : negationSubject(claimText(it.claim));
    if (others.length > 0 && !others.some(stated(denialScope(it, items), subject, claimText(it.claim))))
      stances.set(it, it.claim.party ? 'attributes' : 'asserts');
  }
}

/** The effective stances of a group's items (`affirming`: those not denying by their own words). */
export function effectiveStances(items: Item[], affirming: Item[], sources: Source[]): Stances {
  const out: Stances = { stances: new Map(), denialRule: new Map() };
  flipNegations(items, affirming, out);
  dropUnstatedDenials(items, sources, out);
  return out;
}
