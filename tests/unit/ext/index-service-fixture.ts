// The index service over fake-indexeddb as the tests build it: a bundled index text, staged files as the options page
// stages them, storage.local in memory, and `make` for a worker started again over the same databases.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createIndexService } from '../../../lib/ext/background/index-service.js';
import type { PublisherKey } from '../../../lib/ext/background/index-import.js';
import { ImportStagingDb, importStaging } from '../../../lib/ext/import-staging.js';
import { buildIndex } from '../../../lib/index/build.js';
import { IndexDb } from '../../../lib/index/dexie-schema.js';
import { parseHeader } from '../../../lib/index/format.js';
import { ALL } from '../index/fixtures.js';

export async function indexText(articles = ALL) {
  return (
    await buildIndex(
      articles.map((article) => ({ article, event: null })),
      { description: 'service test' },
    )
  ).text;
}

export function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

export function service(bundled: string, fetches: { n: number }, keys: PublisherKey[] = []) {
  const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const staging = new ImportStagingDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const local = memoryArea();
  /** A new service over the same databases: a worker started again. */
  const make = () =>
    createIndexService({
      db,
      version: '1.0.0',
      local,
      fetchBundled: async () => {
        fetches.n++;
        return bundled;
      },
      bundledHeader: async () => parseHeader(bundled.slice(0, bundled.indexOf('\n'))),
      staging: importStaging(staging),
      publisherKeys: async () => keys,
    });
  /** Files as the options page stages them. */
  const stage = (files: Record<string, string | Uint8Array>) =>
    importStaging(staging).stage(
      Object.entries(files).map(([name, body]) => ({ name, blob: new Blob([body as BlobPart]) })),
      new Date(),
    );
  return { s: make(), db, local, staging, stage, make };
}
