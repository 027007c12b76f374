// Numeric conflicts: within one aligned group, the same counted thing ("troops", "casualties") given different values
// by different outlets, with no value in common between them.
import type { NumberConflict, NumberValue } from '../../types.js';
import type { Item } from './align.js';
import { shortQuote } from '../extract/claim-text.js';
import { mostCommon, type Source } from './status.js';
import { sameScope, subjectCheck } from './figure-subject.js';

const MAX_CONFLICTS = 6;
/** Values further apart than this are different quantities, not one quantity disputed (FNC-1: "400 followers"
 *  against "50 million followers" of the same guru). */
const MAX_RATIO = 10;

/** The range a printed figure allows: "more than 3,400" and "nearly 4,000" do not conflict (FNC-1 Ebola reports). */
function range(text: string, value: number): [number, number] {
  const t = text.toLowerCase();
  if (/^(?:dozens?|hundreds|thousands)$/.test(t)) return [value / 2, value * 5];
  if (/^(?:more than|over|at least)\b/.test(t)) return [value, Infinity];
  if (/^(?:up to|fewer than|less than|under)\b/.test(t)) return [0, value];
  if (/^(?:around|about|nearly|almost|some|roughly|approximately)\b/.test(t)) return [value * 0.85, value * 1.15];
  return [value, value];
}

function clash(a: { value: number; text: string }, b: { value: number; text: string }): boolean {
  const [a0, a1] = range(a.text, a.value);
  const [b0, b1] = range(b.text, b.value);
  const ratio = Math.max(a.value, b.value) / Math.max(1e-9, Math.min(a.value, b.value));
  return (a1 < b0 || b1 < a0) && ratio <= MAX_RATIO;
}

type Figure = { value: number; text: string; unit: string | null; noun: string; it: Item };

/** Every figure each outlet gives anywhere in the event, per counted thing: an outlet that prints both figures
 *  reports two quantities, even when alignment put them in one group (BASIL's Mattis event: "2,000 troops" from
 *  Syria and "7,000" from Afghanistan, printed by both the Times and Fox, read as a conflict between them). */
function figuresSaid(groups: { items: Item[] }[], sources: Source[]): Map<string, Set<number>> {
  const said = new Map<string, Set<number>>();
  for (const it of groups.flatMap((g) => g.items)) {
    for (const q of it.claim.quantities ?? []) {
      if (!q.what) continue;
      const k = `${sources[it.art]!.key}|${q.what}|${q.unit ?? ''}`;
      said.set(k, (said.get(k) ?? new Set()).add(q.value));
    }
  }
  return said;
}

/** A group's figures by what they count and its unit ("troops|", "area|km2"). */
function figuresByWhat(items: Item[]): Map<string, Figure[]> {
  const byWhat = new Map<string, Figure[]>();
  for (const it of items) {
    const qs = (it.claim.quantities ?? []).filter((q) => q.what);
    for (const q of qs) {
      // A clause that gives two figures of one thing counts parts of it ("landing 178 of 369 punches", "nine in
      // favour and three voting for life", ECB+): neither is the clause's figure for the whole.
      if (qs.some((o) => o.what === q.what && o.unit === q.unit && o.value !== q.value)) continue;
      const k = `${q.what}|${q.unit ?? ''}`;
      byWhat.set(k, [...(byWhat.get(k) ?? []), { value: q.value, text: q.text, unit: q.unit, noun: q.noun ?? q.what!, it }]);
    }
  }
  return byWhat;
}

interface Comparison {
  said: Map<string, Set<number>>;
  sources: Source[];
  sameSubject: (a: Item, b: Item) => boolean;
}

/** The outlets whose figures for one counted thing (`k`) cannot all be true together ("12,000" against "6,000"). */
function outletsInConflict(k: string, vals: Figure[], { said, sources, sameSubject }: Comparison): Set<string> {
  const perOutlet = new Map<string, Figure[]>();
  for (const v of vals) {
    const key = sources[v.it.art]!.key;
    perOutlet.set(key, [...(perOutlet.get(key) ?? []), v]);
  }
  const inConflict = new Set<string>();
  if (perOutlet.size < 2) return inConflict;
  const sets = [...perOutlet.values()];
  const outlets = [...perOutlet.keys()];
  // Two figures one outlet gives side by side are two quantities ("seven of the 28 girls"), not a conflict.
  const together = (x: number, y: number): boolean =>
    outlets.some((o) => {
      const all = said.get(`${o}|${k}`);
      return !!all && all.has(x) && all.has(y);
    });
  const opposed = (a: Figure[], b: Figure[]): boolean =>
    a.every((x) => b.every((y) => clash(x, y) && !together(x.value, y.value) && sameSubject(x.it, y.it) && sameScope(x, y)));
  sets.forEach((a, i) =>
    sets.forEach((b, j) => {
      if (i < j && opposed(a, b)) inConflict.add(outlets[i]!).add(outlets[j]!);
    }),
  );
  return inConflict;
}

/** The figures shown are those of the outlets in conflict, and of the others only where they agree with one of those
 *  on a figure: a figure about another thing grouped alongside (an earlier quake's toll told as background, ECB+) is
 *  not a side of the conflict. Every figure in conflict is shown before any is shown twice: six outlets agreeing on
 *  170,000 deaths had hidden the one figure they were in conflict with (ECB+). */
function conflictOf(vals: Figure[], inConflict: Set<string>, { sources, sameSubject }: Comparison): NumberConflict {
  const sides = vals.filter((v) => inConflict.has(sources[v.it.art]!.key));
  const shown = vals.filter(
    (v) => inConflict.has(sources[v.it.art]!.key) || sides.some((w) => w.value === v.value && sameSubject(v.it, w.it)),
  );
  const seen = new Set<string>();
  const distinct = shown.filter((v) => {
    const key = `${sources[v.it.art]!.key}|${v.value}`;
    return !seen.has(key) && seen.add(key);
  });
  const rank = new Map<number, number>();
  const byFigure = distinct.map((v, i) => {
    const r = rank.get(v.value) ?? 0;
    rank.set(v.value, r + 1);
    return { v, r, i };
  });
  return {
    // The word most values use: "cables" over "cable" for three outlets against one (shown is never empty).
    what: mostCommon(shown.map((v) => v.noun))!,
    unit: vals[0]!.unit,
    values: byFigure
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .slice(0, 6)
      .sort((a, b) => a.i - b.i)
      .map(({ v }) => {
        const s = sources[v.it.art]!;
        const nv: NumberValue = {
          value: v.value,
          text: v.text,
          outlet: s.outlet,
          articleId: s.articleId,
          quote: shortQuote(v.it.claim.sentence),
        };
        if (v.it.art === 0) nv.sentenceInArticle = v.it.claim.sentence;
        return nv;
      }),
  };
}

/** `groups`: each aligned group's items, with the id of the claim the report lists it as ('' when not listed). A
 *  conflict needs two outlets none of whose figures for one counted thing can both be true. */
export function numberConflicts(groups: { items: Item[]; id: string }[], sources: Source[]): NumberConflict[] {
  const out: NumberConflict[] = [];
  const cmp: Comparison = { said: figuresSaid(groups, sources), sources, sameSubject: subjectCheck() };
  for (const { items, id } of groups) {
    for (const [k, vals] of figuresByWhat(items)) {
      const inConflict = outletsInConflict(k, vals, cmp);
      if (inConflict.size === 0) continue;
      const conflict = conflictOf(vals, inConflict, cmp);
      if (id) conflict.claimId = id;
      out.push(conflict);
      if (out.length >= MAX_CONFLICTS) return out;
    }
  }
  return out;
}
