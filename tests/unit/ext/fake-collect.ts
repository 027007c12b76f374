// A "collect it yourself" service for unit tests: a real one over fake-indexeddb, whose fetch, extraction and
// permissions the test supplies (by default: no network, nothing permitted).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { IndexStore } from '../../../lib/index/store.js';
import { PoliteFetcher } from '../../../lib/collect/polite-fetch.js';
import { CollectDb } from '../../../lib/ext/background/collect-db.js';
import { CollectedIndex } from '../../../lib/ext/background/collect-index.js';
import { createCollectService, type CollectServiceDeps } from '../../../lib/ext/background/collect-service.js';

export function fakeCollect(
  over: Partial<CollectServiceDeps> & { fetch?: typeof fetch; loaded?: () => Promise<IndexStore | null> } = {},
) {
  const db = new CollectDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const fetchFn: typeof fetch =
    over.fetch ??
    (async () => {
      throw new Error('no network in unit tests');
    });
  const added: number[] = [];
  const service = createCollectService({
    db,
    index: new CollectedIndex(db, over.loaded),
    fetcher: new PoliteFetcher({ fetch: fetchFn, now: Date.now, sleep: async () => undefined, intervalMs: 0 }),
    extract: async () => ({ ok: false, reason: 'not-article', message: 'no DOM in this test' }),
    fillOutlet: async (a) => a,
    permitted: async () => false,
    now: () => new Date('2026-03-05T12:00:00Z'),
    onAdded: async () => void added.push(1),
    ...over,
  });
  return { service, db, added };
}
