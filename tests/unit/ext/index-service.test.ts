// The extension's index service over fake-indexeddb: bundled load with progress, a bad import refused with a
// clear error while the current index keeps answering, a good import, back to bundled, and no re-read when the
// bundled index is already the active one.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexService } from '../../../lib/ext/background/index-service.js';
import { buildIndex } from '../../../lib/index/build.js';
import { IndexDb } from '../../../lib/index/dexie-schema.js';
import { parseHeader } from '../../../lib/index/format.js';
import { ALL, EVENTS } from '../index/fixtures.js';

async function indexText(articles = ALL) {
  return (await buildIndex(articles.map((article) => ({ article, event: null })), { description: 'service test' })).text;
}

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

function service(bundled: string, fetches: { n: number }) {
  return createIndexService({
    db: new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange }),
    version: '1.0.0',
    local: memoryArea(),
    fetchBundled: async () => {
      fetches.n++;
      return bundled;
    },
    bundledHeader: async () => parseHeader(bundled.slice(0, bundled.indexOf('\n'))),
  });
}

describe('index service', () => {
  it('loads the bundled index, then skips it when it is already active', async () => {
    const bundled = await indexText();
    const fetches = { n: 0 };
    const s = service(bundled, fetches);
    expect((await s.info()).state).toBe('empty');
    expect((await s.availability()).ready).toBe(false);
    await s.ensureBundled(true);
    const info = await s.info();
    expect(info).toMatchObject({ state: 'ready', source: 'bundled', description: 'service test', progress: 1 });
    expect(info.counts?.articles).toBe(ALL.length);
    expect((await s.availability()).ready).toBe(true);
    await s.ensureBundled(false);
    await s.ensureBundled(true);
    expect(fetches.n).toBe(1);
  });

  it('refuses a bad file with a clear error and keeps the current index; imports a good one; goes back', async () => {
    const bundled = await indexText();
    const s = service(bundled, { n: 0 });
    await s.ensureBundled(true);
    const before = await s.info();

    const notIndex = await s.importText('notes.json', '{"hello": "world"}\n');
    expect(notIndex.ok).toBe(false);
    expect(!notIndex.ok && notIndex.error).toMatch(/not a Parallax index|index/i);
    const lines = bundled.split('\n');
    const corrupt = await s.importText('cut.json', lines.slice(0, Math.ceil(lines.length / 2)).join('\n'));
    expect(corrupt.ok).toBe(false);
    expect(!corrupt.ok && corrupt.error).toMatch(/corrupt/i);
    expect(await s.info()).toEqual(before);

    const smaller = await indexText(EVENTS.bridge);
    const imported = await s.importText('bridge.json', smaller);
    expect(imported.ok && imported.info).toMatchObject({ state: 'ready', source: 'imported' });
    expect((await s.info()).counts?.articles).toBe(EVENTS.bridge.length);
    // An imported index stays across worker starts and updates…
    await s.ensureBundled(true);
    expect((await s.info()).source).toBe('imported');
    // …until the reader goes back to the bundled one.
    const back = await s.useBundled();
    expect(back.ok && back.info.source).toBe('bundled');
    expect((await s.info()).counts?.articles).toBe(ALL.length);
  });
});
