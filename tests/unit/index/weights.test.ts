// tfidfVector keeps its heaviest terms in a short sorted list, and buildQuery's lookupTerms sorts only counts: both
// must give what sorting every term gives (the same terms, weights and order; the same set); normalizeUrl gives
// what the URL parser, thrown or not, gives.
import { describe, expect, it } from 'vitest';
import { idf, tfidfVector } from '../../../lib/index/weights.js';
import { lookupTerms } from '../../../lib/match/query.js';
import { normalizeUrl } from '../../../lib/index/store.js';

/** The sort-everything versions they replaced. */
function sortedVector(tf: Map<string, number>, dfOf: (t: string) => number, n: number, limit: number) {
  const scored: [string, number][] = [];
  for (const [t, c] of tf) scored.push([t, (1 + Math.log(c)) * idf(dfOf(t), n)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, limit);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return [...new Map(top.map(([t, w]) => [t, w / norm]))];
}
const sortedLookup = (tf: Map<string, number>, k: number) =>
  [...tf.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);

/** A deterministic pseudo-random term table: few distinct counts and dfs, so ties are common. */
function table(seed: number, size: number) {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
  const tf = new Map<string, number>();
  const df = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const t = `t${Math.floor(next() * size * 2).toString(36)}`;
    tf.set(t, 1 + Math.floor(next() * next() * 6));
    df.set(t, 1 + Math.floor(next() * 4));
  }
  return { tf, dfOf: (t: string) => df.get(t) ?? 1 };
}

describe('tfidfVector', () => {
  it.each([
    [1, 0, 24],
    [2, 5, 24],
    [3, 24, 24],
    [4, 300, 24],
    [5, 700, 40],
    [6, 50, 0],
  ])('seed %i, %i terms, %i kept: as a full sort gives', (seed, size, limit) => {
    const { tf, dfOf } = table(seed, size);
    expect([...tfidfVector(tf, dfOf, 1000, limit)]).toEqual(sortedVector(tf, dfOf, 1000, limit));
  });
});

describe('lookupTerms', () => {
  it.each([
    [7, 10, 300],
    [8, 299, 300],
    [9, 301, 300],
    [10, 900, 300],
    [11, 40, 7],
  ])('seed %i, %i terms, %i looked up: the same terms as a full sort', (seed, size, k) => {
    const { tf } = table(seed, size);
    expect(lookupTerms(tf, k).sort()).toEqual(sortedLookup(tf, k).sort());
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://www.example.com/News/a/', 'example.com/News/a'],
    [' \thttps://m.example.com/a/amp', 'example.com/a'],
    ['ht\ttps://example.com/b/index.html', 'example.com/b'],
    ['example.com/News/a', 'example.com/news/a'],
    ['localhost:8080/x', '8080/x'],
    ['Example.COM/a', 'example.com/a'],
    ['\x01mailto:Someone', 'Someone'],
    ['not a url', 'not a url'],
    ['/relative/Path', '/relative/path'],
  ])('%j → %j (as the URL parser, thrown or not, gives)', (url, key) => {
    expect(normalizeUrl(url)).toBe(key);
  });
});
