// eval:claims, last part: disputes found in real article bodies, scored against labels. FNC-1's train bodies come in
// clusters, one per Emergent claim (../shared/data/fnc1/train_body_claims.csv), and each body is labelled against that
// claim's headlines: agree, disagree or discuss. A cluster is disputed when some body agrees and another disagrees.
// Each cluster is read as the extension reads an event (its first body against the rest), and is predicted disputed
// when any of its claim groups is. This is an event-level proxy: a group may be disputed over a side issue of a
// disputed event, so precision and recall here bound the claims stage's, not measure it exactly.
//   npx tsx tests/eval/disputes-fnc1.ts [--list]   (--list: print the clusters answered wrongly)
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { analyzeEvent, extractClaims, type EventMember } from '../../lib/claims/index';
import { loadFnc1, type CorpusItem } from '../../lib/node/corpora';
import { sharedPath } from '../../lib/node/paths';

const list = process.argv.includes('--list');
const stances = parse(readFileSync(sharedPath('data/fnc1/train_stances.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
/** Each body's label against its cluster's claim: the most frequent related label among its headlines. */
const votes = new Map<string, Map<string, number>>();
for (const r of stances) {
  if (r.Stance === 'unrelated') continue;
  const id = `fnc1:${r['Body ID']!.trim()}`;
  const v = votes.get(id) ?? new Map<string, number>();
  v.set(r.Stance!, (v.get(r.Stance!) ?? 0) + 1);
  votes.set(id, v);
}
const labelOf = (id: string): string | null => {
  const v = votes.get(id);
  return v ? [...v].sort((a, b) => b[1] - a[1])[0]![0] : null;
};

const byEvent = new Map<string, CorpusItem[]>();
for (const it of loadFnc1()) byEvent.set(it.event.id, [...(byEvent.get(it.event.id) ?? []), it]);

let tp = 0, fp = 0, fn = 0, tn = 0;
for (const [eventId, its] of byEvent) {
  if (its.length < 2) continue;
  const labels = its.map((i) => labelOf(i.article.id));
  const gold = labels.includes('agree') && labels.includes('disagree');
  const [cur, ...rest] = its;
  const members: EventMember[] = rest.map((m) => ({ article: m.article, claims: extractClaims(m.article), copyOf: null, eventId }));
  const a = analyzeEvent({ article: cur!.article, claims: extractClaims(cur!.article), copyOf: null }, members);
  const disputed = a.claims.filter((c) => c.status === 'disputed');
  const pred = disputed.length > 0;
  if (pred && gold) tp++;
  else if (pred) fp++;
  else if (gold) fn++;
  else tn++;
  if (list && pred !== gold) {
    console.log(`${pred ? 'FP' : 'FN'} ${eventId} «${cur!.event.title}» bodies: ${labels.join(' ')}`);
    for (const c of disputed) console.log(`    disputed: ${c.text.slice(0, 160)}`);
  }
}
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log('Disputes in real bodies: FNC-1 train clusters of 2+ bodies, disputed = bodies that agree and bodies that disagree');
console.log(`  clusters ${tp + fp + fn + tn}, disputed ${tp + fn}; predicted disputed ${tp + fp}`);
console.log(`  precision ${p.toFixed(3)}, recall ${r.toFixed(3)} (an event-level proxy: any disputed claim group counts)`);
