// Fits the matcher's feature weights and calibration (lib/match/calibrate.ts) by logistic regression on the
// DEV half of each labelled corpus: for every held-out query, its right event (positive) against the best
// wrong event (negative), each corpus weighted equally. Prints the constants; `npm run eval:match` then
// scores them on the test half, which this script never reads.
import { buildIndex } from '../../lib/index/build.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { buildQuery } from '../../lib/match/query.js';
import { rankEvents } from '../../lib/match/rank.js';
import { WEIGHTS } from '../../lib/match/calibrate.js';
import { CORPORA, loadCorpus } from '../../lib/node/corpora.js';
import { split } from './split.js';

type Sample = { x: number[]; y: 0 | 1; w: number };
type Feat = number[];
/** Per query: features of its candidate events (best first by cosine) and which one is right (-1: none). */
type Query = { events: Feat[]; right: number; corpus: string };

async function queries(): Promise<Query[]> {
  const out: Query[] = [];
  for (const name of CORPORA) {
    const s = split(loadCorpus(name), { unknownShare: 0.25, part: 0 });
    const built = await buildIndex(s.indexed, { description: name });
    const store = new MemoryStore(built.header, built.records);
    for (const q of [...s.known, ...s.unknown]) {
      const query = await buildQuery(store, q.article);
      const { events } = await rankEvents(store, query.profile, new Set());
      const top = events.slice(0, 8);
      out.push({
        corpus: name,
        events: top.map((e) => [e.best.cos, e.best.ent, Math.min(e.best.nums, 3) / 3, e.best.late, e.second?.cos ?? 0, e.best.title]),
        right: top.findIndex((e) => e.eventId === q.event.id),
      });
    }
  }
  return out;
}

/** Right event against the best-scoring wrong one, each corpus weighted equally. */
function pairSamples(qs: Query[], score: (f: Feat) => number): Sample[] {
  const out: Sample[] = [];
  for (const name of CORPORA) {
    const mine: Omit<Sample, 'w'>[] = [];
    for (const q of qs.filter((x) => x.corpus === name)) {
      if (q.right >= 0) mine.push({ x: q.events[q.right]!, y: 1 });
      const wrong = q.events.map((f, i) => ({ f, i, s: score(f) })).filter((e) => e.i !== q.right).sort((a, b) => b.s - a.s)[0];
      if (wrong) mine.push({ x: wrong.f, y: 0 });
    }
    for (const m of mine) out.push({ ...m, w: 1 / mine.length });
  }
  return out;
}

function fit(data: Sample[], steps = 20000, lr = 2, l2 = 1e-4): { w: number[]; b: number } {
  const d = data[0]!.x.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = data.reduce((s, x) => s + x.w, 0);
  for (let it = 0; it < steps; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const s of data) {
      const z = s.x.reduce((acc, v, i) => acc + v * w[i]!, b);
      const err = (1 / (1 + Math.exp(-z)) - s.y) * s.w;
      for (let i = 0; i < d; i++) gw[i]! += err * s.x[i]!;
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i]! -= lr * (gw[i]! / total + l2 * w[i]!);
    b -= (lr * gb) / total;
  }
  return { w, b };
}

const qs = await queries();
// Weights and calibration in one logistic regression over (right event, best wrong event) pairs; "best wrong"
// is ranked by the weights in use (lib/match/calibrate.ts), which are the ones the matcher will face.
const current = (f: Feat) => f[0]! + WEIGHTS.ent * f[1]! + WEIGHTS.num * f[2]! + WEIGHTS.late * f[3]! + WEIGHTS.support * f[4]! + WEIGHTS.title * f[5]!;
const { w, b } = fit(pairSamples(qs, current));
const [, ent, num, late, support, title] = w.map((v) => v / w[0]!);
const r = (v: number) => Math.round(v * 100) / 100;
console.log(`queries: ${qs.length}`);
console.log(`export const WEIGHTS = { cos: 1, ent: ${r(ent!)}, num: ${r(num!)}, late: ${r(late!)}, support: ${r(support!)}, title: ${r(title!)} } as const;`);
console.log(`export const CALIBRATION = { slope: ${r(w[0]!)}, intercept: ${r(b)} } as const;`);
