// A delta read as it is inflated, a piece at a time, decodes to what the whole file decodes to, and refuses what the
// whole-file decoder refuses, naming the file's own line.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDelta, serializeDelta } from '../../../lib/updates/delta.js';
import { deltaPieces } from '../../../lib/updates/delta-pieces.js';
import type { DeltaOp } from '../../../lib/updates/format.js';

const ops: DeltaOp[] = Array.from({ length: 100 }, (_, i) => ({ op: 'df', t: `term${i}`, df: i }));
const text = serializeDelta({ from: 4, to: 5 }, ops);
const gz = (t: string) => new Uint8Array(gzipSync(t));

async function readAll(bytes: Uint8Array) {
  const out: DeltaOp[] = [];
  let header = null;
  let pieces = 0;
  for await (const p of deltaPieces(bytes, parseDelta)) {
    header = p.header;
    out.push(...p.ops);
    pieces++;
  }
  return { header, ops: out, pieces };
}

describe('deltaPieces', () => {
  it('gives the header and every operation, in order, in several pieces', async () => {
    const got = await readAll(gz(text));
    expect(got.header).toEqual(parseDelta(text).header);
    expect(got.ops).toEqual(parseDelta(text).ops);
    expect(got.pieces).toBeGreaterThan(2);
  });

  it('reads a file without its final newline, and an empty delta', async () => {
    expect((await readAll(gz(text.slice(0, -1)))).ops).toHaveLength(100);
    const empty = serializeDelta({ from: 1, to: 2 }, []);
    expect(await readAll(gz(empty))).toMatchObject({ header: { from: 1, to: 2, lines: 0 }, ops: [] });
  });

  it.each([
    [
      'a bad line, named by its line in the file',
      text.replace('["f",70,"term70"]', '["f","70","term70"]'),
      /line 72 is not a known operation/,
    ],
    ['a line that is not JSON', text.replace('["f",90,', '["f",90,,'), /line 92 is not JSON/],
    ['a truncated file', text.split('\n').slice(0, 60).join('\n'), /59 operations, the header says 100 \(truncated\?\)/],
    ['no delta at all', '<html>\n', /line 1 is not JSON/],
    ['another format version', text.replace('"version":3', '"version":4'), /format version 4/],
  ])('refuses %s', async (_what, bad, message) => {
    await expect(readAll(gz(bad))).rejects.toThrow(message);
  });

  it('says a file that is not gzip is not', async () => {
    await expect(readAll(new TextEncoder().encode(text))).rejects.toThrow(/not a gzip file/);
  });
});
