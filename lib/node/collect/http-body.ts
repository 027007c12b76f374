// Reading a response: the body through its decoder (gzip, deflate, brotli) up to a limit of decoded bytes; errors
// turned into the fetcher's failure kinds; Retry-After read.
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import type { FetchFail } from './http-types.js';

export class TooLarge extends Error {}

/** Read a body through its decoder, stopping at the limit of decoded bytes. */
export async function readLimited(body: Readable, encoding: string | null, limit: number): Promise<Uint8Array> {
  const enc = (encoding ?? '').trim().toLowerCase();
  const decoder: Transform | null =
    enc === 'gzip' || enc === 'x-gzip'
      ? createGunzip()
      : enc === 'br'
        ? createBrotliDecompress()
        : enc === 'deflate'
          ? createInflate()
          : null;
  const stream: Readable = decoder ? body.pipe(decoder) : body;
  if (decoder) body.on('error', (e) => decoder.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new TooLarge(`more than ${limit} bytes${decoder ? ' once decompressed' : ''}`);
      chunks.push(chunk);
    }
  } finally {
    body.destroy();
    decoder?.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function failure(err: unknown, target: string): FetchFail {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err instanceof TooLarge) return { ok: false, kind: 'too-large', message: err.message };
  const code = e.code ?? e.cause?.code ?? '';
  if (code === 'EPRIVATE' || e.cause?.message?.includes('private address'))
    return { ok: false, kind: 'private-address', message: e.cause?.message ?? e.message ?? 'private address' };
  if (/Timeout|Abort/i.test(`${e.name} ${code}`))
    return { ok: false, kind: 'timeout', message: `no answer from ${new URL(target).host} in time` };
  if (/Z_|zlib|incorrect header|unexpected end/i.test(`${code} ${e.message}`))
    return { ok: false, kind: 'network', message: `corrupt compressed body: ${e.message}` };
  return { ok: false, kind: 'network', message: `${code || e.name || 'error'}: ${e.message ?? String(err)}`.slice(0, 300) };
}

/** Retry-After in seconds or as an HTTP date; 60 s when absent or unreadable, capped at a day. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return 60_000;
  const s = Number(value.trim());
  if (Number.isFinite(s)) return Math.min(Math.max(s, 0), 86_400) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.min(Math.max(t - now, 0), 86_400_000) : 60_000;
}
