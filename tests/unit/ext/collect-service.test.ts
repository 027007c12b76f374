// The reader's own collection end to end in Node: an OPML list imported, the feed polled from a local server, pages
// read with the extension's extraction (linkedom here, DOMParser in the browser), events assigned, and a page matched
// against the loaded index with the collection beside it; a restart rebuilds the same events; removal undoes it all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectedIndex } from '../../../lib/ext/background/collect-index.js';
import { extractFromDocument } from '../../../lib/extract/document.js';
import { buildIndex } from '../../../lib/index/build.js';
import { MemoryStore } from '../../../lib/index/memory-store.js';
import { normalizeUrl } from '../../../lib/index/store.js';
import { matchArticle } from '../../../lib/match/match.js';
import { parseHtml } from '../../../lib/node/html-document.js';
import { art, EVENTS, UNRELATED } from '../index/fixtures.js';
import { fakeCollect } from './fake-collect.js';

let server: Server;
let origin = '';
const paths: string[] = [];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    paths.push(path);
    const i = EVENTS.bridge.findIndex((_, k) => path === `/a/${k}`);
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/feed') {
      const items = EVENTS.bridge.map(
        (a, k) =>
          `<item><title>${esc(a.title)}</title><link>${origin}/a/${k}</link><pubDate>Wed, 06 Mar 2024 10:0${k}:00 GMT</pubDate></item>`,
      );
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`);
    }
    if (i >= 0) {
      const a = EVENTS.bridge[i]!;
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="en"><head><title>${esc(a.title)}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.published}"></head><body><article><h1>${esc(a.title)}</h1><p>${esc(a.text)}</p></article></body></html>`,
        );
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const opml = () =>
  `<?xml version="1.0"?><opml version="2.0"><body><outline text="Wire" xmlUrl="${origin}/feed"/><outline text="Broken" xmlUrl="ftp://x/feed"/></body></opml>`;
const query = art('q', 'Three still missing after Harwick bridge collapse', EVENTS.bridge[1]!.text, { published: '2024-03-06' });

async function baseIndex() {
  const b = await buildIndex(
    [...EVENTS.vote, UNRELATED].map((article) => ({ article })),
    { description: 'bundled' },
  );
  return new MemoryStore(b.header, b.records);
}

describe('collect it yourself, in Node', () => {
  const allowed = new Set<string>();
  const c = fakeCollect({
    fetch: (u, init) => fetch(u, init),
    permitted: async (o) => allowed.has(o),
    extract: async (html, url) => extractFromDocument(parseHtml(html), { url }),
  });

  it('imports the OPML: one feed, the bad outline left out with its reason', async () => {
    const out = await c.service.importOpml(opml());
    expect(out.added).toBe(1);
    expect(out.skipped.join()).toMatch(/Broken/);
    expect(out.info.feeds[0]).toMatchObject({ url: `${origin}/feed`, origin: 'http://127.0.0.1/*', permitted: false });
    expect((await c.service.importOpml(opml())).skipped.join()).toMatch(/Wire: already collected/);
  });

  it('asks nothing of a site the reader has not allowed', async () => {
    const info = await c.service.pollNow();
    expect(info.feeds[0]!.error).toMatchObject({ kind: 'permission' });
    expect(paths).toEqual([]);
  });

  it('polls once allowed: three articles, one event, and a page of that event matches', async () => {
    allowed.add('http://127.0.0.1/*');
    const base = await baseIndex();
    const info = await c.service.pollNow();
    expect(info.feeds[0]).toMatchObject({ error: null, lastPages: { added: 3, excerpts: 0, failed: 0 }, collected: 3 });
    expect(info).toMatchObject({ articles: 3, events: 1 });
    expect(paths[0]).toBe('/robots.txt');
    expect(c.added.length).toBe(1);
    const over = await c.service.over(base);
    const m = await matchArticle(over, query);
    expect(m.info.status).toBe('matched');
    const [event] = await over.events([m.eventId!]);
    expect((await over.articles(event!.members)).map((a) => a.url).sort()).toEqual([0, 1, 2].map((k) => `${origin}/a/${k}`));
    // The index's own events still answer through the overlay.
    expect((await matchArticle(over, EVENTS.vote[0]!)).info.status).toBe('matched');
  });

  it('a restarted worker rebuilds the same collection from the database', async () => {
    const again = new CollectedIndex(c.db);
    expect(await again.counts()).toEqual({ articles: 3, events: 1 });
    expect((await matchArticle(await again.over(await baseIndex()), query)).info.status).toBe('matched');
  });

  it('removing the feed takes its articles out', async () => {
    const base = await baseIndex();
    const info = await c.service.remove(`${origin}/feed`);
    expect(info).toMatchObject({ feeds: [], articles: 0, events: 0 });
    expect(await c.service.over(base)).toBe(base);
  });
});

describe('a collected story the loaded index already holds', () => {
  const allowed = new Set(['http://127.0.0.1/*']);
  // The index has one outlet's report of the bridge collapse; the reader's feed brings three more.
  const indexed = async () => {
    const b = await buildIndex(
      [EVENTS.bridge[0]!, ...EVENTS.vote, UNRELATED].map((article) => ({ article })),
      { description: 'bundled' },
    );
    return new MemoryStore(b.header, b.records);
  };
  let base: MemoryStore;
  const c = fakeCollect({
    fetch: (u, init) => fetch(u, init),
    permitted: async (o) => allowed.has(o),
    extract: async (html, url) => extractFromDocument(parseHtml(html), { url }),
    loaded: async () => base,
  });

  it('joins the index’s event: a page of it sees the indexed and the collected outlets as one event', async () => {
    base = await indexed();
    const [bridgeEvent] = (await base.events((await base.byUrl(normalizeUrl(EVENTS.bridge[0]!.url!))).map((a) => a.event)))!;
    await c.service.importOpml(opml());
    const info = await c.service.pollNow();
    expect(info).toMatchObject({ articles: 3, events: 1 });
    const over = await c.service.over(base);
    const m = await matchArticle(over, query);
    expect(m.eventId).toBe(bridgeEvent!.id);
    const [event] = await over.events([m.eventId!]);
    const urls = (await over.articles(event!.members)).map((a) => a.url);
    expect(urls.sort()).toEqual([EVENTS.bridge[0]!.url!, ...[0, 1, 2].map((k) => `${origin}/a/${k}`)].sort());
    expect(event!.title).toBe(bridgeEvent!.title);
  });

  it('keeps that after a restart, and an unrelated index event stays apart', async () => {
    const again = new CollectedIndex(c.db);
    const over = await again.over(base);
    const [bridgeEvent] = await base.events((await base.byUrl(normalizeUrl(EVENTS.bridge[0]!.url!))).map((a) => a.event));
    const [event] = await over.events([bridgeEvent!.id]);
    expect(event!.members).toHaveLength(4);
    const vote = await matchArticle(over, EVENTS.vote[0]!);
    const [voteEvent] = await over.events([vote.eventId!]);
    expect((await over.articles(voteEvent!.members)).every((a) => !a.url?.startsWith(origin))).toBe(true);
  });
});
