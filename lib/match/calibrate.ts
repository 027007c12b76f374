// Turns a similarity score into a calibrated probability that the event is right, and the threshold below
// which the answer is "none". Constants fitted by `npm run eval:match --fit` (logistic regression of
// "held-out article's true event" vs "best wrong event" on the labelled corpora); see tests/eval/match.ts.
export const CALIBRATION = { slope: 18, intercept: -5.4 } as const;

/** Score at which confidence crosses 0.5: the matcher abstains below it, and the builder's clustering uses it. */
export const MATCH_THRESHOLD = -CALIBRATION.intercept / CALIBRATION.slope;

export function confidence(score: number): number {
  const p = 1 / (1 + Math.exp(-(CALIBRATION.slope * score + CALIBRATION.intercept)));
  return Math.round(p * 1000) / 1000;
}
