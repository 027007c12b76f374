// Stance model evaluation (second half of `npm run eval:claims`): FNC-1 score on claims held out from training,
// per-class F1, confusion, disagree F1, Emergent 3-class headline accuracy, model size and inference time.
// `tsx tests/eval/stance.ts --dev` trains on train and scores the dev split (used for every tuning choice);
// the default trains on train+dev and scores the test split once; --write-docs writes docs/measurements.md.
import { gzipSync } from 'node:zlib';
import { argv } from 'node:process';
import { RELATED, STANCES } from '../../lib/stance/labels.js';
import { parseStanceModel, serializeStanceModel } from '../../lib/stance/model.js';
import { predictPrepared, predictStance } from '../../lib/stance/predict.js';
import { confusion, fncScore, macroF1, perClassF1 } from '../../lib/stance/score.js';
import { DEFAULT_TRAIN_CONFIG, PreparedCache, trainStanceModel } from '../../lib/stance/train-model.js';
import { loadStanceData } from '../../lib/node/train-stance.js';
import { DEV_SHARE, SPLIT_SEED, TEST_SHARE, stanceSplit } from './stance-split.js';
import { claimSentences, extractClaims } from '../../lib/claims/index.js';
import type { Article } from '../../lib/types.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';

const pct = (x: number): string => (100 * x).toFixed(2);
const dev = argv.includes('--dev');

const data = loadStanceData();
// Tuning may re-draw the dev claims among the non-test ones (STANCE_DEV_SEED) to average out a small dev split.
const devSeed = dev && process.env.STANCE_DEV_SEED ? Number(process.env.STANCE_DEV_SEED) : undefined;
const split = stanceSplit(data, dev, devSeed);
const { evalPart, part, set, claimsIn } = split;
const unrelatedShare = (ps: typeof data.pairs): string => pct(ps.filter((p) => p.stance === 'unrelated').length / ps.length);
console.log(
  `stance eval (${dev ? 'DEV split: tuning' : 'TEST split: held-out claims'}), claim split seed ${SPLIT_SEED}, shares test ${TEST_SHARE} / dev ${DEV_SHARE}`,
);
console.log(
  `  train: ${set.pairs.length} pairs (FNC-1 pairs of ${claimsIn(split.trainPairs)} claims + Emergent claim→headline pairs of the same claims)`,
);
console.log(
  `  eval:  ${split.evalPairs.length} FNC-1 pairs of ${claimsIn(split.evalPairs)} claims, ${unrelatedShare(split.evalPairs)}% unrelated ` +
    `(${split.redrawn} unrelated pairs given a body of another held-out claim, ${split.dropped} related pairs across the split dropped)`,
);
const evalPairs = split.evalPairs;

const cache = new PreparedCache();
let t = performance.now();
// Tuning runs may override the config (dev split only, so the test split never steers a choice).
const override = dev && process.env.STANCE_CONFIG ? (JSON.parse(process.env.STANCE_CONFIG) as object) : {};
const config = { ...DEFAULT_TRAIN_CONFIG, ...override } as typeof DEFAULT_TRAIN_CONFIG;
const trained = trainStanceModel(set, config, 'eval', cache);
const trainMs = performance.now() - t;
const json = serializeStanceModel(trained);
const model = parseStanceModel(json); // score the quantised model that would ship, not the float one
console.log(
  `  trained in ${(trainMs / 1000).toFixed(1)} s; model file ${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped)`,
);

const gold = evalPairs.map((p) => p.stance!);
const pred = evalPairs.map((p) => predictPrepared(model, cache.get(p.headline), cache.get(data.bodies.get(p.bodyId)!)).label);
const score = fncScore(gold, pred);
const f1 = perClassF1(gold, pred);
console.log(`\nFNC-1 weighted score: ${score.percent.toFixed(2)}% of max (${score.score.toFixed(2)} / ${score.max.toFixed(2)})`);
console.log('  published anchors (competition test set): baseline 75.20, UCL 81.72, Athene 81.97, winner SOLAT 82.02');
console.log(
  '  (ours is scored on claims held out of FNC-1 train, not on the competition test set: comparable in kind, not identical)',
);
console.log(`  per-class F1: ${STANCES.map((l) => `${l} ${pct(f1[l])}`).join(', ')}; macro-F1 ${pct(macroF1(f1))}`);
console.log(`  disagree F1: ${pct(f1.disagree)} (issue #20 target ≥ 40; weighted score target ≥ 86)`);
// The extension's index keeps an article's check-worthy sentences, not its body: the same pairs with each body cut to
// those sentences, as a worker would read another outlet's article.
const indexBody = new Map<string, string>();
const asIndexed = (id: string): string => {
  let b = indexBody.get(id);
  if (b === undefined) {
    const claims = extractClaims({
      id,
      title: '',
      text: data.bodies.get(id)!,
      outlet: null,
      domain: null,
      url: null,
      published: null,
      lang: 'en',
      byline: null,
    } as Article);
    indexBody.set(id, (b = claimSentences(claims).join(' ')));
  }
  return b;
};
const predIndexed = evalPairs.map((p) => predictStance(model, p.headline, asIndexed(p.bodyId)).label);
const f1i = perClassF1(gold, predIndexed);
console.log(
  `  bodies cut to the sentences the index keeps: weighted ${fncScore(gold, predIndexed).percent.toFixed(2)}%; per-class F1 ${STANCES.map((l) => `${l} ${pct(f1i[l])}`).join(', ')}`,
);
// What the extension shows of it: related or not (its first stage), on the kept sentences.
const keptRelatedRight = predIndexed.filter((l, i) => (l === 'unrelated') === (gold[i] === 'unrelated')).length;
console.log(
  `  related-vs-unrelated accuracy on kept sentences (what the extension shows): ${pct(keptRelatedRight / gold.length)}%`,
);
const m = confusion(gold, pred);
console.log(`  confusion (rows gold, columns predicted):\n  ${''.padEnd(10)}${STANCES.map((l) => l.padStart(10)).join('')}`);
STANCES.forEach((l, i) => console.log(`  ${l.padEnd(10)}${m[i]!.map((n) => String(n).padStart(10)).join('')}`));
const relatedRight = gold.filter((g, i) => (g === 'unrelated') === (pred[i] === 'unrelated')).length;
console.log(`  related-vs-unrelated accuracy: ${pct(relatedRight / gold.length)}%`);
console.log(`  hyperparameters: DEFAULT_TRAIN_CONFIG in lib/stance/train-model.ts, chosen on dev claims (--dev), never on test`);

