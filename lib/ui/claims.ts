// Claims in reading order: disputed first (the reason to open Parallax), then single-source, then corroborated.
import type { ClaimQuote, ClaimStatus, ReportClaim, Stance } from '../types.js';
import { RULES, ruleWords } from '../claims/rules.js';

export const STATUS_ORDER: readonly ClaimStatus[] = ['disputed', 'single-source', 'corroborated'];

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  disputed: 'Disputed',
  'single-source': 'Single source',
  corroborated: 'Corroborated',
};

export const STATUS_HINT: Record<ClaimStatus, string> = {
  disputed: 'Some outlets report it, others deny or contest it.',
  'single-source': "Rests on one party's word or one outlet.",
  corroborated: 'Reported by independent outlets.',
};

/** How many distinct outlets take part in a claim, on any side. */
export function outletsInvolved(c: ReportClaim): number {
  return new Set([...c.assertedBy, ...c.deniedBy, ...c.attributedBy]).size;
}

/** Status order, then claims in this article first, then the most widely reported; stable otherwise. */
export function orderClaims(claims: readonly ReportClaim[]): ReportClaim[] {
  return claims
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.c.status) - STATUS_ORDER.indexOf(b.c.status) ||
        Number(b.c.inThisArticle) - Number(a.c.inThisArticle) ||
        outletsInvolved(b.c) - outletsInvolved(a.c) ||
        a.i - b.i,
    )
    .map(({ c }) => c);
}

export interface ClaimGroup {
  status: ClaimStatus;
  claims: ReportClaim[];
}

/** Non-empty groups in status order. */
export function groupClaims(claims: readonly ReportClaim[]): ClaimGroup[] {
  const ordered = orderClaims(claims);
  return STATUS_ORDER.map((status) => ({ status, claims: ordered.filter((c) => c.status === status) })).filter(
    (g) => g.claims.length > 0,
  );
}

/** The few disputed claims the popup shows, most relevant first. */
export function topDisputed(claims: readonly ReportClaim[], n = 3): ReportClaim[] {
  return orderClaims(claims.filter((c) => c.status === 'disputed')).slice(0, n);
}

export const STANCE_LABEL: Record<Stance, string> = {
  asserts: 'reports it',
  denies: 'denies or contests it',
  attributes: "reports it as someone's claim",
  hedges: 'hedges',
};

/** Quotes grouped by stance, in the order asserts, attributes, hedges, denies (the two sides apart). */
export function quotesByStance(quotes: readonly ClaimQuote[]): { stance: Stance; quotes: ClaimQuote[] }[] {
  const order: Stance[] = ['asserts', 'attributes', 'hedges', 'denies'];
  return order.map((stance) => ({ stance, quotes: quotes.filter((q) => q.stance === stance) })).filter((g) => g.quotes.length);
}

export interface WhyLine {
  /** "Why disputed", "Why single source". */
  label: string;
  /** The rule in plain words, the party named where the rule is someone's word: "read as a denial". */
  reading: string;
  sentence: string;
  outlet: string | null;
  /** What the rule looks for, for a reader who wants the rule itself ("a verb of denial"). */
  rule: string;
  ruleId: string;
}

/** Past this, the deciding sentence is cut at a word: the card shows the claim and its quotes in full already. */
const WHY_CHARS = 160;

/** The claim's "why": the sentence that decided its status and the rule that read it, in plain words. Shown for a
 *  dispute only: a single source's why is its party's own sentence, which "Rests on the word of …" already says (the
 *  seed panel repeated every such sentence), and a corroborated claim rests on its outlets. Null for an older report. */
export function whyLine(c: ReportClaim): WhyLine | null {
  const w = c.why;
  if (!w || c.status !== 'disputed') return null;
  const someone = w.party && RULES[w.rule]?.words === "read as someone's word";
  const reading = w.rule === 'stance.attributed' || someone ? `read as ${w.party ?? 'one party'}'s word` : ruleWords(w.rule);
  const sentence = w.sentence.length > WHY_CHARS ? `${w.sentence.slice(0, WHY_CHARS).replace(/\s+\S*$/, '')} …` : w.sentence;
  return {
    label: `Why ${STATUS_LABEL[c.status].toLowerCase()}`,
    reading,
    sentence,
    outlet: w.outlet,
    rule: RULES[w.rule]?.decides ?? w.rule,
    ruleId: w.rule,
  };
}
