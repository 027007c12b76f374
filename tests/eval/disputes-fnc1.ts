// eval:claims, last part: disputes found in real article bodies, scored against labels. FNC-1's train bodies come in
// clusters, one per Emergent claim (../shared/data/fnc1/train_body_claims.csv). FNC-1 labels a body against a headline
// (agree, disagree, discuss), and Emergent labels that headline against the claim (for, against, observing), so a body
// that agrees with a debunking headline is against the claim. A body is for or against its claim by the majority of
// those composed votes (observing headlines and discuss pairs cast none); a cluster is disputed when some body is for
// the claim and another against it. Each cluster is read as the extension reads an event (its first body against the
// rest), and is predicted disputed when any of its claim groups is. This is an event-level proxy: a group may be
// disputed over a side issue of a disputed event, so precision and recall here bound the claims stage's, not measure
// it exactly.
//   npx tsx tests/eval/disputes-fnc1.ts [--list] [--write-docs]   (--list: print the clusters answered wrongly)
import { loadFnc1 } from '../../lib/node/corpora';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements';
import { analyseFirst, byGoldEvent } from './event-analysis';
import { fnc1BodySides } from './fnc1-dispute-gold';

const list = process.argv.includes('--list');
const labelOf = fnc1BodySides();

const byEvent = byGoldEvent(loadFnc1());

let tp = 0,
  fp = 0,
  fn = 0,
  tn = 0;
for (const [eventId, its] of byEvent) {
  if (its.length < 2) continue;
  const labels = its.map((i) => labelOf(i.article.id));
  const gold = labels.includes('for') && labels.includes('against');
  const a = analyseFirst(eventId, its);
  const disputed = a.claims.filter((c) => c.status === 'disputed');
  const pred = disputed.length > 0;
  if (pred && gold) tp++;
  else if (pred) fp++;
  else if (gold) fn++;
  else tn++;
  if (list && pred !== gold) {
    console.log(`${pred ? 'FP' : 'FN'} ${eventId} «${its[0]!.event.title}» bodies: ${labels.join(' ')}`);
    for (const c of disputed) console.log(`    disputed: ${c.text.slice(0, 160)}`);
  }
}
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log('Disputes in real bodies: FNC-1 train clusters of 2+ bodies, disputed = bodies for the claim and bodies against it');
console.log(`  clusters ${tp + fp + fn + tn}, disputed ${tp + fn}; predicted disputed ${tp + fp}`);
console.log(`  precision ${p.toFixed(3)}, recall ${r.toFixed(3)} (an event-level proxy: any disputed claim group counts)`);

if (wantsDocs()) {
  const all = tp + fp + fn + tn;
  writeMeasurements(
    'eval-disputes-fnc1',
    'Disputes in real bodies: `tsx tests/eval/disputes-fnc1.ts` (part of `npm run eval:claims`)',
    `${runLine('tsx tests/eval/disputes-fnc1.ts --write-docs')}

FNC-1 train clusters of two bodies or more, each body for or against its Emergent claim by FNC-1's and Emergent's
labels composed; a cluster is disputed when bodies stand on both sides. An event-level proxy: any disputed claim
group counts. The anchor is answering "disputed" for every cluster.

${table(
  ['', 'clusters', 'disputed (gold)', 'answered disputed', 'precision', 'recall'],
  [
    ['Parallax claim rules', all, tp + fn, tp + fp, p.toFixed(3), r.toFixed(3)],
    ['anchor: "disputed" for all', all, tp + fn, all, ((tp + fn) / (all || 1)).toFixed(3), '1.000'],
  ],
)}`,
  );
}
