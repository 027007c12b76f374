// A gzipped update file read as it is inflated, a few lines at a time, with a break (lib/index/pace.ts) between
// pieces: a day's delta is some 200 MB of text, and checking or parsing it whole held the background's loop for
// tens of seconds (and its text, split, twice in memory). Each piece goes through the format's own decoder
// (parseDelta, storedDelta: lib/updates/delta.ts, compose.ts) as a small delta of its own, so what a piece decodes
// to, and what it refuses, stays theirs; only the line count and the error's line number are kept here.
import { pace } from '../index/pace.js';
import { UpdateFormatError, type DeltaHeader, type DeltaOp } from './format.js';
import { byteStream, type FileBytes } from './gzip.js';

/** Operations per piece: a few milliseconds of schema checks. */
const PIECE_LINES = 32;

/** The file's lines as it is inflated (the last one without its newline), with breaks; a bad gzip or UTF-8 throws
 * "not a gzip file" as gunzipText does. */
export async function* gunzipLines(bytes: FileBytes): AsyncGenerator<string> {
  const reader = byteStream(bytes)
    .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
      rest += decoder.decode(chunk.value, { stream: !chunk.done });
    } catch (err) {
      throw new Error(`not a gzip file (${err instanceof Error ? err.message : String(err)})`);
    }
    const lines = rest.split('\n');
    rest = chunk.done ? '' : lines.pop()!;
    for (const line of lines) yield line;
    if (chunk.done) return;
    await pace();
  }
}

type Decode = (text: string) => { header: DeltaHeader; ops: DeltaOp[] } | Promise<{ header: DeltaHeader; ops: DeltaOp[] }>;

/** A delta's header and its operations a piece at a time, each piece decoded by `decode` as a delta of its own; the
 * count is checked against the header at the end (a truncated file). */
export async function* deltaPieces(bytes: FileBytes, decode: Decode): AsyncGenerator<{ header: DeltaHeader; ops: DeltaOp[] }> {
  let head: string | null = null;
  let header: DeltaHeader | null = null;
  let piece: string[] = [];
  let done = 0;
  const decodePiece = async () => {
    const own = JSON.parse(head!) as DeltaHeader | null;
    const first = JSON.stringify({ ...own, lines: piece.length });
    const text = piece.length ? `${first}\n${piece.join('\n')}\n` : `${first}\n`;
    try {
      const out = await decode(text);
      header ??= { ...out.header, lines: own!.lines };
      return { header, ops: out.ops };
    } catch (err) {
      // The piece's line numbers are the file's, less the lines before it.
      if (err instanceof Error) err.message = err.message.replace(/\bline (\d+)/, (_, n: string) => `line ${Number(n) + done}`);
      throw err;
    } finally {
      done += piece.length;
      piece = [];
    }
  };
  // One line behind: the file's last line is known only at its end (after a final newline it is empty, and dropped).
  let held: string | null = null;
  for await (const line of gunzipLines(bytes)) {
    if (head === null) {
      head = line;
      // The header alone first: a file that is no delta (or of another version) says so before anything else.
      if (!isJson(line)) await decode(`${line}\n`);
      continue;
    }
    if (held !== null) piece.push(held);
    held = line;
    if (piece.length >= PIECE_LINES) {
      yield await decodePiece();
      await pace();
    }
  }
  if (head === null) await decode('');
  if (held !== null && held !== '') piece.push(held);
  if (piece.length || !header) yield await decodePiece();
  const expected: unknown = header!.lines;
  if (done !== expected)
    throw new UpdateFormatError(`corrupt delta: ${done} operations, the header says ${String(expected)} (truncated?)`);
}

const isJson = (line: string): boolean => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};
