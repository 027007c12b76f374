// Link a denial or a counter-claim to the earlier claim of the same article it contests. "Kyiv officials denied the
// claim" refers back to the sentence before it (seed 001); "Kyiv has insisted its troops are fiercely battling…" holds a
// proposition of its own against the other side's claim a sentence or more earlier (seed 002).
import type { Claim } from './claim-text.js';
import { claimProposition } from './claim-text.js';
import { CONTESTED_EVENTS } from '../lexicon/index.js';
import { isCountrySide, isKnownCountry, isPersonParty, namesSide } from './attribution.js';

/** How far back (in sentences) a bare denial and a counter-claim may reach. */
const DENIAL_REACH = 2;
const COUNTER_REACH = 20;
/** A counter-claim holds out against a claim about the same thing: a contested event of the other side's (seed: "Kyiv
 *  has insisted its troops are fiercely battling to preserve their foothold in Russia" against Moscow's claim that it
 *  "drove Ukrainian forces out", no word shared), or else at least this many shared content terms. In long political
 *  prose a contest verb alone linked unrelated claims (BASIL: "Christie has maintained that he had no involvement in …
 *  the plan" against the subpoenas of his campaign; Trump "contended" against his critic's lawyer's words). */
const MIN_COUNTER_OVERLAP = 2;

interface Cues {
  /** A denial with no proposition of its own ("denied the claim"). */
  anaphoric: boolean;
  /** A contest verb ("insists", "maintains") or a contrast opener ("Despite …", "While …, B maintains"). */
  strong: boolean;
  /** A persistence word ("still", "remains"): a weaker cue, enough only against a claim already contested here. */
  persists: boolean;
  /** The clause's terms, computed only when a counter-claim needs scoring. */
  terms: () => readonly string[];
}

const contestable = (c: Claim): boolean => c.stance !== 'denies' && !c.counter;

/** Predicates that add up rather than exclude: one may suffer from heart disease and from dementia. Relatives insisting
 *  the mob boss "suffered from paranoid schizophrenia, dementia and Alzheimer's disease" do not contest the prison's
 *  "he suffered from heart disease" (ECB+); what they contest is the charge that he feigned it. */
const ADDITIVE = /\b(?:suffer(?:s|ed|ing)?\s+from|diagnosed\s+with|treated\s+for|battl(?:ed|ing)\s+with)\b/i;

function overlap(a: readonly string[], b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Set `contests` (and `counter`) on `claim` when it denies or contests one of `prev` (this article's earlier claims). */
export function linkContests(prev: Claim[], claim: Claim, cues: Cues): void {
  if (cues.anaphoric) {
    for (let j = prev.length - 1; j >= 0; j--) {
      const c = prev[j]!;
      if (claim.sentenceIndex - c.sentenceIndex > DENIAL_REACH) break;
      if (!contestable(c) || (claim.side && c.side === claim.side)) continue;
      claim.contests = j;
      return;
    }
    return;
  }
  // A denial with a proposition of its own aligns by content across outlets; only counter-claims are linked here.
  // A counter-claim needs a known side, a party, and a cue that it holds out against something.
  const counter = claim.stance !== 'denies' && !!claim.side && !!claim.party && (cues.strong || cues.persists);
  if (!counter) return;
  const denied = new Set(prev.filter((c) => c.contests !== undefined).map((c) => c.contests));
  const own = new Set(cues.terms());
  const country = isCountrySide(claim.side!, claim.party);
  const person = !isKnownCountry(claim.side!) && isPersonParty(claim.party!);
  const additive = !claim.negated && ADDITIVE.test(claim.sentence);
  let best = -1;
  let bestScore = 0;
  for (let j = prev.length - 1; j >= 0; j--) {
    const c = prev[j]!;
    const dist = claim.sentenceIndex - c.sentenceIndex;
    if (dist > COUNTER_REACH) break;
    if (!contestable(c) || !c.side || c.side === claim.side) continue;
    if (!cues.strong && !denied.has(j)) continue;
    const p = claimProposition(c);
    const shared = overlap(p.terms, own);
    const contestedEvent = p.events.some((e) => CONTESTED_EVENTS.has(e));
    // Whom a counter-claim can answer. A country's answers another country's claim (Kyiv insists its troops still
    // fight, against Moscow's claim that it drove them out: seed) or what is said of that country (Israel insists,
    // against the UN's protest to the Israeli authorities); not the maritime bureau's yearly count of pirate attacks,
    // which never names India (ECB+). A person (a name, kin, counsel) holds out against a contested event only on
    // shared words: relatives insisting on the mob boss's illness answered the report of his death, one prosecutor
    // the other's account of the victim's wounds (ECB+).
    if (country && !isCountrySide(c.side, c.party) && !namesSide(c.sentence, claim.side!)) continue;
    if (shared < MIN_COUNTER_OVERLAP && (!contestedEvent || person)) continue;
    if (additive && !c.negated && ADDITIVE.test(c.sentence)) continue;
    // Prefer what this article already reports as contested, and another party's claim over a plain fact.
    const score =
      shared +
      (dist === 0 ? 2 : 0) +
      (contestedEvent ? 2 : 0) +
      1 / (1 + dist) +
      (denied.has(j) ? 2 : 0) +
      (c.stance === 'attributes' ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  }
  if (best < 0) return;
  claim.contests = best;
  claim.counter = true;
}
