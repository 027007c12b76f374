// Weights of the similarity features, the calibration that turns an event's score into a probability that the
// event is right, and the threshold below which the answer is "none". Fitted by `tsx tests/eval/fit.ts`
// (logistic regression of right event vs best wrong event, on the DEV half of the labelled corpora only; the
// test half is scored by `npm run eval:match`). The cosine weight is fixed at 1 so scores stay readable.
export const WEIGHTS = { cos: 1, ent: 0.53, num: 0.04, late: -0.96, support: 0.01, title: 0.27 } as const;

export const CALIBRATION = { slope: 8.05, intercept: -4.86 } as const;

export function confidence(score: number): number {
  const p = 1 / (1 + Math.exp(-(CALIBRATION.slope * score + CALIBRATION.intercept)));
  return Math.round(p * 1000) / 1000;
}

/** The score at which confidence is p (the builder's clustering joins at a stricter p than matching). */
export function scoreAt(p: number): number {
  return (Math.log(p / (1 - p)) - CALIBRATION.intercept) / CALIBRATION.slope;
}

/** Score at which confidence crosses 0.5: below it the matcher answers "none". */
export const MATCH_THRESHOLD = scoreAt(0.5);
