// Experiment on the DEV half only: would a ranker fitted for ranking order events better than eventScore, whose
// weights were fitted to tell same-event pairs from others (fit.ts)? Every article of a dev event with two or more
// is asked leave-one-out (as rank-loo.ts); each event among the first RANKED gets a feature vector, and a pairwise
// logistic model (right event against each other) is fitted on one fold of the events and scored on the other, both
// ways, against eventScore's own order on the same queries. The test half is never read.
//   npx tsx tests/eval/rank-fit.ts [corpus…]
import type { EventCandidate } from '../../lib/match/rank.js';
import { CORPORA, type CorpusName } from '../../lib/node/corpora.js';
import { fitLogistic, type Sample } from './logistic.js';
import { looRankings } from './loo-store.js';
import { stableHash } from './split.js';

const RANKED = 8;
const FEATURES = [
  'cos',
  'ent',
  'title',
  'nums',
  'late',
  'near',
  'support',
  'spread',
  'second',
  'cover',
  'peer',
  'unnamed',
  'dateOnly',
];

function features(e: EventCandidate): number[] {
  const b = e.best;
  return [
    b.cos,
    b.ent,
    b.title,
    Math.min(b.nums, 3) / 3,
    b.late,
    b.near,
    e.second?.cos ?? 0,
    e.second ? e.second.score - b.score : 0,
    e.second ? 1 : 0,
    e.cover,
    e.peer ?? 0,
    Math.min(e.unnamed, 3) / 3,
    e.dateOnly ? 1 : 0,
  ];
}

interface Query {
  corpus: string;
  fold: 0 | 1;
  right: number;
  f: number[][];
}

const names = process.argv.slice(2).filter((a) => !a.startsWith('--')) as CorpusName[];
const queries: Query[] = [];
for (const name of names.length ? names : CORPORA) {
  for await (const { item, events } of looRankings(name)) {
    const top = events.slice(0, RANKED);
    queries.push({
      corpus: name,
      fold: ((stableHash(`fold:${item.event.id}`) >>> 9) & 1) as 0 | 1,
      right: top.findIndex((e) => e.eventId === item.event.id),
      f: top.map(features),
    });
  }
}

console.log(
  `${queries.length} queries, the right event among the first ${RANKED} for ${queries.filter((q) => q.right >= 0).length}`,
);
function fit(train: Query[]): number[] {
  const data: Sample[] = [];
  for (const q of train) {
    if (q.right < 0 || q.f.length < 2) continue;
    const w = 1 / (q.f.length - 1);
    q.f.forEach((g, i) => {
      if (i === q.right) return;
      const d = q.f[q.right]!.map((v, k) => v - g[k]!);
      data.push({ x: d, y: 1, w }, { x: d.map((v) => -v), y: 0, w });
    });
  }
  return fitLogistic(data, 4000, 1, 1e-3).w;
}

const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * w[i]!, 0);
const rows = new Map<string, { n: number; base: number; fitted: number }>();
for (const fold of [0, 1] as const) {
  const w = fit(queries.filter((q) => q.fold !== fold));
  console.log(`fold ${fold} weights: ${FEATURES.map((f, i) => `${f} ${w[i]!.toFixed(2)}`).join(', ')}`);
  for (const q of queries.filter((x) => x.fold === fold)) {
    const r = rows.get(q.corpus) ?? { n: 0, base: 0, fitted: 0 };
    r.n++;
    if (q.right === 0) r.base++;
    let best = -1;
    let bestScore = -Infinity;
    q.f.forEach((x, i) => {
      const s = dot(w, x);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best === q.right && q.right >= 0) r.fitted++;
    rows.set(q.corpus, r);
  }
}
console.log('corpus     queries  eventScore  fitted (other fold)');
for (const [c, r] of rows)
  console.log(
    `${c.padEnd(10)} ${String(r.n).padStart(7)}  ${(r.base / r.n).toFixed(3).padStart(10)}  ${(r.fitted / r.n).toFixed(3).padStart(8)}`,
  );
