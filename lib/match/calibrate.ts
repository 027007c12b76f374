// Weights of the similarity features, the calibration of a pair score (used by the builder's clustering), and
// the match decision: a calibrated confidence that the top-ranked event is the article's event, with the
// threshold below which the answer is "none". All fitted by `tsx tests/eval/fit.ts` on the DEV half of the
// labelled corpora only (the test half is scored by `npm run eval:match`). The cosine weight is fixed at 1 so
// scores stay readable. `near` (date proximity) ranks events only, chosen on dev acc@1 with the others fixed.
export const WEIGHTS = { cos: 1, ent: 0.53, num: 0.04, late: -0.96, near: 0.4, support: 0.01, title: 0.27 } as const;

/** Pair score → probability that the two articles report one event (clustering thresholds). */
export const CALIBRATION = { slope: 8.05, intercept: -4.86 } as const;

export function confidence(score: number): number {
  const p = 1 / (1 + Math.exp(-(CALIBRATION.slope * score + CALIBRATION.intercept)));
  return Math.round(p * 1000) / 1000;
}

/** The score at which confidence is p (the builder's clustering joins at a stricter p than matching). */
export function scoreAt(p: number): number {
  return (Math.log(p / (1 - p)) - CALIBRATION.intercept) / CALIBRATION.slope;
}

/** Score at which a pair's confidence crosses 0.5 (the builder's story threshold is a share of it). */
export const MATCH_THRESHOLD = scoreAt(0.5);

/** What the decision sees of the top-ranked event and the runner-up. */
export interface DecisionInput {
  score: number;
  cos: number;
  ent: number;
  title: number;
  late: number;
  /** Shared numbers, capped at 3, over 3. */
  nums: number;
  near: number;
  /** Both articles dated (near and late mean something). */
  dated: boolean;
  /** Cosine of the event's second-best member, 0 when it has none among the candidates. */
  support: number;
  /** Top event's score minus the runner-up event's (its whole score when there is none). */
  margin: number;
}

/** Feature order of DECISION.w (tests/eval/fit.ts writes them in this order). */
export function decisionFeatures(d: DecisionInput): number[] {
  return [d.score, d.cos, d.ent, d.title, d.late, d.nums, d.near, d.dated ? 1 : 0, d.support, d.support > 0 ? 1 : 0, d.margin];
}

/** Logistic model "the top event is this article's event", over decisionFeatures. A known event's article
 * stands out from the runner-up (margin) and is dated close to it; an unknown event's article finds a sibling
 * story of another week (AllSides) or a look-alike event (ECB+) at a similar score. */
export const DECISION = {
  w: [4.38, -2.02, 3.79, 2.3, -1.71, -0.08, 5.34, -2.81, -0.26, 0.25, 2.75],
  b: -5.8,
} as const;

/** Confidence below which the answer is "none": the highest at which every corpus's dev-half abstain
 * precision stays ≥ 0.985 (a "none" on an event the index knows hides real coverage; issue 4's target). */
export const DECISION_THRESHOLD = 0.07;

export function matchConfidence(d: DecisionInput): number {
  const x = decisionFeatures(d);
  const z = x.reduce((s, v, i) => s + v * DECISION.w[i]!, DECISION.b);
  return Math.round((1000 / (1 + Math.exp(-z)))) / 1000;
}
