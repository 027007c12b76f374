// Compares stance-model variants on several dev draws (dev claims re-drawn among the non-test ones), the way every
// tuning choice should be made: one dev draw holds ~75 disagree pairs, and draws differ by several points.
// `tsx tests/eval/stance-draws.ts '{"name": {config override}, ...}' [--draws base,1,2,3]`; never reads the test claims.
import { gzipSync } from 'node:zlib';
import { argv } from 'node:process';
import { parseStanceModel, serializeStanceModel } from '../../lib/stance/model.js';
import { predictPrepared, predictStance } from '../../lib/stance/predict.js';
import { fncScore, macroF1, perClassF1 } from '../../lib/stance/score.js';
import { DEFAULT_TRAIN_CONFIG, PreparedCache, trainStanceModel, type StanceTrainConfig } from '../../lib/stance/train-model.js';
import { loadStanceData } from '../../lib/node/train-stance.js';
import { stanceSplit } from './stance-split.js';

const variants = JSON.parse(argv[2] ?? '{"current": {}}') as Record<string, Partial<StanceTrainConfig>>;
const drawsArg = argv.indexOf('--draws');
const draws = (drawsArg > 0 ? argv[drawsArg + 1]! : 'base,1,2,3').split(',');

interface Row {
  score: number;
  disagree: number;
  agree: number;
  macro: number;
  trainS: number;
}

const data = loadStanceData();
const cache = new PreparedCache();
const rows = new Map<string, Row[]>(Object.keys(variants).map((v) => [v, []]));
const sizes = new Map<string, string>();
const times = new Map<string, number[]>();
for (const draw of draws) {
  const split = stanceSplit(data, true, draw === 'base' ? undefined : Number(draw));
  const gold = split.evalPairs.map((p) => p.stance!);
  for (const [name, override] of Object.entries(variants)) {
    const config = { ...DEFAULT_TRAIN_CONFIG, ...override };
    const t = performance.now();
    const json = serializeStanceModel(trainStanceModel(split.set, config, 'draws', cache));
    const trainS = (performance.now() - t) / 1000;
    const model = parseStanceModel(json);
    const pred = split.evalPairs.map(
      (p) => predictPrepared(model, cache.get(p.headline), cache.get(data.bodies.get(p.bodyId)!)).label,
    );
    const f1 = perClassF1(gold, pred);
    const row = {
      score: fncScore(gold, pred).percent,
      disagree: 100 * f1.disagree,
      agree: 100 * f1.agree,
      macro: 100 * macroF1(f1),
      trainS,
    };
    rows.get(name)!.push(row);
    console.log(
      `draw ${draw.padEnd(4)} ${name.padEnd(24)} score ${row.score.toFixed(2)}  disagree ${row.disagree.toFixed(1)}  agree ${row.agree.toFixed(1)}  macro ${row.macro.toFixed(1)}  train ${trainS.toFixed(0)} s`,
    );
    if (!sizes.has(name)) {
      sizes.set(name, `${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gz)`);
      const sample = split.evalPairs.slice(0, 300);
      for (const p of sample.slice(0, 30)) predictStance(model, p.headline, data.bodies.get(p.bodyId)!);
      const ms = sample.map((p) => {
        const s = performance.now();
        predictStance(model, p.headline, data.bodies.get(p.bodyId)!);
        return performance.now() - s;
      });
      times.set(
        name,
        ms.sort((a, b) => a - b),
      );
    }
  }
}

const stat = (xs: number[]): string => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return `${mean.toFixed(2)} ± ${sd.toFixed(2)} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;
};
const [first, base] = [...rows][0]!;
console.log(`\nmean ± sd [min–max] over dev draws ${draws.join(', ')}:`);
for (const [name, rs] of rows) {
  const ms = times.get(name)!;
  console.log(`${name}:`);
  console.log(`  weighted score ${stat(rs.map((r) => r.score))}`);
  console.log(`  disagree F1    ${stat(rs.map((r) => r.disagree))}`);
  console.log(`  agree F1       ${stat(rs.map((r) => r.agree))}`);
  console.log(`  macro-F1       ${stat(rs.map((r) => r.macro))}`);
  console.log(
    `  paired with ${first} (same draws): score ${stat(rs.map((r, i) => r.score - base[i]!.score))}, disagree ${stat(rs.map((r, i) => r.disagree - base[i]!.disagree))}`,
  );
  console.log(
    `  train ${stat(rs.map((r) => r.trainS))} s; model ${sizes.get(name)}; per pair incl. tokenising median ${ms[ms.length >> 1]!.toFixed(2)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(2)} ms`,
  );
}
