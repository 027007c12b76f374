// Stance of a text towards a claim/headline with the shipped model: relatedness first, then which stance.
import type { StanceModel } from './model.js';
import { RELATED, type StanceLabel, type StanceProbs } from './labels.js';
import { denseToSparse, forward } from './network.js';
import { prepare, type PreparedText } from './prepare.js';
import { relateFeatures, relateInput } from './relate-features.js';
import { stanceFeatures } from './stance-features.js';

export interface StancePrediction {
  label: StanceLabel;
  probs: StanceProbs;
}

/** Predict from raw text. Pass prepared texts to `predictPrepared` when one body meets many headlines. */
export function predictStance(model: StanceModel, headline: string, body: string): StancePrediction {
  return predictPrepared(model, prepare(headline), prepare(body));
}

export function predictPrepared(model: StanceModel, head: PreparedText, body: PreparedText): StancePrediction {
  const related = relateFeatures(head, body, model.idf);
  const pRelated = forward(model.relate, denseToSparse(relateInput(related)))[1]!;
  const p3 = forward(model.stance, stanceFeatures(head, body, model.idf, related, model.hashSize));
  const probs = { unrelated: 1 - pRelated } as StanceProbs;
  RELATED.forEach((l, i) => {
    probs[l] = pRelated * p3[i]!;
  });
  // Two-stage decision: related when the relate stage says so, then the likeliest related stance.
  let label: StanceLabel = 'unrelated';
  if (pRelated >= 0.5) {
    label = 'discuss';
    for (const l of RELATED) if (probs[l] > probs[label]) label = l;
  }
  return { label, probs };
}
