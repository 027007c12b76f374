// Claim grouping and the seeded claim-level split used by the stance evaluation.
import { describe, expect, it } from 'vitest';
import { bodyGroup, headlineGroups, headlineKey, splitGroups } from '../../../lib/stance/claim-split.js';

describe('headlineGroups', () => {
  const bodyClaims = new Map([
    ['1', 'A'],
    ['2', 'A'],
    ['3', 'B'],
  ]);
  const pairs = [
    { headline: 'Rumour one', bodyId: '1', stance: 'agree' },
    { headline: 'Rumour one', bodyId: '2', stance: 'discuss' },
    { headline: 'Rumour one', bodyId: '3', stance: 'unrelated' }, // unrelated pairs do not vote
    { headline: 'Only unrelated', bodyId: '1', stance: 'unrelated' },
    { headline: 'Lonely', bodyId: '3', stance: 'unrelated' },
  ];
  const groups = headlineGroups(pairs, bodyClaims, new Map([[headlineKey('ONLY unrelated!'), 'C']]));
  it('takes the majority claim of related bodies, else the Emergent headline match, else its own group', () => {
    expect(groups.get('Rumour one')).toBe('A');
    expect(groups.get('Only unrelated')).toBe('C');
    expect(groups.get('Lonely')).toBe('headline:lonely');
  });
  it('puts unmapped bodies in a group of their own', () => {
    expect(bodyGroup('9', bodyClaims)).toBe('body:9');
  });
});

describe('splitGroups', () => {
  const groups = Array.from({ length: 100 }, (_, i) => `claim${i}`);
  it('assigns the requested shares, the same way for the same seed whatever the input order', () => {
    const a = splitGroups(groups, 0.2, 0.15, 5);
    const b = splitGroups([...groups].reverse(), 0.2, 0.15, 5);
    expect([...a.values()].filter((p) => p === 'test')).toHaveLength(20);
    expect([...a.values()].filter((p) => p === 'dev')).toHaveLength(15);
    for (const g of groups) expect(b.get(g)).toBe(a.get(g));
  });
  it('changes with the seed', () => {
    const a = splitGroups(groups, 0.2, 0.15, 5);
    const c = splitGroups(groups, 0.2, 0.15, 6);
    expect(groups.some((g) => a.get(g) !== c.get(g))).toBe(true);
  });
});
