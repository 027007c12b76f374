// A delta's article puts held as their index line's JSON: the line written later is the one JSON.stringify made of
// the parsed record before, ids prefixed, and puts sort by day, then id, those without a day last.
import { describe, expect, it } from 'vitest';
import { heldLine, heldPut, holdOps, sortPuts, type HeldDelta } from '../../../lib/index/patch-held.js';
import type { PatchArticle, PatchOp } from '../../../lib/index/source-share.js';

const article = (id: string, published: string | null): PatchArticle & { op: 'put' } =>
  ({
    op: 'put',
    k: 'a',
    id,
    url: `https://news.example/${id}`,
    title: `Title ${id} "quoted" \u2013 é`,
    outlet: 'Example News',
    domain: 'news.example',
    published,
    lang: 'en',
    event: `ev-${id}`,
    copyOf: id === 'b' ? 'a' : null,
    fp: { t: ['bridge', 0.5, 'river', 0.25], s: '0f0f' },
    claims: [{ text: 'A claim.' }],
  }) as unknown as PatchArticle & { op: 'put' };

const id = (x: string) => `sub:${x}`;

describe('held puts', () => {
  it.each([['a'], ['b']])('give the line the parsed record gave (%s)', (which) => {
    const a = article(which, '2026-12-06T10:00:00Z');
    const { url, k: _k, ...rest } = { ...a, id: id(a.id), event: id(a.event), copyOf: a.copyOf && id(a.copyOf) };
    const p = heldPut(a, id);
    expect(heldLine(p, 42)).toBe(JSON.stringify({ k: 'a', n: 42, url, ...rest }));
    expect(JSON.parse(heldLine(p, 42))).toMatchObject({ n: 42, id: `sub:${which}`, event: `sub:ev-${which}` });
    expect(p).toMatchObject({ own: which, terms: ['bridge', 'river'] });
  });

  it('hold deletions, puts and the rest apart, counting puts by kind, and sort puts by day then id', () => {
    const held: HeldDelta = { dels: [], puts: [], rest: [], kinds: { a: 0, e: 0, s: 0 } };
    const ops = [
      article('c', '2026-12-07T01:00:00Z'),
      { op: 'del', k: 'a', id: 'x' },
      article('b', '2026-12-06T23:00:00Z'),
      article('n', null),
      { op: 'put', k: 'e', id: 'e1', title: 't', date: '2026-12-06', story: 's1', members: ['b'], source: 'cluster' },
      article('a', '2026-12-07T00:30:00Z'),
      { op: 'df', t: 'bridge', df: 3 },
    ] as PatchOp[];
    holdOps(held, ops.slice(0, 3), id);
    holdOps(held, ops.slice(3), id);
    sortPuts(held.puts);
    expect(held.dels).toEqual(['x']);
    expect(held.puts.map((p) => p.own)).toEqual(['b', 'a', 'c', 'n']);
    expect(held.rest.map((o) => o.op)).toEqual(['put', 'df']);
    expect(held.kinds).toEqual({ a: 4, e: 1, s: 0 });
  });
});
