// A small news web for the "collect it yourself" spec, on 127.0.0.1 only: robots.txt (one path disallowed), an RSS
// feed with an ETag (a second poll is answered 304), three outlets' takes on one event as article pages, one page
// robots.txt forbids, and the page the reader opens (served here too, so the log shows it was never asked by the
// collector). Every request is logged with its path and the headers that could carry the reader's identity.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article } from '../../../lib/types.js';

export interface CollectWeb {
  origin: string;
  feedUrl: string;
  readUrl: string;
  opml(): string;
  log: { path: string; cookie: string | null; referer: string | null; ifNoneMatch: string | null; ua: string | null }[];
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const READ_PATH = '/read/the-story.html';
export const PRIVATE_PATH = '/private/members-only.html';

function page(site: string, a: { title: string; text: string; published: string | null }, canonical: string): string {
  const paras = a.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const iso = a.published ?? '2026-12-01T10:00:00Z';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(site)}</title>
<link rel="canonical" href="${canonical}"><meta property="og:site_name" content="${esc(site)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${iso}"><meta property="og:title" content="${esc(a.title)}"></head>
<body><header><nav><a href="/">${esc(site)}</a></nav></header><main><article><h1>${esc(a.title)}</h1><time datetime="${iso}">${iso.slice(0, 10)}</time>
${paras}</article></main><footer>© ${esc(site)}</footer></body></html>`;
}

/** `takes`: the event's articles (three outlets); `readHtml`: the page the reader opens (not in the feed). */
export async function serveCollectWeb(takes: Article[], readHtml: string): Promise<CollectWeb> {
  const log: CollectWeb['log'] = [];
  let origin = '';
  const slug = (i: number) => `/articles/take-${i}.html`;
  const routes = new Map<string, { type: string; body: string; etag?: string }>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const h = (n: string) => (req.headers[n] as string | undefined) ?? null;
    log.push({ path, cookie: h('cookie'), referer: h('referer'), ifNoneMatch: h('if-none-match'), ua: h('user-agent') });
    const r = routes.get(path);
    if (!r) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (r.etag && req.headers['if-none-match'] === r.etag) return void res.writeHead(304, { etag: r.etag }).end();
    res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store', ...(r.etag ? { etag: r.etag } : {}) }).end(r.body);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const html = 'text/html; charset=utf-8';
  takes.forEach((a, i) => routes.set(slug(i), { type: html, body: page(a.outlet ?? `Outlet ${i}`, a, `${origin}${slug(i)}`) }));
  routes.set(PRIVATE_PATH, {
    type: html,
    body: page('Members Only', { title: 'Not for robots', text: 'x '.repeat(400), published: null }, `${origin}${PRIVATE_PATH}`),
  });
  routes.set(READ_PATH, { type: html, body: readHtml });
  routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' });
  const items = [
    ...takes.map((a, i) => ({ title: a.title, link: `${origin}${slug(i)}`, summary: a.text.slice(0, 200) })),
    { title: 'Not for robots', link: `${origin}${PRIVATE_PATH}`, summary: 'A page robots.txt keeps out.' },
  ];
  const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local Wire</title><link>${origin}/</link>
${items.map((it, i) => `<item><title>${esc(it.title)}</title><link>${it.link}</link><guid>${it.link}</guid><pubDate>${new Date(Date.parse('2026-12-01T10:00:00Z') + i * 60_000).toUTCString()}</pubDate><description>${esc(it.summary)}</description></item>`).join('\n')}
</channel></rss>`;
  routes.set('/feed.xml', { type: 'application/rss+xml; charset=utf-8', body: rss, etag: '"wire-1"' });
  const feedUrl = `${origin}/feed.xml`;
  return {
    origin,
    feedUrl,
    readUrl: `${origin}${READ_PATH}`,
    log,
    opml: () => `<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="Local Wire" type="rss" xmlUrl="${feedUrl}" htmlUrl="${origin}/"/>
<outline text="No feed here"/></body></opml>`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
