import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../../../lib/index/format.js';
import type { DeltaOp } from '../../../lib/updates/format.js';
import { LiveState, toIndex } from '../../../lib/updates/live-state.js';
import { articlePut } from '../../helpers/delta-ops.js';

const fp: Fingerprint = { t: ['senate', 50], e: [], n: [], h: '', tt: ['senate'] };
const article = (id: string, outlet: string | null, domain: string | null): DeltaOp =>
  articlePut(id, {
    url: `https://${domain ?? 'x.example'}/${id}`,
    title: id,
    outlet,
    domain,
    published: '2026-12-07T10:00:00.000Z',
    event: 'e1',
    fp,
    claims: [],
  });

describe('toIndex outlet counts', () => {
  it('counts what the index holds of each outlet, whatever count the outlet was sent with', async () => {
    const s = new LiveState();
    s.apply({ op: 'put', k: 'o', name: 'Daily', domain: 'daily.example', articles: 1 });
    s.apply({ op: 'put', k: 'o', name: 'gone.example', domain: 'gone.example', articles: 4 });
    s.apply({ op: 'put', k: 'o', name: 'plain.example', domain: 'plain.example', articles: 1 });
    for (const [id, outlet, domain] of [
      ['a1', 'Daily', 'daily.example'],
      ['a2', 'Daily', 'daily.example'],
      ['a3', 'Daily', 'daily.example'],
      ['a4', null, 'plain.example'],
    ] as const)
      s.apply(article(id, outlet, domain));
    s.apply({
      op: 'put',
      k: 'e',
      id: 'e1',
      title: 't',
      date: null,
      story: 'e1',
      members: ['a1', 'a2', 'a3', 'a4'],
      source: 'cluster',
    });
    const { records, header } = await toIndex(s, { description: 'test', builtAt: null });
    expect(records.filter((r) => r.k === 'o')).toEqual([
      { k: 'o', name: 'Daily', domain: 'daily.example', articles: 3 },
      { k: 'o', name: 'plain.example', domain: 'plain.example', articles: 1 },
    ]);
    expect(header.counts.outlets).toBe(2);
  });
});
