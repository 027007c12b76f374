// Status of one group of aligned claims: disputed (asserted or attributed by some, denied or contested by others),
// corroborated (independent outlets, copies collapsed into their original), or single-source (one outlet, or one
// party's word); with the outlets on each side and the parties behind them.
import type { ClaimStatus, Stance } from '../../types.js';
import type { Item } from './align.js';
import { claimText } from '../extract/claim-text.js';
import { carriesDenial, deniedPart, denialScopeTerms, negationSubject } from '../extract/polarity.js';
import { proposition } from '../extract/proposition.js';

/** How much of another outlet's clause a denial's scope must state to contest it (Dice over terms): the seed's
 *  "refuted claims that their forces had been pushed out" meets "have completely recaptured the region" at 0.29; a
 *  vote to depose Liz Cheney "for her rebuttals to Trump's false claims …" meets the plain report of the vote at 0.15
 *  (AllSides). */
const DENIAL_OVERLAP = 0.25;

export interface Source {
  /** Display name ("Russia Today", "unknown outlet"). */
  outlet: string;
  /** Independence key: copies share their original's key; one outlet's several articles share one key. */
  key: string;
  articleId: string;
  /** The original's id when this article is a copy of another article of the event. */
  original: string | null;
}

export interface GroupStatus {
  status: ClaimStatus;
  assertedBy: string[];
  deniedBy: string[];
  attributedBy: string[];
  attributedTo: string | null;
  deniedByParty: string | null;
  /** Independent outlets that carry the group (any stance). */
  outlets: Set<string>;
  /** Effective stance per item (a negated clause in a group that mostly affirms counts as a denial). */
  stances: Map<Item, Stance>;
  /** Ids of the rules that decided the status (rules.ts): the status rule, then the deciding clause's. */
  rules: string[];
  /** The clause that decided it, with its rule: a denial for a disputed group, the party's word for a single source. */
  decidedBy: { item: Item; rule: string } | null;
}

/** The value given most often (the first on a tie), or null for none. */
export function mostCommon(xs: string[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, c] of n) if (!best || c > n.get(best)!) best = x;
  return best;
}

