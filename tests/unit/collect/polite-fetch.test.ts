import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../../../lib/collect/polite-fetch.js';

let server: Server;
let origin = '';
const log: { path: string; headers: IncomingMessage['headers'] }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, headers: req.headers });
    if (path === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\nCrawl-delay: 2\n');
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      return void res
        .writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml; charset=iso-8859-1' })
        .end(Buffer.from('<rss>caf\xe9</rss>', 'latin1'));
    }
    if (path === '/huge') return void res.writeHead(200).end('x'.repeat(5000));
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 3000);
    res.writeHead(404).end('gone');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the browser’s polite fetcher', () => {
  let clock = 1_000_000;
  const waits: number[] = [];
  const fetcher = new PoliteFetcher({
    fetch: (u, init) => fetch(u, init),
    now: () => clock,
    sleep: async (ms) => void (waits.push(ms), (clock += ms)),
    intervalMs: 1_000,
    timeoutMs: 10_000,
  });

  it('reads robots.txt first, then the feed, in the charset the server names', async () => {
    const res = await fetcher.get(`${origin}/feed`);
    expect(log.map((l) => l.path)).toEqual(['/robots.txt', '/feed']);
    expect(res).toMatchObject({ ok: true, notModified: false, text: '<rss>café</rss>', validators: { etag: '"v1"' } });
    // No cookie, no referrer: nothing of the reader's goes with a request.
    expect(log.every((l) => !l.headers.cookie && !l.headers.referer)).toBe(true);
  });

  it('waits the crawl-delay between two requests to the host, and asks conditionally', async () => {
    waits.length = 0;
    const res = await fetcher.get(`${origin}/feed`, { etag: '"v1"', lastModified: null });
    expect(res).toMatchObject({ ok: true, notModified: true, status: 304 });
    expect(log.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(waits).toEqual([2_000]);
  });

  it('never asks for what robots.txt disallows', async () => {
    const before = log.length;
    expect(await fetcher.get(`${origin}/private/a`)).toMatchObject({ ok: false, kind: 'robots' });
    expect(log.length).toBe(before);
  });

  it.each([
    ['/huge', 100, 'too-large'],
    ['/missing', 5_000_000, 'http'],
  ])('%s → %s', async (path, max, kind) => {
    expect(await fetcher.get(`${origin}${path}`, null, max)).toMatchObject({ ok: false, kind });
  });

  it('gives up on a host that does not answer in time', async () => {
    const impatient = new PoliteFetcher({
      fetch: (u, init) => fetch(u, init),
      now: () => clock,
      sleep: async () => undefined,
      timeoutMs: 300,
    });
    // robots.txt is read first (it answers at once); the page does not.
    expect(await impatient.get(`${origin}/slow`)).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('refuses what is not http(s)', async () => {
    expect(await fetcher.get('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'bad-url' });
  });
});
