// The bundled index ships gzipped and is read as a stream of lines: line splitting across chunk boundaries, the
// header alone, and a whole load through the index service from a gzipped body.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLine, gzipLines, streamLines } from '../../../lib/ext/background/bundled-index.js';
import { createIndexService } from '../../../lib/ext/background/index-service.js';
import { buildIndex } from '../../../lib/index/build.js';
import { IndexDb } from '../../../lib/index/dexie-schema.js';
import { parseHeader } from '../../../lib/index/format.js';
import { ALL } from '../index/fixtures.js';

const textStream = (chunks: string[]) =>
  new ReadableStream<string>({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });
const gzBody = (text: string) => new Blob([gzipSync(Buffer.from(text, 'utf8'))]).stream();

async function collect(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of it) out.push(l);
  return out;
}

describe('bundled index stream', () => {
  it('splits lines across chunk boundaries, keeping a last line without newline', async () => {
    expect(await collect(streamLines(textStream(['ab', 'c\nde', 'f\n\ng', 'h'])))).toEqual(['abc', 'def', '', 'gh']);
    expect(await collect(streamLines(textStream([])))).toEqual([]);
  });

  it('inflates a gzipped body into the same lines, and reads the header alone', async () => {
    const { text } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 'gz test' },
    );
    expect(await collect(gzipLines(gzBody(text)))).toEqual(text.slice(0, -1).split('\n'));
    expect(parseHeader((await firstLine(gzBody(text)))!).description).toBe('gz test');
  });

  it('loads the bundled index into Dexie from the stream', async () => {
    const { text, header } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 'gz test' },
    );
    const data: Record<string, unknown> = {};
    const s = createIndexService({
      db: new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange }),
      version: '1.0.0',
      local: {
        get: async (k: string) => ({ [k]: data[k] }),
        set: async (items: Record<string, unknown>) => void Object.assign(data, items),
      },
      fetchBundled: async () => gzipLines(gzBody(text)),
      bundledHeader: async () => parseHeader((await firstLine(gzBody(text)))!),
    });
    await s.ensureBundled(true);
    expect(await s.info()).toMatchObject({
      state: 'ready',
      source: 'bundled',
      contentHash: header.contentHash,
      counts: header.counts,
    });
    expect((await s.availability()).ready).toBe(true);
  });
});
