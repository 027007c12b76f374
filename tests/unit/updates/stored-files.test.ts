// Update files are stored as Blobs (kept outside the worker's heap) and read back a piece at a time: a file larger than
// one piece inflates to the same text from a Blob, from an array, and from a row an older version stored as an array.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { updateFiles, UpdateFilesDb } from '../../../lib/ext/background/update-files.js';
import { gunzipLines } from '../../../lib/updates/delta-pieces.js';
import { byteStream, gunzipText } from '../../../lib/updates/gzip.js';

// Random hex compresses to about half: some 3 MB gzipped, so three pieces or more.
const lines = Array.from({ length: 3000 }, (_, i) => `${i} ${randomBytes(1024).toString('hex')}`);
const text = `${lines.join('\n')}\n`;
const gz = new Uint8Array(gzipSync(text));

async function collect(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  const sizes: number[] = [];
  const r = stream.getReader();
  for (let c = await r.read(); !c.done; c = await r.read()) sizes.push(c.value.length);
  return sizes;
}

describe('stored update files', () => {
  it('are stored as Blobs and read back as the bytes stored', async () => {
    const files = updateFiles(new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange }));
    await files.store({ sub: 's', name: 'd1.json.gz', sha256: 'x', kind: 'delta', bytes: gz });
    const [row] = await files.read('s', ['d1.json.gz']);
    expect(row!.bytes).toBeInstanceOf(Blob);
    expect(Buffer.from(await (row!.bytes as Blob).arrayBuffer()).equals(gz)).toBe(true);
    expect(await gunzipText(row!.bytes)).toBe(text);
    const got: string[] = [];
    for await (const line of gunzipLines(row!.bytes)) got.push(line);
    expect(got).toEqual([...lines, '']);
  });

  it('read a row an older version stored as an array', async () => {
    const db = new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.files.put({ sub: 's', name: 'old.json.gz', sha256: 'y', kind: 'delta', bytes: gz });
    const [row] = await updateFiles(db).read('s', ['old.json.gz']);
    expect(row!.bytes).toBeInstanceOf(Uint8Array);
    expect(await gunzipText(row!.bytes)).toBe(text);
  });

  it('hand a file on in pieces of a megabyte, whole', async () => {
    for (const bytes of [gz, new Blob([gz])]) {
      const sizes = await collect(byteStream(bytes));
      expect(sizes.length).toBeGreaterThan(2);
      expect(Math.max(...sizes)).toBe(1 << 20);
      expect(sizes.reduce((s, n) => s + n, 0)).toBe(gz.length);
    }
  });
});
