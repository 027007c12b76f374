// The real "collect it yourself" service: the browser's fetch through the polite fetcher, the host permissions the
// reader granted, the DOM parser of this browser (collect-extract.ts), and the collection's own database.
import { browser } from 'wxt/browser';
import { PoliteFetcher } from '../../collect/polite-fetch.js';
import type { IndexStore } from '../../index/store.js';
import type { Article } from '../../types.js';
import { CollectDb } from './collect-db.js';
import { extractCollected } from './collect-extract.js';
import { CollectedIndex } from './collect-index.js';
import { createCollectService } from './collect-service.js';

export function makeCollect(
  fillOutlet: (a: Article) => Promise<Article>,
  onAdded: () => Promise<void>,
  loaded: () => Promise<IndexStore | null>,
) {
  const db = new CollectDb();
  const service = createCollectService({
    db,
    index: new CollectedIndex(db, loaded),
    fetcher: new PoliteFetcher({
      fetch: (u, init) => fetch(u, init),
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    }),
    extract: extractCollected,
    fillOutlet,
    // Asked, never assumed: a feed whose site the reader has not allowed is not requested at all.
    permitted: (origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false),
    now: () => new Date(),
    keepAlive: () => void browser.runtime.getPlatformInfo(),
    onAdded,
  });
  return service;
}
