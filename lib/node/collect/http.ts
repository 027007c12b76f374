// Polite, bounded HTTP for the collector: robots.txt (with crawl-delay) honoured, one connection and a minimum
// interval per host, conditional GET, Retry-After honoured on 429/503, timeouts, a redirect limit, a body-size limit
// (after decompression, so a gzip bomb stops too), gzip/deflate/brotli, and no private or loopback address unless
// allowed. Every failure comes back as a value with a kind, never as a thrown error: the caller counts it.
import PQueue from 'p-queue';
import robotsParser from 'robots-parser';
import { Agent, request, type Dispatcher } from 'undici';
import { guardedLookup, refusedUrl } from './address.js';
import { failure } from './http-body.js';
import { answer } from './http-response.js';
import type { FetcherOptions, FetchFail, FetchOutcome } from './http-types.js';

export type { FetchErrorKind, FetchFail, FetchOk, FetchOutcome, FetcherOptions } from './http-types.js';

const DEFAULTS = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: 5 * 1024 * 1024 };
const ROBOTS_TTL_MS = 6 * 3600_000;

interface HostState {
  queue: PQueue;
  last: number;
  blockedUntil: number;
  robots: { parser: ReturnType<typeof robotsParser> | null; disallowAll: boolean; fetchedAt: number } | null;
}

export class PoliteFetcher {
  private readonly opts: Required<FetcherOptions>;
  private readonly hosts = new Map<string, HostState>();
  private readonly agent: Dispatcher;

  constructor(opts: FetcherOptions) {
    this.opts = { ...DEFAULTS, allowLoopback: false, now: Date.now, ...opts };
    this.agent = new Agent({
      connections: 1,
      pipelining: 1,
      connect: { lookup: guardedLookup(this.opts.allowLoopback), timeout: this.opts.timeoutMs },
      headersTimeout: this.opts.timeoutMs,
      bodyTimeout: this.opts.timeoutMs,
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private host(origin: string): HostState {
    let h = this.hosts.get(origin);
    if (!h) {
      h = { queue: new PQueue({ concurrency: 1 }), last: 0, blockedUntil: 0, robots: null };
      this.hosts.set(origin, h);
    }
    return h;
  }

  /** GET a URL politely; `etag`/`lastModified` make it conditional. */
  async get(
    url: string,
    opts: { etag?: string | null; lastModified?: string | null; accept?: string; maxBytes?: number } = {},
  ): Promise<FetchOutcome> {
    let target = url;
    for (let hop = 0; hop <= this.opts.maxRedirects; hop++) {
      const checked = this.check(target);
      if (checked) return checked;
      const origin = new URL(target).origin;
      const allowed = await this.robotsAllows(target);
      if (allowed !== true) return allowed;
      const res = await this.host(origin).queue.add(() => this.once(target, origin, opts), { throwOnTimeout: true });
      if (res.ok || res.kind !== 'http' || !res.status || res.status < 300 || res.status >= 400 || res.status === 304) return res;
      const location = (res as FetchFail & { location?: string }).location;
      if (!location) return { ok: false, kind: 'http', status: res.status, message: `HTTP ${res.status} without a Location` };
      target = new URL(location, target).toString();
    }
    return { ok: false, kind: 'redirects', message: `more than ${this.opts.maxRedirects} redirects (loop?) from ${url}` };
  }

  private check(target: string): FetchFail | null {
    const refused = refusedUrl(target, this.opts.allowLoopback);
    if (refused) return refused;
    const u = new URL(target);
    const h = this.hosts.get(u.origin);
    if (h && h.blockedUntil > this.opts.now()) {
      return {
        ok: false,
        kind: 'backoff',
        message: `${u.host} asked us to wait until ${new Date(h.blockedUntil).toISOString()}`,
        retryInMs: h.blockedUntil - this.opts.now(),
      };
    }
    return null;
  }

  /** robots.txt for the URL's origin, fetched once per few hours through the same politeness; a missing file
   * (4xx) allows everything, an unreachable one (5xx, network) disallows for now, as the major crawlers do. */
  private async robotsAllows(target: string): Promise<true | FetchFail> {
    const origin = new URL(target).origin;
    const h = this.host(origin);
    if (!h.robots || this.opts.now() - h.robots.fetchedAt > ROBOTS_TTL_MS) {
      const robotsUrl = `${origin}/robots.txt`;
      const res = await h.queue.add(() => this.once(robotsUrl, origin, { maxBytes: 512 * 1024, accept: 'text/plain' }), {
        throwOnTimeout: true,
      });
      if (res.ok) h.robots = { parser: robotsParser(robotsUrl, res.text()), disallowAll: false, fetchedAt: this.opts.now() };
      else if (res.kind === 'http' && res.status && res.status >= 300 && res.status < 500 && res.status !== 429)
        h.robots = { parser: null, disallowAll: false, fetchedAt: this.opts.now() };
      else if (res.kind === 'backoff' || res.kind === 'http' || res.kind === 'timeout' || res.kind === 'network') {
        return {
          ok: false,
          kind: 'robots',
          message: `robots.txt of ${origin} unreachable (${res.message}): not fetching for now`,
          retryInMs: res.retryInMs ?? 600_000,
        };
      } else h.robots = { parser: null, disallowAll: false, fetchedAt: this.opts.now() };
    }
    const p = h.robots.parser;
    if (p && p.isDisallowed(target, this.opts.userAgent))
      return { ok: false, kind: 'robots', message: `robots.txt disallows ${new URL(target).pathname}` };
    return true;
  }

  private intervalFor(origin: string): number {
    const delay = this.hosts.get(origin)?.robots?.parser?.getCrawlDelay(this.opts.userAgent);
    return Math.max(
      this.opts.hostIntervalMs,
      typeof delay === 'number' && Number.isFinite(delay) ? Math.min(delay, 120) * 1000 : 0,
    );
  }

  private async once(
    target: string,
    origin: string,
    opts: { etag?: string | null; lastModified?: string | null; accept?: string; maxBytes?: number },
  ): Promise<FetchOutcome & { location?: string }> {
    const h = this.host(origin);
    const wait = h.last + this.intervalFor(origin) - this.opts.now();
    if (wait > 0) await sleep(wait);
    if (h.blockedUntil > this.opts.now())
      return {
        ok: false,
        kind: 'backoff',
        message: `${new URL(origin).host} asked us to wait`,
        retryInMs: h.blockedUntil - this.opts.now(),
      };
    h.last = this.opts.now();
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent,
      accept:
        opts.accept ??
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    let res: Dispatcher.ResponseData | null = null;
    // One retry when a kept-alive connection turns out closed by the server before it answered (a reset socket):
    // the request never reached it, so asking again is no second request to the site.
    for (let attempt = 0; !res; attempt++) {
      try {
        res = await request(target, {
          dispatcher: this.agent,
          headers,
          signal,
          headersTimeout: this.opts.timeoutMs,
          bodyTimeout: this.opts.timeoutMs,
        });
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (attempt === 0 && /^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/.test(code) && !signal.aborted) continue;
        h.last = this.opts.now();
        return failure(err, target);
      }
    }
    h.last = this.opts.now();
    return answer(res, target, opts.maxBytes ?? this.opts.maxBytes, (wait) => {
      h.blockedUntil = Math.max(h.blockedUntil, this.opts.now() + wait);
    });
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
