// Inputs of build-index and check: files or folders of .html, .txt (captures) and .jsonl, each optionally .gz,
// turned into extraction outcomes in a fixed order. A broken file or record yields {ok:false}; the run goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import { extractCapture } from '../extract/capture.js';
import { extractFromDocument } from '../extract/document.js';
import { recordOutcome } from '../extract/record.js';
import { applyOutlet } from '../outlets/apply.js';
import type { OutletTable } from '../outlets/types.js';
import type { ExtractOutcome } from '../types.js';
import { decodeHtml, parseHtml } from './html-document.js';

/** Pages of 20 MB and more are refused without parsing (issue 3: bounded work on huge pages). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const KINDS = /\.(html?|txt|jsonl)(\.gz)?$/i;

export interface InputItem {
  input: string;
  outcome: ExtractOutcome;
}

const fail = (reason: 'error' | 'too-large' | 'empty', message: string): ExtractOutcome => ({ ok: false, reason, message });

/** Files of the supported kinds under a folder, recursively, sorted by path so every run sees the same order. */
async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (KINDS.test(e.name)) out.push(full);
  }
  return out;
}

export async function* readInputs(paths: string[], opts: { outlets?: OutletTable | null } = {}): AsyncGenerator<InputItem> {
  const finish = (item: InputItem): InputItem =>
    item.outcome.ok && opts.outlets
      ? { ...item, outcome: { ...item.outcome, article: applyOutlet(item.outcome.article, opts.outlets) } }
      : item;
  for (const path of paths) {
    let files: string[];
    try {
      files = (await stat(path)).isDirectory() ? await listFiles(path) : [path];
    } catch (err) {
      yield { input: basename(path), outcome: fail('error', `cannot read ${path}: ${message(err)}`) };
      continue;
    }
    for (const file of files) {
      for await (const item of readFileItems(file)) yield finish(item);
    }
  }
}

async function* readFileItems(file: string): AsyncGenerator<InputItem> {
  const name = basename(file);
  const kind = KINDS.exec(name)?.[1]?.toLowerCase();
  if (!kind) {
    yield {
      input: name,
      outcome: fail('error', `unsupported input type: ${name} (expected .html, .txt or .jsonl, optionally .gz)`),
    };
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(file, name);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(file);
  } catch (err) {
    const tooLarge = err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    yield {
      input: name,
      outcome: tooLarge
        ? fail('too-large', `${name} is ${MAX_PAGE_BYTES / 1048576} MB or more`)
        : fail('error', `cannot read ${name}: ${message(err)}`),
    };
    return;
  }
  if (kind === 'txt') {
    const articles = extractCapture(decodeHtml(bytes), name);
    if (articles.length === 0) yield { input: name, outcome: fail('empty', 'no article text found in the capture') };
    for (const article of articles) yield { input: article.id, outcome: { ok: true, article, warnings: [] } };
    return;
  }
  const outcome = extractFromDocument(parseHtml(decodeHtml(bytes)), { url: null });
  yield { input: name, outcome: outcome.ok ? { ...outcome, article: { ...outcome.article, id: name } } : outcome };
}

/** The file's bytes, gunzipped when .gz; refuses (RangeError) at MAX_PAGE_BYTES before or after decompression. */
async function readBounded(file: string): Promise<Uint8Array> {
  const size = (await stat(file)).size;
  if (size >= MAX_PAGE_BYTES) throw new RangeError('too large');
  const raw = await readFile(file);
  if (!/\.gz$/i.test(file)) return raw;
  return gunzipSync(raw, { maxOutputLength: MAX_PAGE_BYTES - 1 });
}

async function* readJsonl(file: string, name: string): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    const stream = createReadStream(file);
    const source = /\.gz$/i.test(file) ? stream.pipe(createGunzip()) : stream;
    for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      if (line.length >= MAX_PAGE_BYTES) {
        yield { input: `${name}:${lineNo}`, outcome: fail('too-large', `record on line ${lineNo} is 20 MB or more`) };
        continue;
      }
      yield recordOutcome(line, `${name}:${lineNo}`, parseHtml);
    }
  } catch (err) {
    yield { input: `${name}:${lineNo + 1}`, outcome: fail('error', `cannot read ${name} after line ${lineNo}: ${message(err)}`) };
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
