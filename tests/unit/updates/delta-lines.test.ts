import { describe, expect, it } from 'vitest';
import { cachedTerms } from '../../../lib/index/features.js';
import { parseDelta, serializeDelta } from '../../../lib/updates/delta.js';
import { storedDelta } from '../../../lib/updates/compose.js';
import type { DeltaOp } from '../../../lib/updates/format.js';
import { articlePut, type ArticlePut } from '../../helpers/delta-ops.js';

const title = 'Senate passes the budget after a late vote';
const article = (id: string, extra: Partial<ArticlePut> = {}): DeltaOp =>
  articlePut(id, {
    title,
    fp: {
      t: ['budget', 100, 'senat', 80, '2026', 12],
      e: ['senate'],
      n: ['2026'],
      h: '01dbe2d479606e50',
      tt: [...new Set(cachedTerms(title))],
    },
    claims: [{ s: 'The Senate passed the budget.' }, { s: 'Critics denied it was late.', t: 'd', w: 'stance.deny' }],
    ...extra,
  });

const ops: DeltaOp[] = [
  { op: 'del', k: 'a', id: 'old1' },
  { op: 'del', k: 'a', id: 'old2' },
  { op: 'del', k: 'e', id: 'e:0' },
  { op: 'del', k: 'o', name: 'Gone', domain: 'gone.example' },
  { op: 'put', k: 'o', name: 'Example News', domain: 'news.example', articles: 2 },
  { op: 'put', k: 's', id: 's:1', title: 'Budget', events: ['e:1'] },
  {
    op: 'put',
    k: 'e',
    id: 'e:1',
    title: 'Senate passes budget',
    date: '2026-12-07',
    story: 's:1',
    members: ['a1', 'a2'],
    source: 'cluster',
  },
  article('a1'),
  // A headline's terms that are not the title's (a fingerprint made from another title) and a url unlike the id.
  article('a2', { url: null, fp: { t: ['two words', 100], e: [], n: [], h: '', tt: ['other'] }, copyOf: 'a1' }),
  { op: 'df', t: 'budget', df: 4 },
  { op: 'df', t: 'senat', df: 4 },
  { op: 'df', t: '2026', df: 9 },
  { op: 'df', t: 'gone', df: 0 },
];

describe('delta formats 2 and 3', () => {
  it('reads back the operations it wrote, term frequencies as one line a value', async () => {
    const text = serializeDelta({ from: 4, to: 5 }, ops);
    const lines = text.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'parallax-delta', version: 3, from: 4, to: 5, lines: lines.length - 1 });
    expect(lines.filter((l) => l.startsWith('["f"'))).toEqual(['["f",0,"gone"]', '["f",4,"budget senat"]', '["f",9,"2026"]']);
    const sorted = (xs: DeltaOp[]) => xs.map((o) => JSON.stringify(o)).sort();
    expect(sorted(parseDelta(text).ops)).toEqual(sorted(ops));
    expect(sorted((await storedDelta(text, 'delta-5')).ops)).toEqual(sorted(ops));
  });

  it('tags the puts of articles a reader holds "u", and reads them as puts', () => {
    const ids = ops.flatMap((o) => (o.op === 'put' && o.k === 'a' ? [o.id] : []));
    expect(ids.length).toBeGreaterThan(0);
    const text = serializeDelta({ from: 4, to: 5 }, ops, (id) => id === ids[0]);
    const tags = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => (JSON.parse(l) as string[])[0]);
    expect(tags.filter((t) => t === 'u')).toHaveLength(1);
    expect(tags.filter((t) => t === 'a')).toHaveLength(ids.length - 1);
    const sorted = (xs: DeltaOp[]) => xs.map((o) => JSON.stringify(o)).sort();
    expect(sorted(parseDelta(text).ops)).toEqual(sorted(ops));
  });

  it('still reads a version 2 delta', () => {
    const v2 = serializeDelta({ from: 4, to: 5 }, ops).replace('"version":3', '"version":2');
    expect(parseDelta(v2).header.version).toBe(2);
    expect(parseDelta(v2).ops).toEqual(parseDelta(serializeDelta({ from: 4, to: 5 }, ops)).ops);
  });

  it('still reads a version 1 delta', () => {
    const v1 = [
      { format: 'parallax-delta', version: 1, from: 1, to: 2, createdAt: '2026-12-07T09:00:00.000Z', lines: ops.length },
      ...ops,
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    expect(parseDelta(`${v1}\n`).ops).toEqual(ops);
  });

  it.each([
    ['an unknown tag', '["x",1]'],
    ['an article without its fields', '["a","id"]'],
    ['a version 1 object in a version 2 file', '{"op":"del","k":"a","id":"x"}'],
    ['term frequencies without terms', '["f",3,7]'],
  ])('refuses %s, naming the line', (_, line) => {
    const text = `${JSON.stringify({ format: 'parallax-delta', version: 2, from: 1, to: 2, lines: 1 })}\n${line}\n`;
    expect(() => parseDelta(text)).toThrow(/corrupt delta: line 2 is not a known operation/);
  });
});
