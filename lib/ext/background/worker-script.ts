// The extraction worker's script for content scripts (lib/ext/content/worker-host.ts), read from the extension once
// per background lifetime and handed out in parts. A content script cannot fetch it itself unless it is
// web-accessible, and a web-accessible file is one any page can probe for to learn that Parallax is installed. In
// parts because the page's main thread decodes each answer and encodes it into the worker's Blob: the whole 400 KB
// at once was one task of 15-25 ms on a loaded machine, a part is a small share of that, in a task of its own.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { parsePayload } from '../validate.js';

const PATH = '/extract-worker.js';
export const PART_CHARS = 64 * 1024;
const PartSchema = v.object({ part: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** `text` cut into parts of at most `size` characters, never between the two halves of a surrogate pair. */
export function cutParts(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

let cached: Promise<string[]> | null = null;

/** One part of the script and how many there are; the script is read on the first request (again after a failure). */
export async function workerScriptPart(
  data: unknown,
  read: () => Promise<string> = readOwn,
): Promise<{ text: string; parts: number }> {
  const { part } = parsePayload(PartSchema, data, 'csGetWorkerScript');
  cached ??= read().then((text) => cutParts(text));
  cached.catch(() => (cached = null));
  const parts = await cached;
  if (part >= parts.length) throw new Error(`the worker's script has ${parts.length} parts, not ${part + 1}`);
  return { text: parts[part]!, parts: parts.length };
}

async function readOwn(): Promise<string> {
  const res = await fetch(browser.runtime.getURL(PATH as '/'));
  if (!res.ok) throw new Error(`the extraction worker's script is missing (${res.status})`);
  return res.text();
}
