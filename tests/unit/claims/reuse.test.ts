// Unit tests for what the analysis reads once and reuses (bench:claims): the text memo, and the story pass's reading
// of an event's disputes, which must give exactly what the event's full analysis gives for them.
import { describe, expect, it } from 'vitest';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import { analyze, disputedClaims } from '../../../lib/claims/compare/analyze';
import { memoByText } from '../../../lib/claims/extract/memo';
import { proposition } from '../../../lib/claims/extract/proposition';
import { seedArticles } from './seed-event';

describe('memoByText', () => {
  it('reads each text once, falsy answers too', () => {
    const calls: string[] = [];
    const read = memoByText((t: string) => (calls.push(t), t.length > 3 ? null : false));
    expect([read('ab'), read('abcd'), read('ab'), read('abcd')]).toEqual([false, null, false, null]);
    expect(calls).toEqual(['ab', 'abcd']);
  });

  it('starts over when full, and still answers right', () => {
    const calls: string[] = [];
    const read = memoByText((t: string) => (calls.push(t), t.toUpperCase()), 2);
    expect(['a', 'b', 'c', 'a'].map(read)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('shares one proposition per text, unchanged by the readings that use it', () => {
    const text = 'Kyiv denied that Russian forces had pushed its troops out of the Kursk region.';
    const first = proposition(text);
    const before = structuredClone(first);
    for (const a of seedArticles().slice(0, 2)) analyze({ article: a, claims: unpackClaims(extractClaims(a)), copyOf: null }, []);
    expect(proposition(text)).toBe(first);
    expect(first).toEqual(before);
  });
});

describe('disputedClaims (the story pass)', () => {
  const arts = seedArticles();
  const read = (a: (typeof arts)[number]) => ({ article: a, claims: unpackClaims(extractClaims(a)), copyOf: null });
  it.each(arts.map((a, i) => [a.id, i] as const))('reading %s: the disputed claims of the full analysis, same ids', (_id, i) => {
    const current = read(arts[i]!);
    const members = arts.filter((_, k) => k !== i).map(read);
    // Without their links to other claims: the story pass reads none (story.ts), and the groups named may be left out.
    const full = analyze(current, members)
      .claims.filter((c) => c.status === 'disputed')
      .map(({ contestedBy: _links, ...c }) => c);
    expect(full.length).toBeGreaterThan(0);
    expect(disputedClaims(current, members)).toEqual(full);
  });
});