// Emergent: the headline's stance to the claim, 3 classes, for claims outside training.
const claimText = new Map(data.claims.map((c) => [c.claimId, c.claim]));
const emergent = data.articles.filter((a) => part.get(a.claimId) === evalPart && claimText.has(a.claimId));
const toEmergent: Record<string, string> = { agree: 'for', disagree: 'against', discuss: 'observing' };
let right = 0;
for (const a of emergent) {
  const { probs } = predictStance(model, claimText.get(a.claimId)!, a.headline);
  const best = RELATED.reduce((x, y) => (probs[y] > probs[x] ? y : x));
  if (toEmergent[best] === a.stance) right++;
}
const eClaims = new Set(emergent.map((a) => a.claimId)).size;
console.log(`\nEmergent headline stance (for/against/observing), ${emergent.length} headlines of ${eClaims} held-out claims:`);
console.log(`  accuracy ${pct(right / (emergent.length || 1))}% (Ferreira & Vlachos 2016: 73% on their own test split)`);

// Inference cost per article in the shipped path: tokenise headline and body, both stages.
const sample = evalPairs.slice(0, 400);
for (const p of sample.slice(0, 50)) predictStance(model, p.headline, data.bodies.get(p.bodyId)!); // JIT warm-up
const times: number[] = [];
for (const p of sample) {
  t = performance.now();
  predictStance(model, p.headline, data.bodies.get(p.bodyId)!);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const q = (f: number): string => times[Math.min(times.length - 1, Math.floor(f * times.length))]!.toFixed(2);
console.log(
  `\ninference per headline/body pair (Node, incl. tokenising): median ${q(0.5)} ms, p95 ${q(0.95)} ms over ${times.length} pairs`,
);
const words = sample.map((p) => data.bodies.get(p.bodyId)!.split(/\s+/).length).sort((a, b) => a - b);
console.log(
  `  (bodies of median ${words[words.length >> 1]} words, longest ${words[words.length - 1]}; timings share the CPU with whatever else runs)`,
);

if (wantsDocs() && !dev) {
  const weighted = fncScore(gold, predIndexed).percent;
  const emergentAcc = right / (emergent.length || 1);
  writeMeasurements(
    'eval-stance',
    'Stance model: `tsx tests/eval/stance.ts` (part of `npm run eval:claims`)',
    `${runLine('tsx tests/eval/stance.ts --write-docs')}

Trained on FNC-1 train and Emergent without ${claimsIn(evalPairs)} held-out claims (${evalPairs.length} FNC-1 pairs), scored on those.
The anchors are on FNC-1's competition test set, which is held back: comparable in kind, not identical.

${table(
  ['measure', 'ours', 'anchor', 'target'],
  [
    [
      'FNC-1 weighted score',
      `${score.percent.toFixed(2)}%`,
      'baseline 75.20, UCL 81.72, Athene 81.97, winner 82.02',
      `≥ 86 (issue #20): ${score.percent >= 86 ? 'met' : 'missed'}`,
    ],
    ['disagree F1', pct(f1.disagree), 'where every baseline fails', `≥ 40 (issue #20): ${f1.disagree >= 0.4 ? 'met' : 'missed'}`],
    ['per-class F1', STANCES.map((l) => `${l} ${pct(f1[l])}`).join(', '), '', ''],
    ['macro-F1', pct(macroF1(f1)), '', ''],
    ['bodies cut to the sentences the index keeps: weighted', `${weighted.toFixed(2)}%`, '', ''],
    ['related vs unrelated on kept sentences (what the extension shows)', `${pct(keptRelatedRight / gold.length)}%`, '', ''],
    [
      `Emergent 3-class headline stance, ${emergent.length} headlines of held-out claims`,
      `${pct(emergentAcc)}%`,
      'Ferreira & Vlachos 73%',
      '',
    ],
    ['model file', `${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped)`, '', ''],
    [`inference per pair, ${times.length} pairs`, `median ${q(0.5)} ms, p95 ${q(0.95)} ms`, '', ''],
  ],
)}`,
  );
}
