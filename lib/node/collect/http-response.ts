// What a response means to the collector: 304 (the caller's copy is current), a redirect to follow, 429/503 and
// Retry-After (the host is blocked for that long), another failure status, or a body read up to its limit.
import type { Dispatcher } from 'undici';
import { decodeBody } from './decode.js';
import { failure, readLimited, retryAfterMs } from './http-body.js';
import type { FetchOutcome } from './http-types.js';

/** The outcome of a response; `block` is told how long the host asked to be left alone. */
export async function answer(
  res: Dispatcher.ResponseData,
  target: string,
  limit: number,
  block: (waitMs: number) => void,
): Promise<FetchOutcome & { location?: string }> {
  const header = (name: string): string | null => {
    const v = res.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  const status = res.statusCode;
  if (status === 304) {
    res.body.resume();
    return {
      ok: true,
      notModified: true,
      status,
      url: target,
      contentType: null,
      etag: header('etag'),
      lastModified: header('last-modified'),
      bytes: new Uint8Array(0),
      text: () => '',
    };
  }
  if (status >= 300 && status < 400) {
    res.body.resume();
    return { ok: false, kind: 'http', status, message: `HTTP ${status}`, location: header('location') ?? undefined };
  }
  if (status === 429 || status === 503 || (status >= 500 && header('retry-after'))) {
    res.body.resume();
    const wait = retryAfterMs(header('retry-after'));
    block(wait);
    return {
      ok: false,
      kind: 'http',
      status,
      message: `HTTP ${status}${header('retry-after') ? `, Retry-After ${header('retry-after')}` : ''}`,
      retryInMs: wait,
    };
  }
  if (status >= 400) {
    res.body.resume();
    return { ok: false, kind: 'http', status, message: `HTTP ${status}` };
  }
  const declared = Number(header('content-length'));
  if (Number.isFinite(declared) && declared > limit * 4) {
    res.body.destroy();
    return { ok: false, kind: 'too-large', message: `${declared} bytes declared, the limit is ${limit}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(res.body, header('content-encoding'), limit);
  } catch (err) {
    return failure(err, target);
  }
  const contentType = header('content-type');
  return {
    ok: true,
    notModified: false,
    status,
    url: target,
    contentType,
    etag: header('etag'),
    lastModified: header('last-modified'),
    bytes,
    text: () => decodeBody(bytes, contentType),
  };
}
