// The browser's polite fetcher for feeds and article pages: one request at a time per host with a minimum interval,
// robots.txt read first (and its crawl-delay honoured), conditional GET, a timeout, a body limit, and no cookies,
// referrer or cache. Every failure comes back as a value with a kind, never thrown. fetch and the clock are passed in,
// so Node tests run it against a local server; the request depends only on the URL asked (the feed list).
import { conditionalHeaders, hostWaitMs, POLL_LIMITS, robotsRules, type RobotsRules, type Validators } from './poll-policy.js';

export type PoliteFailKind = 'robots' | 'timeout' | 'too-large' | 'http' | 'network' | 'bad-url';

export type PoliteResult =
  | { ok: true; notModified: boolean; status: number; url: string; text: string; validators: Validators }
  | { ok: false; kind: PoliteFailKind; message: string; status?: number };

export interface PoliteDeps {
  fetch: typeof fetch;
  now(): number;
  sleep(ms: number): Promise<void>;
  intervalMs?: number;
  timeoutMs?: number;
}

/** Options of every request: nothing of the reader's goes with it. */
export const COLLECT_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
  redirect: 'follow',
};

interface Host {
  last: number;
  chain: Promise<unknown>;
  robots: { rules: RobotsRules; at: number } | null;
}

async function readLimited(res: Response, max: number): Promise<string | null> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(r.value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.length) - c.length);
  return decodeBody(all, res.headers.get('content-type'));
}

/** The body as text in the charset the server names (an XML declaration's encoding when it names none), else UTF-8. */
function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const named = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = named ?? /<\?xml[^>]*encoding=["']([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export class PoliteFetcher {
  private readonly hosts = new Map<string, Host>();
  constructor(private readonly deps: PoliteDeps) {}

  private host(origin: string): Host {
    let h = this.hosts.get(origin);
    if (!h) this.hosts.set(origin, (h = { last: 0, chain: Promise.resolve(), robots: null }));
    return h;
  }

  /** Runs `fn` after the host's previous request and its interval: one at a time per host. */
  private queued<T>(h: Host, fn: () => Promise<T>): Promise<T> {
    const run = h.chain.then(async () => {
      const wait = hostWaitMs(h.last, this.deps.now(), h.robots?.rules.delayMs() ?? 0, this.deps.intervalMs);
      if (wait > 0) await this.deps.sleep(wait);
      try {
        return await fn();
      } finally {
        h.last = this.deps.now();
      }
    });
    h.chain = run.catch(() => undefined);
    return run;
  }

  private async once(url: string, validators: Validators | null, maxBytes: number): Promise<PoliteResult> {
    const signal = AbortSignal.timeout(this.deps.timeoutMs ?? POLL_LIMITS.timeoutMs);
    let res: Response;
    try {
      res = await this.deps.fetch(url, { ...COLLECT_REQUEST, headers: conditionalHeaders(validators), signal });
    } catch (e) {
      const name = (e as { name?: string }).name ?? '';
      if (/Timeout|Abort/.test(name))
        return { ok: false, kind: 'timeout', message: `no answer from ${new URL(url).host} in time` };
      return {
        ok: false,
        kind: 'network',
        message: `${new URL(url).host} could not be reached: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    const v: Validators = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
    if (res.status === 304) return { ok: true, notModified: true, status: 304, url, text: '', validators: validators ?? v };
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        kind: 'http',
        status: res.status,
        message: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
      };
    }
    try {
      const text = await readLimited(res, maxBytes);
      if (text === null) return { ok: false, kind: 'too-large', message: `larger than ${Math.round(maxBytes / 1048576)} MB` };
      return { ok: true, notModified: false, status: res.status, url: res.url || url, text, validators: v };
    } catch (e) {
      return {
        ok: false,
        kind: /Timeout|Abort/.test((e as { name?: string }).name ?? '') ? 'timeout' : 'network',
        message: `the body was cut off: ${String(e)}`,
      };
    }
  }

  private async rules(origin: string, h: Host): Promise<RobotsRules> {
    if (h.robots && this.deps.now() - h.robots.at < POLL_LIMITS.robotsTtlMs) return h.robots.rules;
    const robotsUrl = `${origin}/robots.txt`;
    const res = await this.queued(h, () => this.once(robotsUrl, null, 512 * 1024));
    const answer = res.ok
      ? { status: res.status, text: res.text }
      : res.kind === 'http'
        ? { status: res.status ?? 500, text: '' }
        : null;
    const rules = robotsRules(robotsUrl, answer);
    // An unreachable robots.txt stops the host for ten minutes, not for the hours a read one is kept.
    const unreachable = !answer || answer.status >= 500 || answer.status === 429;
    h.robots = { rules, at: this.deps.now() - (unreachable ? POLL_LIMITS.robotsTtlMs - 600_000 : 0) };
    return rules;
  }

  /** GET politely; with validators the server may answer "not modified". */
  async get(url: string, validators: Validators | null = null, maxBytes: number = POLL_LIMITS.maxBytes): Promise<PoliteResult> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { ok: false, kind: 'bad-url', message: `not a URL: ${url.slice(0, 200)}` };
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      return { ok: false, kind: 'bad-url', message: `not http(s): ${u.protocol}` };
    const h = this.host(u.origin);
    const rules = await this.rules(u.origin, h);
    if (!rules.allows(url)) return { ok: false, kind: 'robots', message: `robots.txt of ${u.host} disallows ${u.pathname}` };
    return this.queued(h, () => this.once(url, validators, maxBytes));
  }
}
