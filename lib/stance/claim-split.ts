// Groups FNC-1 headlines and bodies by the Emergent claim they are about, and splits claims (not pairs) into
// train/dev/test, so an evaluation never sees a held-out claim's headlines or bodies (as FNC-1's own test set).
import { fold } from '../text/tokens.js';
import { mulberry32, shuffle } from './prng.js';

export type Part = 'train' | 'dev' | 'test';

export interface PairRef {
  headline: string;
  bodyId: string;
  stance?: string;
}

/** Headline text normalised the way train_body_claims.csv matched headlines to Emergent (case, punctuation). */
export function headlineKey(h: string): string {
  return fold(h)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Claim group of each body: its Emergent claim, else a group of its own. */
export function bodyGroup(bodyId: string, bodyClaims: Map<string, string>): string {
  return bodyClaims.get(bodyId) ?? `body:${bodyId}`;
}

/**
 * Claim group of each headline: the majority claim of the bodies it is related to (agree/disagree/discuss);
 * else its Emergent claim by exact headline match; else a group of its own.
 */
export function headlineGroups(
  pairs: PairRef[],
  bodyClaims: Map<string, string>,
  emergentHeadlines: Map<string, string>,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    if (!p.stance || p.stance === 'unrelated') continue;
    const claim = bodyClaims.get(p.bodyId);
    if (!claim) continue;
    const v = votes.get(p.headline) ?? new Map<string, number>();
    v.set(claim, (v.get(claim) ?? 0) + 1);
    votes.set(p.headline, v);
  }
  const out = new Map<string, string>();
  for (const p of pairs) {
    if (out.has(p.headline)) continue;
    const v = votes.get(p.headline);
    const best = v ? [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : undefined;
    out.set(p.headline, best ?? emergentHeadlines.get(headlineKey(p.headline)) ?? `headline:${headlineKey(p.headline)}`);
  }
  return out;
}

/** Seeded split of groups: `test` and `dev` fractions of the sorted, shuffled group list, the rest train. */
export function splitGroups(groups: Iterable<string>, test: number, dev: number, seed: number): Map<string, Part> {
  const list = shuffle([...new Set(groups)].sort(), mulberry32(seed));
  const nTest = Math.round(list.length * test);
  const nDev = Math.round(list.length * dev);
  return new Map(list.map((g, i) => [g, i < nTest ? 'test' : i < nTest + nDev ? 'dev' : 'train']));
}

export interface WithinSplit<P> {
  pairs: P[];
  redrawn: number;
  dropped: number;
}

/**
 * The pairs whose headline and body claims are both kept. An unrelated pair whose body lies outside gets a body
 * redrawn (seeded) from the kept bodies of another claim — how FNC-1 built its unrelated pairs, test set included —
 * so the unrelated share stays FNC-1's; a related pair across the split is dropped.
 */
export function pairsWithin<P extends PairRef>(
  pairs: P[],
  groupOfHeadline: (h: string) => string,
  groupOfBody: (id: string) => string,
  keep: (group: string) => boolean,
  seed: number,
): WithinSplit<P> {
  const random = mulberry32(seed);
  const bodies = [...new Set(pairs.map((p) => p.bodyId))].filter((b) => keep(groupOfBody(b))).sort();
  const out: P[] = [];
  let redrawn = 0;
  let dropped = 0;
  for (const p of pairs) {
    const hg = groupOfHeadline(p.headline);
    if (!keep(hg)) continue;
    if (keep(groupOfBody(p.bodyId))) {
      out.push(p);
    } else if (p.stance === 'unrelated' && bodies.length) {
      let body = bodies[Math.floor(random() * bodies.length)]!;
      for (let tries = 0; tries < 20 && groupOfBody(body) === hg; tries++) body = bodies[Math.floor(random() * bodies.length)]!;
      if (groupOfBody(body) === hg) {
        dropped++;
        continue;
      }
      out.push({ ...p, bodyId: body });
      redrawn++;
    } else {
      dropped++;
    }
  }
  return { pairs: out, redrawn, dropped };
}
