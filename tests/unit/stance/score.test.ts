// FNC-1 weighted score, confusion and F1 on hand-made cases.
import { describe, expect, it } from 'vitest';
import { confusion, fncScore, macroF1, perClassF1 } from '../../../lib/stance/score.js';
import type { StanceLabel } from '../../../lib/stance/labels.js';

describe('fncScore', () => {
  it('gives the gold maximum for perfect predictions', () => {
    const gold: StanceLabel[] = ['agree', 'unrelated', 'discuss', 'disagree'];
    expect(fncScore(gold, gold)).toEqual({ score: 3.25, max: 3.25, percent: 100 });
  });
  it('gives 0.25 for a related pair with the wrong related label and 0 for related↔unrelated mistakes', () => {
    const gold: StanceLabel[] = ['agree', 'agree', 'unrelated', 'discuss'];
    const pred: StanceLabel[] = ['discuss', 'unrelated', 'agree', 'discuss'];
    const s = fncScore(gold, pred);
    expect(s.score).toBe(0.25 + 0 + 0 + 1);
    expect(s.max).toBe(3.25);
  });
});

describe('confusion and F1', () => {
  const gold: StanceLabel[] = ['agree', 'agree', 'disagree', 'unrelated'];
  const pred: StanceLabel[] = ['agree', 'discuss', 'disagree', 'disagree'];
  it('counts gold rows against predicted columns', () => {
    const m = confusion(gold, pred);
    expect(m[0]).toEqual([1, 0, 1, 0]);
    expect(m[3]).toEqual([0, 1, 0, 0]);
  });
  it('computes per-class and macro F1', () => {
    const f1 = perClassF1(gold, pred);
    expect(f1.agree).toBeCloseTo(2 / 3); // tp 1, gold 2, predicted 1
    expect(f1.disagree).toBeCloseTo(2 / 3); // tp 1, gold 1, predicted 2
    expect(f1.discuss).toBe(0);
    expect(macroF1(f1)).toBeCloseTo((2 / 3 + 2 / 3) / 4);
  });
});
