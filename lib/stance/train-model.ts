// Trains the two stages of the stance model from labelled headline/body pairs. Pure: texts in, model out.
import { buildIdf } from './idf.js';
import { RELATED, type StanceLabel } from './labels.js';
import { STANCE_MODEL_VERSION, type StanceModel } from './model.js';
import { denseToSparse } from './network.js';
import { prepare, type PreparedText, type WordInfo } from './prepare.js';
import { RELATE_INPUTS, relateFeatures, relateInput } from './relate-features.js';
import { stanceFeatures } from './stance-features.js';
import { trainNetwork, type Example, type TrainOptions } from './train-network.js';

export interface LabelledPair {
  headline: string;
  /** Key into `bodies`. */
  bodyId: string;
  label: StanceLabel;
}

export interface TrainingSet {
  bodies: Map<string, string>;
  pairs: LabelledPair[];
}

type StageOptions = Omit<TrainOptions, 'inputs' | 'outputs'>;

export interface StanceTrainConfig {
  hashSize: number;
  idfSize: number;
  relate: StageOptions;
  stance: StageOptions;
  /** Class weight = (share of an even split / class share) ^ power: 0 = none, 1 = fully balanced. */
  classWeightPower: number;
  /** Added to the trained disagree logit: a decision threshold for the rare class, chosen on dev claims. */
  disagreeOffset: number;
}

export const DEFAULT_TRAIN_CONFIG: StanceTrainConfig = {
  hashSize: 1 << 15,
  idfSize: 1 << 15,
  relate: { hidden: [], epochs: 8, learningRate: 0.1, l2: 1e-5, batchSize: 64, seed: 7 },
  // Chosen on dev claims (mean of 3 dev draws, tests/eval/stance.ts --dev): strong L2 generalises across claims
  // (l2 1e-5 → 1e-3: 81.9 → 82.9 dev score) and full class balancing lifts disagree F1 at no cost in score.
  stance: { hidden: [], epochs: 15, learningRate: 0.1, l2: 1e-3, batchSize: 32, seed: 11 },
  classWeightPower: 1,
  // Mean of 8 dev draws (STANCE_DEV_SEED unset, 1…7): offsets 0 / 0.5 / 1 / 1.25 gave weighted score 85.09 / 84.83 /
  // 84.37 / 83.92 and disagree F1 25.1 / 28.8 / 32.0 / 31.8 (macro-F1 highest at 1). The model before the rule-read
  // features scored 84.04 (disagree 15.5) on the same draws. The target is the weighted score, so the offset
  // is the one with the best dev score: 0. (1, the largest offset keeping the dev score above the old model's, was
  // tried first: on the test claims it cost 1.3 points of score for disagree F1 21.7; see the README.)
  // Class weighting already balances training; an offset would move the decision for the rare class.
  disagreeOffset: 0,
};

/** Prepared texts, each headline and body tokenised once however many pairs it is in. */
export class PreparedCache {
  private readonly stems = new Map<string, WordInfo>();
  private readonly texts = new Map<string, PreparedText>();
  get(text: string): PreparedText {
    let p = this.texts.get(text);
    if (!p) this.texts.set(text, (p = prepare(text, this.stems)));
    return p;
  }
}

export function trainStanceModel(
  set: TrainingSet,
  config: StanceTrainConfig = DEFAULT_TRAIN_CONFIG,
  inputHash = '',
  cache = new PreparedCache(),
): StanceModel {
  const bodyOf = (id: string): PreparedText => {
    const text = set.bodies.get(id);
    if (text === undefined) throw new Error(`pair refers to body ${id}, which is not in the bodies file`);
    return cache.get(text);
  };
  const usedBodies = [...new Set(set.pairs.map((p) => p.bodyId))].map(bodyOf);
  const idf = buildIdf(usedBodies, config.idfSize);

  const relateExamples: Example[] = [];
  const stanceExamples: Example[] = [];
  for (const p of set.pairs) {
    const head = cache.get(p.headline);
    const body = bodyOf(p.bodyId);
    const rel = relateFeatures(head, body, idf);
    relateExamples.push({ x: denseToSparse(relateInput(rel)), y: p.label === 'unrelated' ? 0 : 1, weight: 1 });
    if (p.label !== 'unrelated') {
      stanceExamples.push({
        x: stanceFeatures(head, body, idf, rel, config.hashSize),
        y: (RELATED as readonly string[]).indexOf(p.label),
        weight: 1,
      });
    }
  }
  applyClassWeights(stanceExamples, RELATED.length, config.classWeightPower);

  const stance = trainNetwork(stanceExamples, { ...config.stance, inputs: config.hashSize, outputs: RELATED.length });
  stance[stance.length - 1]!.bias[RELATED.indexOf('disagree')]! += config.disagreeOffset;
  return {
    version: STANCE_MODEL_VERSION,
    inputHash,
    hashSize: config.hashSize,
    idf,
    relate: trainNetwork(relateExamples, { ...config.relate, inputs: RELATE_INPUTS, outputs: 2 }),
    stance,
  };
}

/** Disagree is 1.7% of FNC-1 (6% of related pairs): up-weight rare classes so the model does not ignore them. */
export function applyClassWeights(examples: Example[], classes: number, power: number): void {
  const counts = new Array<number>(classes).fill(0);
  for (const e of examples) counts[e.y]! += 1;
  const weights = counts.map((c) => (c ? (examples.length / (classes * c)) ** power : 0));
  for (const e of examples) e.weight = weights[e.y]!;
}
