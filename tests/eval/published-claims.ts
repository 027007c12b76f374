// Comparison against published claims: a collector publishes at most a few claims of each article (published-claims.ts),
// so a reader's report compares the page's own claims (all of them, extracted on the page) with what the index holds
// of the other outlets' articles. This reads each event as the extension would (its first article against the rest)
// with the others' claims held in full (the bundled index) and as published with each cap, and prints: disputed FNC-1
// clusters found (precision, recall; disputes-fnc1.ts's labels), the seed-story targets met, and how many of the full
// reading's disputed and corroborated claims the published one still finds (and how many it finds that the full one
// does not). Each cap is read twice: the lead claims alone, and with the event's earlier articles in view (how the
// collector chooses: published-claims.ts, claimContexts), the page's article left out of that view.
//   npx tsx tests/eval/published-claims.ts [--caps 6,4,3] [--write-docs]
import { extractClaims, type EventAnalysis, type ExtractedClaim } from '../../lib/claims/index';
import { claimContexts, PUBLISHED_CLAIMS, publishedClaims, sharedWith } from '../../lib/collect/published-claims';
import { loadCorpus, type CorpusItem, type CorpusName } from '../../lib/node/corpora';
import type { Article } from '../../lib/types';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements';
import { seedChecks } from '../unit/claims/seed-checks';
import { seedAnalysis, seedArticles } from '../unit/claims/seed-event';
import { analyseFirst, byGoldEvent, type MemberClaims } from './event-analysis';
import { fnc1BodySides } from './fnc1-dispute-gold';

const capsArg = process.argv.indexOf('--caps');
const caps = (capsArg > 0 ? process.argv[capsArg + 1]! : `${PUBLISHED_CLAIMS},4,3,2`).split(',').map(Number);
/** What the index holds of an event's other articles (`members`, the page's left out). */
type Held = { name: string; held: (members: readonly Article[]) => MemberClaims };
/** As the collector chooses: each article with the earlier ones of its event in view (by publication time, then id). */
function inContext(members: readonly Article[], max: number): MemberClaims {
  const order = claimContexts(members.map((a) => ({ id: a.id, event: '', at: Date.parse(a.published ?? '') || 0 })));
  const stored = new Map(members.map((a) => [a.id, claims(a)]));
  // Held by content: seedAnalysis extracts each member's claims again.
  const chosen = new Map(
    members.map((a) => {
      const own = stored.get(a.id)!;
      const shared = sharedWith(
        own,
        order.get(a.id)!.map((id) => stored.get(id)!),
      );
      return [JSON.stringify(own), publishedClaims(own, max, shared)];
    }),
  );
  return (c) => chosen.get(JSON.stringify(c)) ?? publishedClaims(c, max);
}
const variants: Held[] = [
  { name: 'all claims (bundled index)', held: () => (c) => c },
  ...caps.flatMap((k) => [
    { name: `published, ≤ ${k} an article, lead claims`, held: () => (c: ExtractedClaim[]) => publishedClaims(c, k) },
    { name: `published, ≤ ${k} an article, with the event's earlier articles`, held: (m: readonly Article[]) => inContext(m, k) },
  ]),
];

// Events of two articles or more; claims extracted once per article.
const CORPORA: CorpusName[] = ['basil', 'allsides', 'fnc1'];
const events = new Map<string, { corpus: CorpusName; its: CorpusItem[] }>();
for (const corpus of CORPORA)
  for (const [id, its] of byGoldEvent(loadCorpus(corpus))) if (its.length >= 2) events.set(`${corpus}:${id}`, { corpus, its });
const claimsOf = new Map<string, ExtractedClaim[]>();
const claims = (a: Article) => claimsOf.get(a.id) ?? claimsOf.set(a.id, extractClaims(a)).get(a.id)!;

const keys = (a: EventAnalysis, status: string) =>
  new Set(a.claims.filter((c) => c.status === status).map((c) => `${c.sentenceInArticle ?? ''}|${c.text}`));

const side = fnc1BodySides();
const full = new Map<string, EventAnalysis>();
const rows: (string | number)[][] = [];
for (const v of variants) {
  let tp = 0,
    fp = 0,
    fn = 0;
  const kept = { disputed: [0, 0, 0], corroborated: [0, 0, 0] } as Record<string, [number, number, number]>;
  for (const [key, { corpus, its }] of events) {
    const a = analyseFirst(key, its, v.held(its.slice(1).map((i) => i.article)), claims);
    if (!full.has(key)) full.set(key, a);
    for (const status of ['disputed', 'corroborated']) {
      const was = keys(full.get(key)!, status);
      const now = keys(a, status);
      kept[status]![0] += [...was].filter((k) => now.has(k)).length;
      kept[status]![1] += was.size;
      kept[status]![2] += [...now].filter((k) => !was.has(k)).length;
    }
    if (corpus !== 'fnc1') continue;
    const labels = its.map((i) => side(i.article.id));
    const gold = labels.includes('for') && labels.includes('against');
    const pred = a.claims.some((c) => c.status === 'disputed');
    if (pred && gold) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  const seeds = seedChecks(seedAnalysis('001', v.held(seedArticles().filter((a) => !a.id.startsWith('001')))));
  const share = ([k, n, extra]: [number, number, number]) => `${k} of ${n} (${((100 * k) / (n || 1)).toFixed(0)}%), ${extra} new`;
  rows.push([
    v.name,
    (tp / (tp + fp || 1)).toFixed(3),
    (tp / (tp + fn || 1)).toFixed(3),
    `${seeds.filter((s) => s.pass).length} of ${seeds.length}`,
    share(kept.disputed!),
    share(kept.corroborated!),
  ]);
  console.log(rows.at(-1)!.join('  ·  '));
  for (const s of seeds.filter((x) => !x.pass)) console.log(`    seed target missed: ${s.name}`);
}
const head = [
  "other outlets' claims held",
  'FNC-1 disputed clusters: precision',
  'recall',
  'seed-story targets met',
  "full reading's disputed claims still found",
  "full reading's corroborated claims still found",
];
console.log(table(head, rows));
if (wantsDocs())
  writeMeasurements(
    'eval-published-claims',
    'Comparison against published claims: `tsx tests/eval/published-claims.ts`',
    `${runLine(`tsx tests/eval/published-claims.ts${capsArg > 0 ? ` --caps ${caps.join(',')}` : ''} --write-docs`)}

Each event of two articles or more (${events.size} in BASIL, AllSides and FNC-1) read as the extension reads it: its first
article's claims in full (the page), the others' as the index holds them: in full (the bundled index) or as a collector
publishes them (lib/collect/published-claims.ts, at most the cap an article): disputes first, then either the lead
claims in reading order or, as the collector chooses, the claims the event's earlier articles also state (the page's
article left out of that view), then the lead. FNC-1 clusters are scored as in
disputes-fnc1.ts; the seed story's targets are those of eval:claims; the last columns are the share of the full
reading's claims the published one still finds with the same status (by the page's sentence and the claim's text), and
those it finds that the full reading does not. The publisher's cap is ${PUBLISHED_CLAIMS}.

${table(head, rows)}`,
  );
