// Model (de)serialisation: a round trip keeps predictions; bad files fail with a message saying what is wrong.
import { describe, expect, it } from 'vitest';
import { parseStanceModel, serializeStanceModel, STANCE_MODEL_VERSION } from '../../../lib/stance/model.js';
import { predictStance } from '../../../lib/stance/predict.js';
import { trainStanceModel } from '../../../lib/stance/train-model.js';
import { bodies, config, set } from './tiny-model.js';

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
    expect(() => parseStanceModel(o)).toThrow(
      `version ${STANCE_MODEL_VERSION - 1} but this code reads version ${STANCE_MODEL_VERSION}`,
    );
  });
  it('rejects wrong shapes and foreign files', () => {
    const o = JSON.parse(serializeStanceModel(model));
    o.stance[0].inputs = 512;
    expect(() => parseStanceModel(o)).toThrow(/stance\[0\] has \d+ weights, expected/);
    expect(() => parseStanceModel({ hello: 1 })).toThrow('format is undefined');
    expect(() => parseStanceModel('[]')).toThrow('invalid stance model');
  });
});
