// Reading and writing index files on disk (Node only): gzip when the name ends in .gz or the bytes say so.
import { createWriteStream, mkdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import type { BuiltIndex, LinesHasher } from '../index/build.js';
import { MemoryStore } from '../index/memory-store.js';

export function readIndexText(path: string): string {
  if (!existsSync(path)) throw new Error(`index not found: ${path}`);
  const bytes = readFileSync(path);
  const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gz ? gunzipSync(bytes) : bytes).toString('utf8');
}

export async function openIndex(path: string): Promise<MemoryStore> {
  try {
    return await MemoryStore.fromText(readIndexText(path));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Streaming SHA-256 of the body for buildIndex: a million-article body is longer than V8's longest string. */
export const hashLines: LinesHasher = async (lines) => {
  const h = createHash('sha256');
  let first = true;
  for (const l of lines) {
    if (!first) h.update('\n');
    h.update(l);
    first = false;
  }
  return h.digest('hex');
};

/** The file's text in pieces of about a megabyte: header line, then the body's lines, newline-terminated. */
function* fileChunks(built: Pick<BuiltIndex, 'header' | 'lines'>): Generator<string> {
  let buf = `${JSON.stringify(built.header)}\n`;
  for (const l of built.lines()) {
    buf += `${l}\n`;
    if (buf.length >= 1 << 20) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Write an index line by line (gzip when the name ends in .gz); returns the bytes written. */
export async function writeIndex(path: string, built: Pick<BuiltIndex, 'header' | 'lines'>): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const source = Readable.from(fileChunks(built));
  // Node's gzip writes mtime 0, so the output is byte-identical across runs.
  if (path.endsWith('.gz')) await pipeline(source, createGzip({ level: 9 }), createWriteStream(path));
  else await pipeline(source, createWriteStream(path));
  return statSync(path).size;
}

/** builtAt from SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention; null when unset. */
export function sourceDateEpoch(): string | null {
  const s = process.env.SOURCE_DATE_EPOCH;
  if (!s || !/^\d+$/.test(s)) return null;
  return new Date(Number(s) * 1000).toISOString();
}
