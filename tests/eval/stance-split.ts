// The stance eval's claim split: FNC-1 + Emergent claims into train/dev/test (seeded), the pairs inside each part,
// and the training set. Shared by tests/eval/stance.ts (one split) and tests/eval/stance-draws.ts (several dev draws).
import { bodyGroup, headlineGroups, headlineKey, pairsWithin, splitGroups, type Part } from '../../lib/stance/claim-split.js';
import type { TrainingSet } from '../../lib/stance/train-model.js';
import { buildTrainingSet, type StanceData } from '../../lib/node/train-stance.js';
import type { StancePair } from '../../lib/node/fnc1.js';

export const SPLIT_SEED = 2017;
export const TEST_SHARE = 0.2;
export const DEV_SHARE = 0.15;

export interface StanceSplit {
  evalPart: Part;
  part: Map<string, Part>;
  /** FNC-1 pairs of the evaluated claims. */
  evalPairs: StancePair[];
  redrawn: number;
  dropped: number;
  trainPairs: StancePair[];
  set: TrainingSet;
  /** Number of Emergent claims the given pairs' bodies belong to. */
  claimsIn: (ps: StancePair[]) => number;
}

/**
 * dev = false: train on train+dev, score test. dev = true: train on train, score dev; a devSeed re-draws the dev
 * claims among the non-test ones (tuning averages several draws; the test claims never move).
 */
export function stanceSplit(data: StanceData, dev: boolean, devSeed?: number): StanceSplit {
  const evalPart: Part = dev ? 'dev' : 'test';
  const trainParts = new Set<Part>(dev ? ['train'] : ['train', 'dev']);
  const emergentByHeadline = new Map(data.articles.map((a) => [headlineKey(a.headline), a.claimId]));
  const headGroup = headlineGroups(data.pairs, data.bodyClaims, emergentByHeadline);
  const groupOfHeadline = (h: string): string => headGroup.get(h)!;
  const groupOfBody = (id: string): string => bodyGroup(id, data.bodyClaims);
  const allGroups = new Set<string>([
    ...headGroup.values(),
    ...data.pairs.map((p) => groupOfBody(p.bodyId)),
    ...data.claims.map((c) => c.claimId),
  ]);
  const part = splitGroups(allGroups, TEST_SHARE, DEV_SHARE, SPLIT_SEED);
  if (dev && devSeed !== undefined) {
    const nonTest = [...part].filter(([, p]) => p !== 'test').map(([g]) => g);
    const redraw = splitGroups(nonTest, 0, DEV_SHARE / (1 - TEST_SHARE), devSeed);
    for (const [g, p] of redraw) part.set(g, p);
  }
  const evalSplit = pairsWithin(data.pairs, groupOfHeadline, groupOfBody, (g) => part.get(g) === evalPart, SPLIT_SEED + 1);
  const trainSplit = pairsWithin(data.pairs, groupOfHeadline, groupOfBody, (g) => trainParts.has(part.get(g)!), SPLIT_SEED + 2);
  const kept = new Set(trainSplit.pairs);
  const set = buildTrainingSet(
    { ...data, pairs: trainSplit.pairs },
    (p) => kept.has(p),
    (c) => trainParts.has(part.get(c)!),
  );
  return {
    evalPart,
    part,
    evalPairs: evalSplit.pairs,
    redrawn: evalSplit.redrawn,
    dropped: evalSplit.dropped,
    trainPairs: trainSplit.pairs,
    set,
    claimsIn: (ps) => new Set(ps.map((p) => groupOfBody(p.bodyId)).filter((g) => !g.startsWith('body:'))).size,
  };
}
