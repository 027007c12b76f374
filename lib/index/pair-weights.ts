// Weights of the pair similarity's features and the calibration of a pair score: what the builder's clustering and
// the matcher's ranking share (index/similarity.ts). Fitted on the DEV half of the labelled corpora only by
// `tsx tests/eval/fit.ts`; the cosine weight is fixed at 1 so scores stay readable. `near` (date proximity) ranks
// events only, chosen on dev acc@1 with the others fixed; `spread` (how far an event's second member falls below its
// best, see match/rank.ts eventScore) ranks events only, chosen on dev leave-one-out acc@1 by
// `tsx tests/eval/rank-loo.ts` (AllSides 0.966 at 0 → 0.971 from 0.2 to 0.5, FNC-1 0.982 → 0.985, no other corpus
// changes).
export const WEIGHTS = { cos: 1, ent: 0.53, num: 0.04, late: -0.96, near: 0.4, support: 0.01, title: 0.27, spread: 0.3 } as const;

/** Pair score → probability that the two articles report one event (clustering thresholds). */
export const CALIBRATION = { slope: 8.05, intercept: -4.86 } as const;

/** The score at which confidence is p (the builder's clustering joins at a stricter p than matching). */
export function scoreAt(p: number): number {
  return (Math.log(p / (1 - p)) - CALIBRATION.intercept) / CALIBRATION.slope;
}

/** Score at which a pair's confidence crosses 0.5 (the builder's story threshold is a share of it). */
export const MATCH_THRESHOLD = scoreAt(0.5);
