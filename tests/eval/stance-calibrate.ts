// Decision calibration of the stance model on dev draws: the related threshold of the first stage and per-class
// offsets on the second stage's log-probabilities, chosen to maximise the FNC-1 weighted score (disagree F1 breaks
// ties). Offsets chosen on some draws are scored on a draw they never saw (leave one draw out), paired with the
// uncalibrated model on the same draw. `tsx tests/eval/stance-calibrate.ts ['{config override}'] [--draws base,1,2,3]`;
// never reads the test claims.
import { argv } from 'node:process';
import { RELATED, type StanceLabel } from '../../lib/stance/labels.js';
import { parseStanceModel, serializeStanceModel } from '../../lib/stance/model.js';
import { predictPrepared } from '../../lib/stance/predict.js';
import { fncScore, perClassF1 } from '../../lib/stance/score.js';
import { DEFAULT_TRAIN_CONFIG, PreparedCache, trainStanceModel, type StanceTrainConfig } from '../../lib/stance/train-model.js';
import { loadStanceData } from '../../lib/node/train-stance.js';
import { stanceSplit } from './stance-split.js';

const override = JSON.parse(argv[2]?.startsWith('{') ? argv[2] : '{}') as Partial<StanceTrainConfig>;
const drawsArg = argv.indexOf('--draws');
const draws = (drawsArg > 0 ? argv[drawsArg + 1]! : 'base,1,2,3').split(',');

interface Scored {
  gold: StanceLabel;
  pRelated: number;
  /** Log-probabilities of the second stage, RELATED order. */
  logp: number[];
}

/** A decision rule: related when pRelated ≥ threshold, then argmax of logp + offset (agree, disagree, discuss). */
interface Decision {
  threshold: number;
  offsets: [number, number, number];
}

const NONE: Decision = { threshold: 0.5, offsets: [0, 0, 0] };

function decide(s: Scored, d: Decision): StanceLabel {
  if (s.pRelated < d.threshold) return 'unrelated';
  let best = 0;
  for (let k = 1; k < RELATED.length; k++) if (s.logp[k]! + d.offsets[k]! > s.logp[best]! + d.offsets[best]!) best = k;
  return RELATED[best]!;
}

function measure(rows: Scored[], d: Decision): { score: number; disagree: number; agree: number } {
  const gold = rows.map((r) => r.gold);
  const pred = rows.map((r) => decide(r, d));
  const f1 = perClassF1(gold, pred);
  return { score: fncScore(gold, pred).percent, disagree: 100 * f1.disagree, agree: 100 * f1.agree };
}

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
const GRID: Decision[] = range(0.1, 0.7, 0.05).flatMap((threshold) =>
  range(-1, 1, 0.25).flatMap((a) =>
    range(-1, 2, 0.25).map((dis) => ({ threshold, offsets: [a, dis, 0] as [number, number, number] })),
  ),
);

type Measured = ReturnType<typeof measure>;

/** Of the candidates (indices into GRID), the one with the best mean score over the given draws' measurements
 *  (mean disagree F1 breaks near-ties). */
function choose(table: Measured[][], candidates: number[], draws: number[]): number {
  let best = candidates[0]!;
  let bestKey = -Infinity;
  for (const d of candidates) {
    const ms = draws.map((j) => table[d]![j]!);
    const key = ms.reduce((a, m) => a + m.score + 0.001 * m.disagree, 0) / ms.length;
    if (key > bestKey) [best, bestKey] = [d, key];
  }
  return best;
}

const data = loadStanceData();
const cache = new PreparedCache();
const config = { ...DEFAULT_TRAIN_CONFIG, ...override };
const perDraw: Scored[][] = [];
for (const draw of draws) {
  const split = stanceSplit(data, true, draw === 'base' ? undefined : Number(draw));
  const model = parseStanceModel(serializeStanceModel(trainStanceModel(split.set, config, 'calibrate', cache)));
  perDraw.push(
    split.evalPairs.map((p) => {
      const { probs } = predictPrepared(model, cache.get(p.headline), cache.get(data.bodies.get(p.bodyId)!));
      const pRelated = 1 - probs.unrelated;
      return { gold: p.stance!, pRelated, logp: RELATED.map((l) => Math.log(Math.max(1e-12, probs[l] / pRelated))) };
    }),
  );
  console.log(`draw ${draw}: ${perDraw.at(-1)!.length} pairs scored`);
}

const show = (d: Decision): string => `threshold ${d.threshold}, offsets agree ${d.offsets[0]} disagree ${d.offsets[1]}`;
const stat = (xs: number[]): string => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return `${mean >= 0 ? '+' : ''}${mean.toFixed(2)} ± ${sd.toFixed(2)}`;
};
// Every grid decision measured once on every draw; leave-one-out choices then only read the table.
const table = GRID.map((d) => perDraw.map((rows) => measure(rows, d)));
const all = draws.map((_, i) => i);
const families: [string, number[]][] = [
  ['threshold and offsets', GRID.map((_, i) => i)],
  ['threshold only', GRID.flatMap((d, i) => (d.offsets.every((o) => o === 0) ? [i] : []))],
  ['offsets only', GRID.flatMap((d, i) => (d.threshold === NONE.threshold ? [i] : []))],
];
for (const [family, candidates] of families) {
  console.log(`\n${family}, chosen on the other draws and scored on each:`);
  const diffs = { score: [] as number[], disagree: [] as number[], agree: [] as number[] };
  draws.forEach((draw, i) => {
    const chosen = choose(
      table,
      candidates,
      all.filter((j) => j !== i),
    );
    const before = measure(perDraw[i]!, NONE);
    const after = table[chosen]![i]!;
    for (const k of ['score', 'disagree', 'agree'] as const) diffs[k].push(after[k] - before[k]);
    console.log(
      `  draw ${draw.padEnd(4)} ${show(GRID[chosen]!)}: score ${before.score.toFixed(2)} → ${after.score.toFixed(2)}, ` +
        `disagree ${before.disagree.toFixed(1)} → ${after.disagree.toFixed(1)}, agree ${before.agree.toFixed(1)} → ${after.agree.toFixed(1)}`,
    );
  });
  console.log(
    `  paired with no calibration: score ${stat(diffs.score)}, disagree F1 ${stat(diffs.disagree)}, agree F1 ${stat(diffs.agree)}`,
  );
  console.log(`  chosen on all draws: ${show(GRID[choose(table, candidates, all)]!)}`);
}
