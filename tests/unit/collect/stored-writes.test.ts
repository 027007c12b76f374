// A pass holds its extracted pages for assignment (each row then written once, with its event) up to HOLD_MAX; past
// that every page is written as stored, to be assigned from the store, and none is lost or written twice.
import { describe, expect, it } from 'vitest';
import { HOLD_MAX, StoredWrites, type StoredUpdate } from '../../../lib/node/collect/stored-writes.js';

const page = (i: number): StoredUpdate => ({
  key: `k${i}`,
  attempts: 1,
  error: null,
  kind: 'full',
  title: `t${i}`,
  outlet: null,
  domain: 'example.com',
  published: null,
  publishedFrom: 'first-seen',
  lang: 'en',
  byline: null,
  body: 'text',
  storedAt: '2026-12-07T00:00:00.000Z',
  claims: '[]',
  id: `https://example.com/${i}`,
  url: `https://example.com/${i}`,
  raw: '{}',
});

/** A store that records the keys each statement wrote. */
function recorder() {
  const writes: string[][] = [];
  return {
    writes,
    db: {
      query: async <T>(_sql: string, params?: unknown[]) => {
        writes.push(params![0] as string[]);
        return [] as T[];
      },
    },
  };
}

describe('StoredWrites', () => {
  it('writes pages as they come, 32 to a statement, when not holding', async () => {
    const { db, writes } = recorder();
    const w = new StoredWrites(db);
    for (let i = 0; i < 40; i++) await w.add(page(i));
    await w.flush();
    expect(writes.map((k) => k.length)).toEqual([32, 8]);
    expect(w.kept).toEqual([]);
    expect(w.written).toBe(40);
  });

  it('holds pages for the assignment and writes none itself', async () => {
    const { db, writes } = recorder();
    const w = new StoredWrites(db, true);
    for (let i = 0; i < 5; i++) await w.add(page(i));
    await w.flush();
    expect(writes).toEqual([]);
    expect(w.kept.map((p) => p.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(w.written).toBe(0);
  });

  it('writes every page as stored once more than HOLD_MAX come, each once', async () => {
    const { db, writes } = recorder();
    const w = new StoredWrites(db, true);
    for (let i = 0; i < HOLD_MAX + 40; i++) await w.add(page(i));
    await w.flush();
    const keys = writes.flat();
    expect(keys).toHaveLength(HOLD_MAX + 40);
    expect(new Set(keys).size).toBe(HOLD_MAX + 40);
    expect(w.kept).toEqual([]);
    expect(w.written).toBe(HOLD_MAX + 40);
  });
});
