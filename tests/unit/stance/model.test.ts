// Model (de)serialisation: a round trip keeps predictions; bad files fail with a message saying what is wrong.
import { describe, expect, it } from 'vitest';
import { parseStanceModel, serializeStanceModel, STANCE_MODEL_VERSION } from '../../../lib/stance/model.js';
import { predictStance } from '../../../lib/stance/predict.js';
import { trainStanceModel, type TrainingSet } from '../../../lib/stance/train-model.js';

// A tiny hand-written set: two stories, bodies that confirm, deny or report them.
const bodies = new Map([
  ['1', 'The city council confirmed the bridge will close on Monday for repairs. Officials announced the closure.'],
  ['2', 'Officials denied reports that the bridge will close. The claim is false, the council said; it is a hoax.'],
  ['3', 'Reports claim the bridge may close, but it is unclear whether the council will vote on it.'],
  ['4', 'The zoo welcomed a baby giraffe born on Sunday. Keepers said mother and calf are healthy.'],
]);
const set: TrainingSet = {
  bodies,
  pairs: [
    { headline: 'Bridge to close on Monday', bodyId: '1', label: 'agree' },
    { headline: 'Bridge to close on Monday', bodyId: '2', label: 'disagree' },
    { headline: 'Bridge to close on Monday', bodyId: '3', label: 'discuss' },
    { headline: 'Bridge to close on Monday', bodyId: '4', label: 'unrelated' },
    { headline: 'Baby giraffe born at zoo', bodyId: '4', label: 'agree' },
    { headline: 'Baby giraffe born at zoo', bodyId: '1', label: 'unrelated' },
  ],
};
const config = {
  hashSize: 1 << 10, idfSize: 1 << 10, classWeightPower: 0, disagreeOffset: 0,
  relate: { hidden: [], epochs: 30, learningRate: 0.3, l2: 0, batchSize: 2, seed: 1 },
  stance: { hidden: [], epochs: 30, learningRate: 0.3, l2: 0, batchSize: 2, seed: 2 },
};
const model = trainStanceModel(set, config, 'test-hash');

describe('stance model file', () => {
  it('round-trips through JSON with the same predictions (int8 weights)', () => {
    const json = serializeStanceModel(model);
    const back = parseStanceModel(json);
    expect(back.inputHash).toBe('test-hash');
    expect(back.hashSize).toBe(1 << 10);
    for (const p of set.pairs) {
      const a = predictStance(model, p.headline, bodies.get(p.bodyId)!);
      const b = predictStance(back, p.headline, bodies.get(p.bodyId)!);
      expect(b.label).toBe(a.label);
      expect(b.probs.unrelated).toBeCloseTo(a.probs.unrelated, 1);
    }
  });
  it('fits its own tiny training set', () => {
    for (const p of set.pairs) expect(predictStance(model, p.headline, bodies.get(p.bodyId)!).label).toBe(p.label);
  });
  it('moves only the disagree logit by the configured offset', () => {
    const shifted = trainStanceModel(set, { ...config, disagreeOffset: 0.5 }, 'test-hash');
    const bias = (m: typeof model) => Array.from(m.stance[m.stance.length - 1]!.bias);
    const [a0, d0, s0] = bias(model);
    const [a1, d1, s1] = bias(shifted);
    expect(d1! - d0!).toBeCloseTo(0.5, 5);
    expect([a1, s1]).toEqual([a0, s0]);
  });
  it('gives probabilities over the four labels that sum to one', () => {
    const { probs } = predictStance(model, 'Bridge to close', 'Nothing here.');
    expect(Object.values(probs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
  it('rejects a file of another version, naming both versions', () => {
    const o = JSON.parse(serializeStanceModel(model));
    o.version = STANCE_MODEL_VERSION - 1; // the layout before the rule-read features: refused, not misread
    expect(() => parseStanceModel(o)).toThrow(`version ${STANCE_MODEL_VERSION - 1} but this code reads version ${STANCE_MODEL_VERSION}`);
  });
  it('rejects wrong shapes and foreign files', () => {
    const o = JSON.parse(serializeStanceModel(model));
    o.stance[0].inputs = 512;
    expect(() => parseStanceModel(o)).toThrow(/stance\[0\] has \d+ weights, expected/);
    expect(() => parseStanceModel({ hello: 1 })).toThrow('format is undefined');
    expect(() => parseStanceModel('[]')).toThrow('invalid stance model');
  });
});
