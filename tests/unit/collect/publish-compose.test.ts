import { describe, expect, it } from 'vitest';
import { Fold } from '../../../lib/node/collect/publish-compose.js';
import { parseDelta, serializeDelta } from '../../../lib/updates/delta.js';
import type { DeltaOp } from '../../../lib/updates/format.js';
import { LiveState } from '../../../lib/updates/live-state.js';
import { articlePut } from '../../helpers/delta-ops.js';

const article = (id: string, title: string): DeltaOp => articlePut(id, { title, claims: [{ s: `${title}.` }] });
const event = (members: string[]): DeltaOp => ({
  op: 'put',
  k: 'e',
  id: 'e:1',
  title: 'Budget',
  date: '2026-12-07',
  story: 's:1',
  members,
  source: 'cluster',
});

// Three deltas after a state holding "old" and "kept": 1→2 adds a1 and deletes old, 2→3 changes a1 and adds a2,
// 3→4 deletes a2 (added within the span) and kept, and sends a term frequency twice over.
const start: DeltaOp[] = [article('old', 'Old'), article('kept', 'Kept'), event(['old', 'kept'])];
const chain: { ops: DeltaOp[]; held: string[] }[] = [
  { ops: [{ op: 'del', k: 'a', id: 'old' }, article('a1', 'First'), event(['kept', 'a1'])], held: [] },
  { ops: [article('a1', 'First, revised'), article('a2', 'Second'), { op: 'df', t: 'budget', df: 3 }], held: ['a1'] },
  {
    ops: [{ op: 'del', k: 'a', id: 'a2' }, { op: 'del', k: 'a', id: 'kept' }, event(['a1']), { op: 'df', t: 'budget', df: 5 }],
    held: [],
  },
];
const texts = chain.map((d, i) => serializeDelta({ from: i + 1, to: i + 2 }, d.ops, (id) => d.held.includes(id)));

const stateOf = (...deltas: DeltaOp[][]) => {
  const s = new LiveState();
  for (const ops of deltas) for (const op of ops) s.apply(op);
  return JSON.stringify([[...s.articles].sort(), [...s.events].sort(), [...s.df].sort()]);
};

describe('composed deltas', () => {
  it('take a reader to the same state as the chain, with the articles added and removed counted', () => {
    const fold = new Fold();
    for (const t of [...texts].reverse()) fold.add(t);
    const { text, added, removed } = fold.delta(1, 4);
    const { header, ops } = parseDelta(text);
    expect(header).toMatchObject({ version: 3, from: 1, to: 4 });
    expect(stateOf(start, ops)).toBe(stateOf(start, ...chain.map((d) => d.ops)));
    // a1 is new to a reader at 1; a2 came and went inside the span, so its deletion is left out.
    expect({ added, removed }).toEqual({ added: 1, removed: 2 });
    expect(ops.filter((o) => o.op === 'del').map((o) => (o as { id: string }).id)).toEqual(['kept', 'old']);
    expect(ops.filter((o) => o.op === 'df')).toEqual([{ op: 'df', t: 'budget', df: 5 }]);
  });

  it('compose from a later start the same way, and the same chain gives the same bytes', () => {
    const fold = (n: number) => {
      const f = new Fold();
      for (const t of texts.slice(n).reverse()) f.add(t);
      return f.delta(n + 1, 4);
    };
    const from2 = fold(1);
    expect(stateOf(start, chain[0]!.ops, parseDelta(from2.text).ops)).toBe(stateOf(start, ...chain.map((d) => d.ops)));
    // At 2 the reader holds a1 (a change, not an addition); a2 came and went.
    expect({ added: from2.added, removed: from2.removed }).toEqual({ added: 0, removed: 1 });
    expect(fold(1).text).toBe(from2.text);
  });

  it("lay the articles out by day, then event, then id (an event's words side by side for gzip)", () => {
    const put = (id: string, day: string | null, event: string) =>
      articlePut(id, { published: day && `2026-12-${day}T10:00:00.000Z`, event });
    const ops = [
      put('a', '08', 'e:2'),
      put('b', '07', 'e:9'),
      put('c', '08', 'e:1'),
      put('d', null, 'e:1'),
      put('e', '08', 'e:2'),
    ];
    const fold = new Fold();
    fold.add(serializeDelta({ from: 1, to: 2 }, ops));
    const order = parseDelta(fold.delta(1, 2).text).ops.map((o) => (o as { id: string }).id);
    expect(order).toEqual(['b', 'c', 'a', 'e', 'd']);
  });
});
