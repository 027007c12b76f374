// Reading and writing index files on disk (Node only): gzip when the name ends in .gz or the bytes say so.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
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

export function writeIndexFile(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  // mtime 0 keeps gzip output byte-identical across runs.
  const bytes = path.endsWith('.gz') ? gzipSync(Buffer.from(text, 'utf8'), { level: 9 }) : Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  return bytes.length;
}

/** builtAt from SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention; null when unset. */
export function sourceDateEpoch(): string | null {
  const s = process.env.SOURCE_DATE_EPOCH;
  if (!s || !/^\d+$/.test(s)) return null;
  return new Date(Number(s) * 1000).toISOString();
}
