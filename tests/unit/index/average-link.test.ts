import { describe, expect, it } from 'vitest';
import { averageLinkCluster, type LinkItem } from '../../../lib/index/average-link';
import type { Profile } from '../../../lib/index/similarity';

/** Profiles reduced to what the clustering reads; the score is given by a table, so each case is explicit. */
function item(id: number, day: number | null, outlet: string | null): LinkItem {
  const profile = {
    vec: new Map([
      ['shared', 1],
      [`own${id}`, 1],
    ]),
    entities: [],
    entWords: new Set(),
    nums: new Set(),
    day,
    simhash: '',
    titleTerms: new Set(),
    id,
  } as unknown as Profile;
  return { profile, outlet };
}
const table = (scores: Record<string, number>) => (a: Profile, b: Profile) => {
  const x = (a as unknown as { id: number }).id;
  const y = (b as unknown as { id: number }).id;
  return scores[`${Math.min(x, y)}-${Math.max(x, y)}`] ?? 0;
};

describe('averageLinkCluster', () => {
  it('does not let one strong same-outlet pair pull an article away from the event other outlets report', () => {
    // 0 and 1: one outlet, two stories on one day (very similar wording); 1, 2, 3: one event told by three outlets.
    const items = [item(0, 10, 'A'), item(1, 10, 'A'), item(2, 10, 'B'), item(3, 11, 'C')];
    const g = averageLinkCluster(items, {
      threshold: 0.55,
      windowDays: 7,
      score: table({ '0-1': 0.95, '1-2': 0.8, '1-3': 0.7, '2-3': 0.9, '0-2': 0.6, '0-3': 0.3 }),
    });
    expect(g[1]).toBe(g[2]);
    expect(g[2]).toBe(g[3]);
    expect(g[0]).not.toBe(g[1]);
  });
  it('merges on average link, not on one strong pair', () => {
    const items = [item(0, 1, 'A'), item(1, 1, 'B'), item(2, 2, 'C')];
    // 2 resembles 1 strongly but 0 not at all: average 0.35 stays below the threshold once 0 and 1 merged.
    const g = averageLinkCluster(items, { threshold: 0.55, windowDays: 7, score: table({ '0-1': 0.9, '1-2': 0.7, '0-2': 0.0 }) });
    expect(g[0]).toBe(g[1]);
    expect(g[2]).not.toBe(g[1]);
  });
  it('keeps dated groups weeks apart separate even when an undated article resembles both', () => {
    const items = [item(0, 0, 'A'), item(1, 30, 'B'), item(2, null, 'C')];
    const g = averageLinkCluster(items, { threshold: 0.55, windowDays: 7, score: table({ '0-2': 0.8, '1-2': 0.9, '0-1': 0.7 }) });
    expect(g[0]).not.toBe(g[1]);
    expect(g[2]).toBe(g[1]);
  });
});
