// The average-link checks' caches: pair scores and profiles reused between checks must give what scoring afresh
// gives, and only records with an ordinal (stored ones) are cached.
import { describe, expect, it, vi } from 'vitest';
import { averageLink, LinkCache } from '../../../lib/collect/assign.js';
import type { ArticleRecord } from '../../../lib/index/format.js';
import { RecentCache } from '../../../lib/index/recent-cache.js';

const rec = (n: number | undefined, terms: string[], title: string): ArticleRecord =>
  ({
    k: 'a',
    id: `a${n}`,
    n,
    title,
    published: '2026-12-07T10:00:00Z',
    fp: { t: terms.flatMap((t, i) => [t, 100 - i * 10]), e: ['kursk'], n: [], h: '', tt: title.toLowerCase().split(' ') },
  }) as unknown as ArticleRecord;

const a = [rec(0, ['putin', 'kursk', 'visit'], 'Putin visits Kursk'), rec(1, ['kursk', 'church', 'visit'], 'Kursk churches')];
const b = [rec(2, ['putin', 'visit', 'region'], 'Putin in the region'), rec(3, ['flood', 'rain'], 'Floods after rain')];

describe('averageLink', () => {
  it('gives the same average with pairs and profiles cached as scored afresh, again and again', () => {
    const fresh = averageLink(a, b);
    const links = new LinkCache();
    expect(averageLink(a, b, links)).toBe(fresh);
    expect(averageLink(a, b, links)).toBe(fresh);
    expect(averageLink([a[0]!, b[0]!], [a[1]!, b[1]!], links)).toBe(averageLink([a[0]!, b[0]!], [a[1]!, b[1]!]));
  });

  it('scores a known pair once, and an article without an ordinal every time', () => {
    const links = new LinkCache();
    const make = vi.fn(() => 0.5);
    links.score(a[0]!, b[0]!, make);
    links.score(a[0]!, b[0]!, make);
    expect(make).toHaveBeenCalledTimes(1);
    const unsaved = rec(undefined, ['putin'], 'Putin');
    links.score(unsaved, b[0]!, make);
    links.score(unsaved, b[0]!, make);
    expect(make).toHaveBeenCalledTimes(3);
  });
});

describe('RecentCache', () => {
  it('keeps the last two generations, null results included', () => {
    const cache = new RecentCache<string, string | null>(2);
    const make = vi.fn((k: string) => (k === 'x' ? null : k.toUpperCase()));
    for (const k of ['x', 'a', 'x', 'b', 'c', 'd']) cache.get(k, make);
    // x and a filled the first generation; b and c the second; d's arrival dropped the first.
    expect(make.mock.calls.map(([k]) => k)).toEqual(['x', 'a', 'b', 'c', 'd']);
    expect(cache.get('c', make)).toBe('C');
    expect(cache.get('x', make)).toBeNull();
    expect(make).toHaveBeenCalledTimes(6);
  });
});
