// Events as the collector makes them, scored: each labelled corpus replayed in publication order through the
// collector's incremental assignment (lib/collect/assign.ts), against the batch builder on the whole corpus at once
// (lib/index/build.ts with no labels), both against the corpus's gold events (B-cubed), and their agreement.
// `npx tsx tests/eval/events.ts [corpus…] [--write-docs]`
import { EventAssigner } from '../../lib/collect/assign.js';
import { extractClaims } from '../../lib/claims/index.js';
import { buildIndex } from '../../lib/index/build.js';
import { analyzeText } from '../../lib/index/features.js';
import { dayOf } from '../../lib/index/similarity.js';
import { loadCorpus, type CorpusItem, type CorpusName } from '../../lib/node/corpora.js';
import { bcubed } from '../collect/corpus-web.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** --dense: every event laid two hours after the one before, as one live stream of many same-day events. */
const dense = process.argv.includes('--dense');
const corpora = (args.length ? args : ['allsides', 'basil', 'ecbplus', 'fnc1']) as CorpusName[];

/** FNC-1 and ECB+ carry no dates; replayed in id order they are one day's news. */
function replayOrder(items: CorpusItem[]): CorpusItem[] {
  if (dense) {
    const order = [...new Set(items.map((it) => it.event.id))];
    const rank = new Map(order.map((e, i) => [e, i]));
    for (const it of items)
      it.article.published = new Date(Date.parse('2026-12-01T00:00:00Z') + rank.get(it.event.id)! * 7_200_000).toISOString();
  }
  return [...items].sort(
    (a, b) => (dayOf(a.article.published) ?? 0) - (dayOf(b.article.published) ?? 0) || (a.article.id < b.article.id ? -1 : 1),
  );
}

async function incremental(items: CorpusItem[]): Promise<Map<string, string>> {
  const assigner = new EventAssigner();
  for (const it of replayOrder(items)) await assigner.assign(it.article, analyzeText(it.article), []);
  return new Map(items.map((it) => [it.article.id, assigner.store.get(it.article.id)!.event]));
}

async function batch(items: CorpusItem[]): Promise<Map<string, string>> {
  const built = await buildIndex(
    items.map((it) => ({ article: it.article })),
    { description: 'eval', builtAt: null, extractClaims: () => [] },
  );
  const out = new Map<string, string>();
  for (const r of built.records) if (r.k === 'a') out.set(r.id, r.event);
  return out;
}

const f = (x: number) => x.toFixed(3);
const rows: (string | number)[][] = [];
for (const name of corpora) {
  const items = loadCorpus(name);
  const gold = new Map(items.map((it) => [it.article.id, it.event.id]));
  const t0 = performance.now();
  const inc = await incremental(items);
  const t1 = performance.now();
  const bat = await batch(items);
  const gi = bcubed(inc, gold);
  const gb = bcubed(bat, gold);
  const agree = bcubed(inc, bat);
  rows.push([
    name,
    items.length,
    new Set(gold.values()).size,
    new Set(inc.values()).size,
    new Set(bat.values()).size,
    f(gi.p),
    f(gi.r),
    f(gi.f1),
    f(gb.f1),
    f(agree.f1),
    ((t1 - t0) / items.length).toFixed(1),
  ]);
  console.log(
    `${name}: incremental P ${f(gi.p)} R ${f(gi.r)} F1 ${f(gi.f1)} | batch F1 ${f(gb.f1)} | agreement F1 ${f(agree.f1)} | ${((t1 - t0) / items.length).toFixed(1)} ms/article`,
  );
}
void extractClaims;
const head = [
  'corpus',
  'articles',
  'gold events',
  'incremental events',
  'batch events',
  'incr. P',
  'incr. R',
  'incr. B³ F1',
  'batch B³ F1',
  'incr. vs batch F1',
  'ms/article',
];
console.log(table(head, rows));
if (wantsDocs()) {
  writeMeasurements(
    'events',
    'Collector events: incremental vs batch vs gold (`npx tsx tests/eval/events.ts`)',
    `${runLine('npx tsx tests/eval/events.ts --write-docs')}

Each corpus replayed in publication order through the collector's assignment, against the builder's batch clustering
of the whole corpus, both scored against the corpus's gold events with B-cubed; the last F1 column is their agreement.
No published anchor exists for these corpora as one live stream; the target is incremental ≥ batch − 0.05 and agreement ≥ 0.85.

${table(head, rows)}`,
  );
}