/** Steps of a prosecution, as reported: what happened to the accused, which the accused's denial leaves standing. */
const PROSECUTION = /\b(?:charged|indicted|convicted|found\s+(?:[\w'’-]+\s+){0,6}?guilty|sentenced|arrested|pleaded\s+guilty|pleads\s+guilty|on\s+suspicion\s+of)\b/i;

/** The clause negates, inside a quotation or not (proposition leaves a quotation's negation to its speaker). */
function negatedQuotedOrNot(it: Item): boolean {
  return it.claim.negated || proposition(claimText(it.claim).replace(/["“”]/g, ' ')).negated;
}

/**
 * `items`: the group's claims. `counters`: claims elsewhere that contest one of them (their outlets deny this group).
 * `opposed`: claims this group's counter-claims contest (their outlets carry the opposite proposition).
 */
// eslint-disable-next-line max-lines-per-function -- stances, denial scope and sides read in one pass; to split (issue 20)
export function groupStatus(items: Item[], counters: Item[], opposed: Item[], sources: Source[]): GroupStatus {
  const affirming = items.filter((i) => i.claim.stance !== 'denies');
  const negatedShare = affirming.filter((i) => i.claim.negated).length / (affirming.length || 1);
  const stances = new Map<Item, Stance>();
  const denialRule = new Map<Item, string>();
  // Read once per clause: the loop below asks it of every other outlet's clause for each negated one.
  const quotedNegation = new Map<Item, boolean>();
  const negatesAnyway = (o: Item): boolean => {
    let v = quotedNegation.get(o);
    if (v === undefined) quotedNegation.set(o, (v = negatedQuotedOrNot(o)));
    return v;
  };
  // A clause that negates one of the terms the others affirm ("the bridge was not destroyed") denies the group.
  const termsOf = (i: Item): string[] => [...i.prop.terms, ...i.prop.events.map((e) => `#${e}`)];
  // What the negated clauses of a mostly negated group negate ("No-one was injured" → "#injure").
  const majorityNegated = new Set(affirming.filter((i) => i.claim.negated).map((i) => i.prop.negatedTerm).filter((t): t is string => !!t));
  for (const it of items) {
    const t = it.prop.negatedTerm;
    // The negated term must be what the others affirm, not a word one of them happens to share (FNC-1 bodies), and
    // said of the same subject: "DiLeo has never been an NBA coach" denies nothing of "Cheeks is the fifth NBA coach
    // to be fired" (ECB+).
    // An affirmer must not make the negation itself: a quotation's "not" is not the outlet's (proposition), yet an
    // outlet quoting "They are not Muslims, they have hijacked Islam" says what another says unquoted (FNC-1 bodies).
    const affirmers = t ? items.filter((o) => o.art !== it.art && !o.claim.negated && termsOf(o).includes(t) && !negatesAnyway(o)) : [];
    const subject = affirmers.length >= 2 ? negationSubject(claimText(it.claim)) : [];
    const sharesNegated = affirmers.length >= 2 && (subject.length === 0 || affirmers.some((o) => subject.some((w) => termsOf(o).includes(w))));
    // In a mostly negated group a plain clause denies it only when it affirms what the others negate: a police
    // statement that a fire is "being treated as potentially suspicious" does not deny "No-one was injured" (ECB+).
    const affirmsNegated = negatedShare > 0.5 && !negatesAnyway(it) && termsOf(it).some((x) => majorityNegated.has(x));
    const flipped = it.claim.stance !== 'denies' && (it.claim.negated ? negatedShare <= 0.5 && sharesNegated : affirmsNegated);
    stances.set(it, flipped ? 'denies' : it.claim.stance);
    if (flipped) denialRule.set(it, it.claim.negated ? 'deny.negates-affirmed-term' : 'deny.affirms-what-others-negate');
  }
  // A denial contests the group only when some other outlet's affirming clause states what it denies without
  // denying it too. Two outlets reporting one denial agree: an outlet whose clause carries a denial as well (a negator,
  // a denial verb, a falsity word, quoted or not) is on the same side (BASIL: one outlet quotes "AARP has not changed
  // its position", another reports the CEO "refuting" the story; AllSides: two outlets tell of Liz Cheney's "rebuttals
  // to Trump's false claims", a third reports the vote plainly). And a denial inside a sentence about something else
  // denies what follows it: an outlet's clause must share two terms and a Dice overlap of DENIAL_OVERLAP with that
  // (BASIL: "Fifteen of the 19 hijackers were Saudi citizens, but the Saudi government denies any role in the attacks"
  // is no denial of "15 of the 19 hijackers were Saudi nationals"). A bare denial that refers back denies the claim it
  // refers to, whose words are compared (BASIL: a prosecutor "categorically rejected that notion", that he could not
  // be impartial, in a loose group on the Attorney General's visit; see deniedPart).
  const stated = (scope: Set<string> | null, subject: string[], denial: string) => (o: Item): boolean => {
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
  for (const it of items) {
    if (stances.get(it) !== 'denies' || it.claim.counter) continue;
    const others = items.filter((o) => sources[o.art]!.key !== sources[it.art]!.key && stances.get(o) !== 'denies');
    const target = it.claim.contests === undefined ? undefined : items.find((o) => o.art === it.art && o.idx === it.claim.contests);
    // A negated clause denies what its negation bears on ("residents … did not see anything shoot across the sky"
    // denies the sighting, not the loud boom they heard; FNC-1 bodies).
    const negatedScope = it.claim.stance !== 'denies' && it.prop.negatedTerms.length ? it.prop.negatedTerms : null;
    const scope = target ? new Set(deniedPart(claimText(target.claim), target.prop.terms))
      : negatedScope ? new Set(negatedScope)
        : it.claim.contests === undefined ? new Set(denialScopeTerms(claimText(it.claim), it.prop.terms)) : null;
    const subject = it.claim.stance === 'denies' ? [] : negationSubject(claimText(it.claim));
    if (others.length > 0 && !others.some(stated(scope, subject, claimText(it.claim)))) stances.set(it, it.claim.party ? 'attributes' : 'asserts');
  }
  const role = new Map<string, 'asserts' | 'attributes' | 'denies'>();
  const name = new Map<string, string>();
  const outlets = new Set<string>();
  const note = (it: Item, r: 'asserts' | 'attributes' | 'denies'): void => {
    const s = sources[it.art]!;
    name.set(s.key, s.outlet);
    const had = role.get(s.key);
    if (r === 'denies' || !had || (r === 'asserts' && had === 'attributes')) role.set(s.key, r);
  };
  for (const it of items) {
    const st = stances.get(it)!;
    outlets.add(sources[it.art]!.key);
    note(it, st === 'denies' ? 'denies' : st === 'asserts' ? 'asserts' : 'attributes');
  }
  for (const it of counters) {
    note(it, 'denies');
    denialRule.set(it, 'deny.counter-claim');
  }
  const deniers = [...items.filter((i) => stances.get(i) === 'denies'), ...counters];
  // A counter-claim is itself contested by the outlets that carry the claim it holds out against.
  for (const it of opposed) {
    const key = sources[it.art]!.key;
    if (!role.has(key)) note(it, 'denies');
    deniers.push(it);
    denialRule.set(it, 'deny.carries-contested-claim');
  }
  const by = (r: string): string[] => [...new Set([...role].filter(([, v]) => v === r).map(([k]) => name.get(k)!))];
  const assertedBy = by('asserts');
  const attributedBy = by('attributes');
  const deniedBy = by('denies');
  const parties = affirming.filter((i) => stances.get(i) !== 'denies').map((i) => i.claim.party).filter((p): p is string => !!p);
  const sides = new Set(affirming.map((i) => i.claim.side ?? (i.claim.party ? i.claim.party.toLowerCase() : `outlet:${sources[i.art]!.key}`)));
  const deniedByParty = mostCommon(deniers.map((i) => i.claim.party).filter((p): p is string => !!p));
  let status: ClaimStatus;
  if (deniedBy.length && assertedBy.length + attributedBy.length) status = 'disputed';
  else if (outlets.size >= 2 && (assertedBy.length > 0 || sides.size >= 2)) status = 'corroborated';
  else status = 'single-source';
  const attributedTo = status === 'corroborated' ? null : (mostCommon(parties) ?? (outlets.size === 1 ? (assertedBy[0] ?? null) : null));
  const decidedBy = decider(status, deniers, affirming, attributedTo, denialRule);
  const rules = [STATUS_RULE[status], ...(decidedBy ? [decidedBy.rule] : [])];
  return { status, assertedBy, deniedBy, attributedBy, attributedTo, deniedByParty, outlets, stances, rules, decidedBy };
}

const STATUS_RULE: Record<ClaimStatus, string> = {
  disputed: 'status.denied-and-carried',
  corroborated: 'status.independent-outlets',
  'single-source': 'status.one-source',
};

/** The rule of a clause's own decision of kind `prefix` ("stance.", "party."), from extraction. */
const ownRule = (it: Item, prefix: string): string | undefined => it.claim.rules?.find((r) => r.startsWith(prefix));

/** The clause behind a status: for a dispute the first denial (its own stance's rule, or the comparison's that made it
 *  one); for one party's word the first clause of that party. */
function decider(status: ClaimStatus, deniers: Item[], affirming: Item[], party: string | null, denialRule: Map<Item, string>): GroupStatus['decidedBy'] {
  if (status === 'disputed') {
    const it = deniers[0];
    return it ? { item: it, rule: denialRule.get(it) ?? ownRule(it, 'stance.') ?? 'stance.stored-denial' } : null;
  }
  if (status !== 'single-source' || !party) return null;
  const it = affirming.find((i) => i.claim.party === party);
  return it ? { item: it, rule: ownRule(it, 'party.') ?? 'stance.attributed' } : null;
}
