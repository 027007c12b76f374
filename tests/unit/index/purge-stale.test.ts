// Rows of a generation that is neither active nor loading (a worker stopped between a load's switch and its purge)
// are removed; the active and loading generations are kept. A new load never reuses a generation rows still have,
// and a load that cannot resume (an import) is removed, rows and mark, when the worker starts again.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { freshGeneration, purgeInterrupted, purgeStaleGenerations } from '../../../lib/index/dexie-generations.js';
import { IndexDb } from '../../../lib/index/dexie-schema.js';
import type { IndexHeader } from '../../../lib/index/format.js';

describe('purgeStaleGenerations', () => {
  it('keeps the active and loading generations only', async () => {
    const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const header = { counts: { lines: 1 } } as unknown as IndexHeader;
    await db.meta.bulkPut([
      { key: 'active', gen: 3, header },
      { key: 'loading', gen: 5, header, linesDone: 0 },
    ]);
    const row = (g: number, b: number) => ({ g, b, j: new Uint8Array(0), u: [] });
    await db.blocks.bulkPut([row(1, 0), row(2, 0), row(3, 0), row(3, 1), row(4, 0), row(5, 0), row(9, 2)]);
    await db.eventBuckets.bulkPut([
      { g: 2, b: 0, j: '[]' },
      { g: 3, b: 0, j: '[]' },
    ]);
    await purgeStaleGenerations(db);
    expect((await db.blocks.toArray()).map((r) => [r.g, r.b])).toEqual([
      [3, 0],
      [3, 1],
      [5, 0],
    ]);
    expect((await db.eventBuckets.toArray()).map((r) => r.g)).toEqual([3]);
  });

  it('gives a new load a generation above every row, even rows whose mark is gone', async () => {
    const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const header = { counts: { lines: 1 } } as unknown as IndexHeader;
    await db.meta.put({ key: 'active', gen: 1, header });
    expect(await freshGeneration(db)).toBe(2);
    // The probe's case: 311,000 rows of generation 2 with no loading mark; the next load must not write into them.
    await db.outlets.bulkPut([{ g: 2, i: 1, k: 'o', name: 'x', domain: null, articles: 0 }]);
    expect(await freshGeneration(db)).toBe(3);
    await purgeStaleGenerations(db);
    expect(await db.outlets.count()).toBe(0);
  });

  it('removes an interrupted load that cannot resume, and leaves one that can', async () => {
    const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const header = { description: 'imported', counts: { lines: 1 } } as unknown as IndexHeader;
    const row = (g: number, b: number) => ({ g, b, j: new Uint8Array(0), u: [] });
    await db.meta.put({ key: 'loading', gen: 4, header, linesDone: 2000, resumable: true });
    await db.blocks.bulkPut([row(4, 0)]);
    expect(await purgeInterrupted(db)).toBeNull();
    expect(await db.blocks.count()).toBe(1);
    await db.meta.put({ key: 'loading', gen: 4, header, linesDone: 2000, resumable: false });
    expect((await purgeInterrupted(db))?.description).toBe('imported');
    expect(await db.blocks.count()).toBe(0);
    expect(await db.meta.get('loading')).toBeUndefined();
  });
});
