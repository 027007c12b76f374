// An index file's lines from its bytes (plain or gzip-compressed), with one size limit counted on the decompressed
// bytes as they stream (a 700 MB gzip bomb is stopped at the limit, not inflated whole) and the content hash of the
// body computed on the way. Each failure of the bytes themselves (damaged gzip, not UTF-8, too large) is an
// IndexFileError in plain words. Web streams only: the same code runs in the extension and in Node.
import { sha256 } from '@noble/hashes/sha2';
import { INDEX_MAX_BYTES, IndexFormatError } from './format.js';

export class IndexFileError extends IndexFormatError {
  override name = 'IndexFileError';
}

const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;
const NEWLINE = 0x0a;

export interface FileLines {
  lines: AsyncGenerator<string>;
  /** "sha256:<hex>" of the body (every line after the header joined by "\n"), once the lines are all read. */
  bodyHash(): string;
}

/** True when the bytes start like a gzip stream. */
export async function isGzip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** The decompressed bytes of a file, refused past `maxBytes`; `onRead` gets the share of the file read so far. */
async function* bytesOf(blob: Blob, maxBytes: number, onRead?: (fraction: number) => void): AsyncGenerator<Uint8Array> {
  const gzipped = await isGzip(blob);
  let read = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, c) {
      read += chunk.byteLength;
      onRead?.(blob.size ? Math.min(1, read / blob.size) : 1);
      c.enqueue(chunk);
    },
  });
  let stream = blob.stream().pipeThrough(counter);
  if (gzipped) stream = stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        r = await reader.read();
      } catch (e) {
        // Chromium reports a damaged gzip stream as "Failed to fetch" or a bare TypeError: said in words here.
        throw gzipped
          ? new IndexFileError('the file looks gzip-compressed but is damaged or cut short: it could not be decompressed')
          : new IndexFileError(`the file could not be read (${e instanceof Error ? e.message : String(e)})`);
      }
      if (r.done) return;
      total += r.value.byteLength;
      if (total > maxBytes) {
        throw new IndexFileError(
          `the file is larger than Parallax imports: over ${mb(maxBytes)}${gzipped ? ' once decompressed' : ''}`,
        );
      }
      yield r.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The lines of an index file's bytes and, once read, its body's content hash. */
export function fileLines(blob: Blob, opts: { maxBytes?: number; onRead?: (fraction: number) => void } = {}): FileLines {
  const hash = sha256.create();
  let digest: string | null = null;
  async function* lines(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let inBody = false;
    let heldNewline = false;
    const parts: string[] = [];
    let any = false;
    /** Hashes the body's bytes, holding back a newline that may be the file's last byte (not part of the body). */
    const hashBody = (part: Uint8Array) => {
      if (!part.length) return;
      if (heldNewline) hash.update(new Uint8Array([NEWLINE]));
      heldNewline = part[part.length - 1] === NEWLINE;
      hash.update(heldNewline ? part.subarray(0, -1) : part);
    };
    const decode = (bytes?: Uint8Array): string => {
      try {
        return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
      } catch {
        throw new IndexFileError('the file is not UTF-8 text (an index file is JSON lines)');
      }
    };
    for await (const chunk of bytesOf(blob, opts.maxBytes ?? INDEX_MAX_BYTES, opts.onRead)) {
      any ||= chunk.length > 0;
      if (inBody) hashBody(chunk);
      else {
        const nl = chunk.indexOf(NEWLINE);
        if (nl >= 0) {
          inBody = true;
          hashBody(chunk.subarray(nl + 1));
        }
      }
      // The text before a newline is kept as pieces, joined once: appending to one string and searching it again
      // flattened it on every chunk (15 s for a 10 MB line).
      const piece = decode(chunk);
      let start = 0;
      for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', start)) {
        parts.push(piece.slice(start, nl));
        yield parts.join('');
        parts.length = 0;
        start = nl + 1;
      }
      if (start < piece.length) parts.push(piece.slice(start));
    }
    parts.push(decode());
    if (!any) throw new IndexFileError('the file is empty');
    const last = parts.join('');
    if (last) yield last;
    digest = `sha256:${[...hash.digest()].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
  return {
    lines: lines(),
    bodyHash: () => {
      if (digest === null) throw new Error('bodyHash() before the lines were all read');
      return digest;
    },
  };
}
