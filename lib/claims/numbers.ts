// Numeric conflicts: within one aligned group, the same counted thing ("troops", "casualties") given different values
// by different outlets, with no value in common between them.
import type { NumberConflict } from '../types.js';
import type { Item } from './align.js';
import type { Source } from './status.js';

const MAX_CONFLICTS = 6;

export function numberConflicts(groups: Item[][], sources: Source[]): NumberConflict[] {
  const out: NumberConflict[] = [];
  for (const items of groups) {
    const byWhat = new Map<string, { value: number; text: string; unit: string | null; it: Item }[]>();
    for (const it of items) {
      for (const q of it.claim.quantities ?? []) {
        if (!q.what) continue;
        const k = `${q.what}|${q.unit ?? ''}`;
        byWhat.set(k, [...(byWhat.get(k) ?? []), { value: q.value, text: q.text, unit: q.unit, it }]);
      }
    }
    for (const [k, vals] of byWhat) {
      const perOutlet = new Map<string, Set<number>>();
      for (const v of vals) {
        const key = sources[v.it.art]!.key;
        perOutlet.set(key, (perOutlet.get(key) ?? new Set()).add(v.value));
      }
      if (perOutlet.size < 2) continue;
      const sets = [...perOutlet.values()];
      // A conflict needs two outlets that share no value at all ("up to 12,000" against "6,000").
      const clash = sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((x) => b.has(x))));
      if (!clash) continue;
      const seen = new Set<string>();
      out.push({
        what: k.split('|')[0]!,
        unit: vals[0]!.unit,
        values: vals
          .filter((v) => {
            const id = `${sources[v.it.art]!.key}|${v.value}`;
            return !seen.has(id) && seen.add(id);
          })
          .slice(0, 6)
          .map((v) => ({ value: v.value, text: v.text, outlet: sources[v.it.art]!.outlet, articleId: sources[v.it.art]!.articleId })),
      });
      if (out.length >= MAX_CONFLICTS) return out;
    }
  }
  return out;
}
