// FNC-1 scoring (weighted accuracy as a share of the gold maximum), confusion matrix and per-class F1.
import { STANCES, type StanceLabel } from './labels.js';

const RELATED_SET = new Set<StanceLabel>(['agree', 'disagree', 'discuss']);

/** FNC-1 weighted score: +0.25 when related/unrelated is right, +0.75 more for the exact related label. */
export function fncScore(gold: StanceLabel[], pred: StanceLabel[]): { score: number; max: number; percent: number } {
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = pred[i]!;
    max += g === 'unrelated' ? 0.25 : 1;
    if (g === p) score += g === 'unrelated' ? 0.25 : 1;
    else if (RELATED_SET.has(g) && RELATED_SET.has(p)) score += 0.25;
  });
  return { score, max, percent: max ? (100 * score) / max : 0 };
}

/** confusion[gold][pred] counts, rows and columns in STANCES order. */
export function confusion(gold: StanceLabel[], pred: StanceLabel[]): number[][] {
  const m = STANCES.map(() => STANCES.map(() => 0));
  gold.forEach((g, i) => {
    m[STANCES.indexOf(g)]![STANCES.indexOf(pred[i]!)]! += 1;
  });
  return m;
}

export function perClassF1(gold: StanceLabel[], pred: StanceLabel[]): Record<StanceLabel, number> {
  const m = confusion(gold, pred);
  const out = {} as Record<StanceLabel, number>;
  STANCES.forEach((l, k) => {
    const tp = m[k]![k]!;
    const goldN = m[k]!.reduce((a, b) => a + b, 0);
    const predN = m.reduce((a, row) => a + row[k]!, 0);
    out[l] = tp === 0 ? 0 : (2 * tp) / (goldN + predN);
  });
  return out;
}

export function macroF1(f1: Record<StanceLabel, number>): number {
  return STANCES.reduce((a, l) => a + f1[l], 0) / STANCES.length;
}
