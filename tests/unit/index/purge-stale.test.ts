// Rows of a generation that is neither active nor loading (a worker stopped between a load's switch and its purge)
// are removed; the active and loading generations are kept.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { purgeStaleGenerations } from '../../../lib/index/dexie-load.js';
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
    await db.eventBuckets.bulkPut([{ g: 2, b: 0, j: '[]' }, { g: 3, b: 0, j: '[]' }]);
    await purgeStaleGenerations(db);
    expect((await db.blocks.toArray()).map((r) => [r.g, r.b])).toEqual([[3, 0], [3, 1], [5, 0]]);
    expect((await db.eventBuckets.toArray()).map((r) => r.g)).toEqual([3]);
  });
});
