// FNC-1 bodies for or against their Emergent claim, by FNC-1's and Emergent's labels composed (disputes-fnc1.ts says
// how): shared by the disputes eval and the published-claims eval, which score clusters the same way.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../../lib/node/paths';
import { headlineKey } from '../../lib/stance/claim-split';

/** A body's side ("for", "against", or "-" when its votes tie or it has none), by its article id (`fnc1:<body id>`). */
export function fnc1BodySides(): (id: string) => string {
  const headlineStance = new Map<string, string>();
  for (const line of readFileSync(sharedPath('data/emergent/articles.jsonl'), 'utf8').trim().split('\n')) {
    const a = JSON.parse(line) as { headline: string; stance: string };
    headlineStance.set(headlineKey(a.headline), a.stance);
  }
  const stances = parse(readFileSync(sharedPath('data/fnc1/train_stances.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const votes = new Map<string, { for: number; against: number }>();
  for (const r of stances) {
    const h = headlineStance.get(headlineKey(r.Headline!));
    if ((r.Stance !== 'agree' && r.Stance !== 'disagree') || (h !== 'for' && h !== 'against')) continue;
    const id = `fnc1:${r['Body ID']!.trim()}`;
    const v = votes.get(id) ?? { for: 0, against: 0 };
    if ((r.Stance === 'agree') === (h === 'for')) v.for++;
    else v.against++;
    votes.set(id, v);
  }
  return (id) => {
    const v = votes.get(id);
    return !v || v.for === v.against ? '-' : v.for > v.against ? 'for' : 'against';
  };
}
