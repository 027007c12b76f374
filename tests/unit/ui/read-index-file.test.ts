// Index files are read as text with progress, gzip or not; a file that is not an index says so.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readIndexFile } from '../../../lib/ui/read-index-file.js';

const json = JSON.stringify({ schemaVersion: 1, events: [{ id: 'e1', title: 'Example' }] });

describe('readIndexFile', () => {
  it('reads plain JSON and reports progress up to 1', async () => {
    const seen: number[] = [];
    expect(await readIndexFile(new Blob([json]), (p) => seen.push(p))).toBe(json);
    expect(seen.at(-1)).toBe(1);
  });

  it('decompresses a gzip file', async () => {
    expect(await readIndexFile(new Blob([gzipSync(json)]), () => undefined)).toBe(json);
  });

  it('rejects what is not an index, and a broken gzip', async () => {
    await expect(readIndexFile(new Blob(['<html>hi</html>']), () => undefined)).rejects.toThrow(/not an index file/);
    await expect(readIndexFile(new Blob(['']), () => undefined)).rejects.toThrow(/empty/);
    const broken = gzipSync(json).subarray(0, 12);
    await expect(readIndexFile(new Blob([broken]), () => undefined)).rejects.toThrow(/could not be decompressed/);
  });
});
