// The article-extraction-benchmark metric (../shared/data/article-extraction-benchmark/README.md), written from
// its description: 4-token shingle multisets, TP/FP/FN normalised per page, P and R averaged over pages, F1 of
// the averages. Tokens are `\w+` in Python's Unicode sense: letters, digits and underscore. As upstream's
// evaluate.py does, a page with no predicted shingles is left out of the precision mean (and one with no gold
// shingles out of the recall mean); with that, the stored outputs reproduce the README's table.

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  exact: boolean;
}

export function scorePage(gold: string, predicted: string): PageScore {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0,
      pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  const exact = (gold.match(TOKEN) ?? []).join(' ') === (predicted.match(TOKEN) ?? []).join(' ');
  return { tp, fp, fn, precision, recall, exact };
}

export function summarise(scores: PageScore[]): { precision: number; recall: number; f1: number; accuracy: number } {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.filter((x) => x.tp + x.fp > 0).map((x) => x.precision));
  const recall = mean(scores.filter((x) => x.tp + x.fn > 0).map((x) => x.recall));
  const n = scores.length || 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.filter((x) => x.exact).length / n;
  return { precision, recall, f1, accuracy };
}
