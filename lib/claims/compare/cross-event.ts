// Whether a denial in one event of a story denies a claim made in another: stricter than the alignment within an
// event, because the events of one story share most of their words.
import type { ClaimQuote } from '../../types.js';
import { claimProposition, claimText, type Claim } from '../extract/claim-text.js';
import { CONTESTED_EVENTS, DENY_VERBS } from '../lexicon/index.js';
import { isFalsityWord } from '../extract/polarity.js';
import { proposition } from '../extract/proposition.js';

/** Where the words a denial denies end: a clause break, its circumstances, or a condition or reason. "rejected the
 *  notion that a Taliban takeover is inevitable once a complete withdrawal is complete" (AllSides) denies the
 *  takeover's inevitability, not the withdrawal another event reports. */
const DENIED_END =
  /[,;:]|\s(?:and|but|while|whereas|following|after|amid|during|once|when|until|unless|if|because|since)\s|[.!?](?:\s|$)/i;

/** The event classes a denial denies: those after its denial word, or from the clause's start when the denial is
 *  its attribution's ("Mr. LaRue denied | that he was Deep Throat, and Woodward said he will not reveal the source's
 *  name until after Deep Throat dies", ECB+), up to DENIED_END. */
function deniedEvents(c: Claim): readonly string[] {
  const text = claimText(c).trim();
  let from = 0;
  for (const w of text.matchAll(/[\p{L}'’]+/gu)) {
    const lower = w[0].toLowerCase();
    if (!DENY_VERBS.has(lower) && !isFalsityWord(lower)) continue;
    from = w.index + w[0].length;
    break;
  }
  const rest = text.slice(from);
  const end = rest.search(DENIED_END);
  return proposition(end < 0 ? rest : rest.slice(0, end)).events;
}

/** A clause of the story as the cross-event check reads it. */
export interface Said {
  claim: Claim;
  eventId: string;
}

/** Across events the alignment alone is too loose: events of one story share most of their words, and ECB+ puts two
 *  different deaths of one kind in one story (W. Mark Felt's, LaRue's: "LaRue denied he was Deep Throat" is no denial
 *  that Felt died). So a denial in one event counts against a claim in another only when it is explicit (a denial or
 *  counter-claim, not a negation the analysis read as one: "the company did not give a price"), the claim is carried
 *  (stated or attributed, not hedged: "the pull-out could signal …"), the two come from different sides (AllSides:
 *  Biden "rejected the notion" of a takeover in one event and stood "squarely behind" the withdrawal in another),
 *  and what is denied is the claim's main or a contested event ("refuted claims that their forces were expelled"
 *  against "Russia fully liberated the territory", seed). Shared words alone are not enough: FNC-1 puts a hoax about
 *  Purdon, Texas, and a turkey farm worker's quarantine in one story, both "quarantined after … tested positive for
 *  the Ebola virus". */
function deniesAcross(d: Said, a: Said): boolean {
  if (d.eventId === a.eventId) return false;
  const side = (c: Claim): string | undefined => c.side ?? c.party?.toLowerCase();
  if (side(d.claim) && side(d.claim) === side(a.claim)) return false;
  const carried = carriedEvents(a.claim);
  return deniedEventsOf(d.claim).some((e) => carried.includes(e));
}

const isDenial = (c: Claim): boolean => c.stance === 'denies' || !!c.counter;
const isCarried = (c: Claim): boolean => !(c.stance === 'denies' || c.stance === 'hedges' || c.negated || c.counter);

/** The event classes an explicit denial or counter-claim denies; none for any other clause. */
function deniedEventsOf(c: Claim): readonly string[] {
  return isDenial(c) ? deniedEvents(c) : [];
}

/** The event classes a carried claim (stated or attributed) can be denied on: its main event, or a contested one it
 *  states in passing ("Putin's visit … since it was fully liberated", seed); none for any other clause. */
function carriedEvents(c: Claim): readonly string[] {
  return isCarried(c) ? claimProposition(c).events.filter((e, i) => i === 0 || CONTESTED_EVENTS.has(e)) : [];
}

/** What one article could bring to a dispute across events: the event classes it denies and those it carries. */
export interface CrossKeys {
  eventId: string;
  denies: Set<string>;
  carries: Set<string>;
}

export function crossKeys(claims: readonly Claim[], eventId: string): CrossKeys {
  return {
    eventId,
    denies: new Set(claims.flatMap((c) => deniedEventsOf(c))),
    carries: new Set(claims.flatMap((c) => carriedEvents(c))),
  };
}

/** Whether an article (its keys) could take part in a dispute across events with any of `all`: a cheap superset of
 *  deniesAcross, so the story's analysis runs only over articles that can matter. */
export function mayCross(mine: CrossKeys, all: readonly CrossKeys[]): boolean {
  return all.some(
    (o) =>
      o.eventId !== mine.eventId &&
      ([...mine.denies].some((e) => o.carries.has(e)) || [...mine.carries].some((e) => o.denies.has(e))),
  );
}

/** The quotes of a story group that set one event against another: each denial from one event with a claim it
 *  denies from another, both ways. Empty when the group's dispute stays inside events. */
export function crossQuotes(quotes: ClaimQuote[], said: (q: ClaimQuote) => Said[]): Set<ClaimQuote> {
  const out = new Set<ClaimQuote>();
  const denials = quotes.filter((q) => q.stance === 'denies');
  const carried = quotes.filter((q) => q.stance !== 'denies');
  for (const d of denials) {
    for (const a of carried) {
      // A quote is a sentence; any of its clauses may be the one that denies or the one denied.
      if (said(d).some((ds) => said(a).some((as) => deniesAcross(ds, as)))) out.add(d).add(a);
    }
  }
  return out;
}
