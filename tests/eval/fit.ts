// Fits the matcher's constants (lib/index/pair-weights.ts) by logistic regression on the DEV half of each labelled
// corpus, each corpus weighted equally; `npm run eval:match` then scores them on the test half, which this
// script never reads. WEIGHTS/CALIBRATION: a query's right event (positive) against its best wrong event
// (negative); the weight of date nearness in the event ranking by dev acc@1, the other weights fixed.
// After pasting them, the match decision is refitted by tests/eval/fit-match-decision.ts.
import { buildIndex } from '../../lib/index/build.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { buildQuery } from '../../lib/match/query.js';
import { rankEvents } from '../../lib/match/rank.js';
import { WEIGHTS } from '../../lib/index/pair-weights.js';
import { CORPORA, loadCorpus } from '../../lib/node/corpora.js';
import { fitLogistic, type Sample } from './logistic.js';
import { split } from './split.js';

type Feat = number[];
/** Per query: features of its candidate events and which one is right (-1: none). */
type Query = {
  events: Feat[];
  scores: { s: number; near: number }[];
  rightAll: number;
  right: number;
  corpus: string;
  known: boolean;
};

async function queries(): Promise<Query[]> {
  const out: Query[] = [];
  for (const name of CORPORA) {
    const s = split(loadCorpus(name), { unknownShare: 0.25, part: 0 });
    const built = await buildIndex(s.indexed, { description: name });
    const store = new MemoryStore(built.header, built.records);
    const known = new Set(s.known.map((q) => q.article.id));
    for (const q of [...s.known, ...s.unknown]) {
      const query = await buildQuery(store, q.article);
      const { events } = await rankEvents(store, query.profile, new Set(), query.df);
      const top = events.slice(0, 8);
      out.push({
        corpus: name,
        known: known.has(q.article.id),
        events: top.map((e) => [
          e.best.cos,
          e.best.ent,
          Math.min(e.best.nums, 3) / 3,
          e.best.late,
          e.second?.cos ?? 0,
          e.best.title,
        ]),
        scores: events.map((e) => ({ s: e.score - WEIGHTS.near * e.best.near, near: e.best.near })),
        rightAll: events.findIndex((e) => e.eventId === q.event.id),
        right: top.findIndex((e) => e.eventId === q.event.id),
      });
    }
  }
  return out;
}

/** Each corpus's samples weigh 1 in total. */
function perCorpus(qs: Query[], samples: (q: Query) => Omit<Sample, 'w'>[]): Sample[] {
  const out: Sample[] = [];
  for (const name of CORPORA) {
    const mine = qs.filter((x) => x.corpus === name).flatMap(samples);
    for (const m of mine) out.push({ ...m, w: 1 / mine.length });
  }
  return out;
}

const qs = await queries();
const r = (v: number) => Math.round(v * 100) / 100;
console.log(`queries: ${qs.length}`);

// 1. "Best wrong" is ranked by the weights in use, which are the ones the matcher will face.
const current = (f: Feat) =>
  f[0]! + WEIGHTS.ent * f[1]! + WEIGHTS.num * f[2]! + WEIGHTS.late * f[3]! + WEIGHTS.support * f[4]! + WEIGHTS.title * f[5]!;
const pairs = perCorpus(qs, (q) => {
  const out: Omit<Sample, 'w'>[] = [];
  if (q.right >= 0) out.push({ x: q.events[q.right]!, y: 1 });
  const wrong = q.events
    .map((f, i) => ({ f, i, s: current(f) }))
    .filter((e) => e.i !== q.right)
    .sort((a, b) => b.s - a.s)[0];
  if (wrong) out.push({ x: wrong.f, y: 0 });
  return out;
});
const { w, b } = fitLogistic(pairs);
const [, ent, num, late, support, title] = w.map((v) => v / w[0]!);
/** Mean over corpora of dev acc@1 when events are ranked with nearness weight wn. */
const acc = (wn: number) =>
  CORPORA.reduce((sum, name) => {
    const mine = qs.filter((q) => q.corpus === name && q.known);
    const ok = mine.filter((q) => {
      let best = -1;
      q.scores.forEach((e, i) => {
        if (best < 0 || e.s + wn * e.near > q.scores[best]!.s + wn * q.scores[best]!.near) best = i;
      });
      return best >= 0 && best === q.scores.findIndex((_, i) => i === q.rightAll);
    }).length;
    return sum + ok / Math.max(1, mine.length) / CORPORA.length;
  }, 0);
let near = 0;
for (let wn = 0.05; wn <= 1.001; wn += 0.05) if (acc(wn) > acc(near) + 1e-9) near = Math.round(wn * 100) / 100;
console.log(`dev acc@1 (mean of corpora): near 0 → ${acc(0).toFixed(3)}, near ${near} → ${acc(near).toFixed(3)}`);
console.log(
  `export const WEIGHTS = { cos: 1, ent: ${r(ent!)}, num: ${r(num!)}, late: ${r(late!)}, near: ${near}, support: ${r(support!)}, title: ${r(title!)}, spread: ${WEIGHTS.spread} } as const;`,
);
console.log(`export const CALIBRATION = { slope: ${r(w[0]!)}, intercept: ${r(b)} } as const;`);
