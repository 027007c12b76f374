// The only way update files are fetched: a plain GET with no cookies, no referrer and no cache, the same bytes for
// every reader (nothing about the pages read, no per-user identifier), read up to a byte limit.
import { CheckError } from './check.js';

/** Request options of every update request (asserted by the browser suite's update server). */
export const UPDATE_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
  redirect: 'follow',
};

export async function httpGet(url: string, maxBytes: number, fetchFn: typeof fetch = fetch): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetchFn(url, UPDATE_REQUEST);
  } catch (err) {
    throw new CheckError(
      'network',
      `the update server did not answer (${new URL(url).hostname}): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!res.ok)
    throw new CheckError('http', `${res.status} ${res.statusText || 'error'} for ${new URL(url).pathname.split('/').pop()}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (reader) {
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        total += r.value.length;
        if (total > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new CheckError(
            'size',
            `${new URL(url).pathname.split('/').pop()}: larger than the manifest says (over ${maxBytes} bytes)`,
          );
        }
        chunks.push(r.value);
      }
    } catch (err) {
      if (err instanceof CheckError) throw err;
      // A connection cut mid-body: what arrived is kept by no one, the next check fetches it again.
      throw new CheckError(
        'network',
        `the download of ${new URL(url).pathname.split('/').pop()} was cut off: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
