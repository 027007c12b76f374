// eval:claims, first half: Emergent "disputed" (a claim with both "for" and "against" articles) predicted from its
// articles' headlines with the claims stage's own stance cues, against the shared labels; then the seed-story targets.
// --rules-only skips retraining the stance model without the held-out claims; --write-docs writes docs/measurements.md.
import { readFileSync } from 'node:fs';
import { claimCues, headlineStance } from '../../lib/claims/headline/headline-stance';
import { sharedPath } from '../../lib/node/paths';
import { seedChecks } from '../unit/claims/seed-checks';
import { heldOutDisputed } from './claims-held-out';
import { seedAnalysis } from '../unit/claims/seed-event';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements';

interface Claim {
  claim_id: string;
  claim: string;
  disputed: boolean;
  ferreira_split: string;
}
interface Headline {
  claim_id: string;
  headline: string;
  stance: string;
}

const jsonl = <T>(p: string): T[] =>
  readFileSync(p, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
const claims = jsonl<Claim>(sharedPath('data/emergent/claims.jsonl'));
const articles = jsonl<Headline>(sharedPath('data/emergent/articles.jsonl'));
const byClaim = new Map<string, Headline[]>();
for (const a of articles) byClaim.set(a.claim_id, [...(byClaim.get(a.claim_id) ?? []), a]);

/** Each headline's stance toward its claim by the rules (lib/claims/headline/headline-stance.ts), with its gold label. */
function headlineVotes(c: Claim): { pred: string; gold: string }[] {
  const cues = claimCues(c.claim);
  return (byClaim.get(c.claim_id) ?? []).map((a) => ({ pred: headlineStance(cues, a.headline), gold: a.stance }));
}

/** The claim is disputed when some headline contests it and another states it. */
function predictDisputed(votes: { pred: string }[]): boolean {
  return votes.some((v) => v.pred === 'against') && votes.some((v) => v.pred === 'for');
}

console.log('Emergent: is the claim disputed (both "for" and "against" articles)? predicted from headlines by the claim rules');
console.log('split      claims  disputed  precision  recall   target         headline stance 3-class accuracy (rules)');
const docRows: (string | number)[][] = [];
/** Issue 20's target for Emergent's held-out claims, printed beside every split. */
const TARGET = 0.85;
const met = (prec: number, rec: number): string => (prec >= TARGET && rec >= TARGET ? 'met' : 'missed');
const SPLIT_NAMES: Record<string, string> = {
  train: "Ferreira & Vlachos' train split (rules chosen on it)",
  test: "Ferreira & Vlachos' test split (read since; not blind)",
  all: 'all claims',
};
for (const split of ['train', 'test', 'all']) {
  let tp = 0,
    fp = 0,
    fn = 0,
    n = 0,
    d = 0,
    heads = 0,
    right = 0;
  for (const c of claims) {
    if (split !== 'all' && c.ferreira_split !== split) continue;
    n++;
    if (c.disputed) d++;
    const votes = headlineVotes(c);
    heads += votes.length;
    right += votes.filter((v) => v.pred === v.gold).length;
    const p = predictDisputed(votes);
    if (p && c.disputed) tp++;
    else if (p) fp++;
    else if (c.disputed) fn++;
  }
  const prec = tp / (tp + fp || 1);
  const rec = tp / (tp + fn || 1);
  const acc = `${((100 * right) / (heads || 1)).toFixed(2)}% of ${heads}`;
  console.log(
    `${split.padEnd(10)} ${String(n).padStart(6)}  ${String(d).padStart(8)}  ${prec.toFixed(3).padStart(9)}  ${rec.toFixed(3).padStart(6)}   ≥ ${TARGET.toFixed(3)} each   ${acc}`,
  );
  docRows.push([SPLIT_NAMES[split]!, n, d, prec.toFixed(3), rec.toFixed(3), `≥ ${TARGET} each: ${met(prec, rec)}`, acc]);
}
console.log('  (Ferreira & Vlachos 2016, headline stance on their test split: 73%)');

// The stance model's help, on the claims it never saw (it is retrained here without them: about a minute).
if (!process.argv.includes('--rules-only')) {
  const h = heldOutDisputed();
  const th = (x: number): string => (x > 1 ? 'off' : x.toFixed(1));
  console.log(
    `rules + stance model retrained on the train claims only (${h.trainSeconds.toFixed(0)} s); thresholds chosen on dev: agree ≥ ${th(h.rule.agree)}, disagree ≥ ${th(h.rule.disagree)}`,
  );
  for (const [name, f] of [
    ['dev', h.dev],
    ['held-out', h.test],
    ['  (rules)', h.testRulesOnly],
  ] as const) {
    console.log(
      `${name.padEnd(10)} ${String(f.claims).padStart(6)}  ${String(f.disputed).padStart(8)}  ${f.precision.toFixed(3).padStart(9)}  ${f.recall.toFixed(3).padStart(6)}   ≥ ${TARGET.toFixed(3)} each`,
    );
    const label =
      name === 'dev'
        ? 'rules + stance model, dev claims'
        : name === 'held-out'
          ? 'rules + stance model, held-out claims'
          : 'rules alone, the same held-out claims';
    docRows.push([
      label,
      f.claims,
      f.disputed,
      f.precision.toFixed(3),
      f.recall.toFixed(3),
      `≥ ${TARGET} each: ${met(f.precision, f.recall)}`,
      '',
    ]);
  }
}

console.log('\nSeed story (001 read; 000, 002, 003, 004 as the event)');
let failed = 0;
const checks = seedChecks(seedAnalysis('001'));
for (const c of checks) {
  if (!c.pass) failed++;
  console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name.padEnd(70)} ${c.detail}`);
}
console.log(`${failed === 0 ? 'all seed targets met' : `${failed} seed target(s) missed`}`);

if (wantsDocs()) {
  const rulesOnly = process.argv.includes('--rules-only');
  writeMeasurements(
    'eval-claims',
    'Claims: `npm run eval:claims` (Emergent and the seed story)',
    `${runLine(`tsx tests/eval/claims.ts${rulesOnly ? ' --rules-only' : ''} --write-docs`)}

Emergent: is a claim disputed (both "for" and "against" articles), predicted from its articles' headlines by the claim
rules (lib/claims/headline/headline-stance.ts). Target: precision and recall ≥ ${TARGET}. Anchor: Ferreira & Vlachos (2016) report
73% headline-stance accuracy on their test split.

${table(['claims', 'n', 'disputed', 'precision', 'recall', 'target', "rules' 3-class headline accuracy"], docRows)}

Seed story (seed 001 read, 000, 002, 003 and 004 as the event): ${checks.length - failed} of ${checks.length} targets met.

${table(
  ['target', 'result', 'detail'],
  checks.map((c) => [c.name, c.pass ? 'met' : 'missed', c.detail.replaceAll('|', '/')]),
)}`,
  );
}
