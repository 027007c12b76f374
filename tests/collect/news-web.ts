// A local "news web" for the collector's tests and benchmark, served on 127.0.0.1 only: one site per outlet (its own
// port, so its own host for politeness), each with robots.txt, a feed in one of the supported formats and article
// pages made at run time from the shared corpora (never committed). Articles appear in the feeds as a simulated clock
// passes their publication time; faults are injected per site.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'news-sitemap';

export interface WebArticle {
  /** Slug under /articles/. */
  slug: string;
  title: string;
  text: string;
  /** ms since the epoch, on the simulated clock. */
  published: number;
  byline?: string | null;
}

export type Fault =
  | { kind: 'status'; path: RegExp; status: number; times: number; retryAfter?: string }
  | { kind: 'hang'; path: RegExp }
  | { kind: 'malformed-feed' }
  | { kind: 'latin1' }
  | { kind: 'redirect-loop'; path: RegExp }
  | { kind: 'huge'; path: RegExp; bytes: number }
  | { kind: 'robots'; disallow: string; crawlDelay?: number }
  | { kind: 'duplicate-items' }
  | { kind: 'rewrite-items' }
  | { kind: 'tracking-links' }
  | { kind: 'script-only'; path: RegExp }
  | { kind: 'gzip' };

export interface SiteSpec {
  name: string;
  format: FeedFormat;
  articles: WebArticle[];
  faults?: Fault[];
}

export interface Site {
  name: string;
  origin: string;
  feedUrl: string;
  spec: SiteSpec;
  /** Every request the site received: path and time. */
  log: { path: string; at: number; ua: string }[];
}

export interface NewsWeb {
  sites: Site[];
  setClock(ms: number): void;
  clock(): number;
  opml(): string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(site: SiteSpec, origin: string, a: WebArticle, canonical: string): string {
  const paras = a.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const iso = new Date(a.published).toISOString();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(site.name)}</title>
<link rel="canonical" href="${canonical}"><meta property="og:site_name" content="${esc(site.name)}">
<meta property="og:type" content="article"><meta property="article:published_time" content="${iso}">
<meta property="og:title" content="${esc(a.title)}"></head><body><header><nav><a href="${origin}/">${esc(site.name)}</a></nav></header>
<main><article><h1>${esc(a.title)}</h1>${a.byline ? `<p class="byline">By ${esc(a.byline)}</p>` : ''}<time datetime="${iso}">${iso.slice(0, 10)}</time>
${paras}</article></main><footer>© ${esc(site.name)}</footer></body></html>`;
}

function feed(
  site: SiteSpec,
  origin: string,
  items: WebArticle[],
  link: (a: WebArticle) => string,
  guid: (a: WebArticle) => string,
): { type: string; body: string } {
  const summary = (a: WebArticle) => esc(a.text.slice(0, 280));
  switch (site.format) {
    case 'rss':
      return {
        type: 'application/rss+xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(site.name)}</title><link>${origin}/</link>
${items.map((a) => `<item><title>${esc(a.title)}</title><link>${link(a)}</link><guid isPermaLink="false">${guid(a)}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${summary(a)}</description></item>`).join('\n')}
</channel></rss>`,
      };
    case 'atom':
      return {
        type: 'application/atom+xml',
        body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(site.name)}</title><id>${origin}/</id><updated>${new Date().toISOString()}</updated>
${items.map((a) => `<entry><id>${guid(a)}</id><title>${esc(a.title)}</title><link rel="alternate" href="${link(a)}"/><published>${new Date(a.published).toISOString()}</published><updated>${new Date(a.published).toISOString()}</updated><summary>${summary(a)}</summary></entry>`).join('\n')}
</feed>`,
      };
    case 'rdf':
      return {
        type: 'application/rdf+xml',
        body: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${origin}/"><title>${esc(site.name)}</title><link>${origin}/</link></channel>
${items.map((a) => `<item rdf:about="${guid(a)}"><title>${esc(a.title)}</title><link>${link(a)}</link><description>${summary(a)}</description><dc:date>${new Date(a.published).toISOString()}</dc:date></item>`).join('\n')}
</rdf:RDF>`,
      };
    case 'json':
      return {
        type: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: site.name,
          home_page_url: `${origin}/`,
          items: items.map((a) => ({
            id: guid(a),
            url: link(a),
            title: a.title,
            summary: a.text.slice(0, 280),
            date_published: new Date(a.published).toISOString(),
          })),
        }),
      };
    case 'news-sitemap':
      return {
        type: 'application/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items.map((a) => `<url><loc>${link(a)}</loc><news:news><news:publication><news:name>${esc(site.name)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${new Date(a.published).toISOString()}</news:publication_date><news:title>${esc(a.title)}</news:title></news:news></url>`).join('\n')}
</urlset>`,
      };
  }
}

export async function startNewsWeb(specs: SiteSpec[], start: number): Promise<NewsWeb> {
  let now = start;
  const servers: Server[] = [];
  const sites: Site[] = [];
  for (const spec of specs) {
    const faults = spec.faults ?? [];
    const counts = new Map<Fault, number>();
    const site: Site = { name: spec.name, origin: '', feedUrl: '', spec, log: [] };
    const has = <K extends Fault['kind']>(k: K) => faults.find((f) => f.kind === k) as Extract<Fault, { kind: K }> | undefined;
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      const path = req.url ?? '/';
      site.log.push({ path, at: Date.now(), ua: String(req.headers['user-agent'] ?? '') });
      for (const f of faults) {
        if (f.kind === 'status' && f.path.test(path) && (counts.get(f) ?? 0) < f.times) {
          counts.set(f, (counts.get(f) ?? 0) + 1);
          res.writeHead(f.status, f.retryAfter ? { 'retry-after': f.retryAfter } : {}).end('unavailable');
          return;
        }
        if (f.kind === 'hang' && f.path.test(path)) return; // never answers
        if (f.kind === 'redirect-loop' && f.path.test(path)) {
          res.writeHead(302, { location: path.includes('?again') ? path.replace('?again', '') : `${path}?again` }).end();
          return;
        }
        if (f.kind === 'huge' && f.path.test(path)) {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(64 * 1024, 'a');
          let sent = 0;
          const pump = () => {
            while (sent < f.bytes) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('error', () => undefined);
          pump();
          return;
        }
      }
      const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
        let out: Buffer = typeof body === 'string' ? Buffer.from(body, has('latin1') ? 'latin1' : 'utf8') : body;
        const headers: Record<string, string> = { 'content-type': type, ...extra };
        if (has('gzip') && /gzip/.test(String(req.headers['accept-encoding']))) {
          out = gzipSync(out);
          headers['content-encoding'] = 'gzip';
        }
        res.writeHead(status, headers).end(out);
      };
      if (path === '/robots.txt') {
        const r = has('robots');
        send(
          200,
          'text/plain',
          `User-agent: *\n${r ? `Disallow: ${r.disallow}\n${r.crawlDelay ? `Crawl-delay: ${r.crawlDelay}\n` : ''}` : 'Disallow:\n'}`,
        );
        return;
      }
      // Feeds list the newest 50; a news sitemap lists the last 48 hours, as news sites publish them.
      const since = spec.format === 'news-sitemap' ? now - 48 * 3600_000 : -Infinity;
      const live = spec.articles
        .filter((a) => a.published <= now && a.published >= since)
        .sort((a, b) => b.published - a.published)
        .slice(0, 50);
      if (path.startsWith('/feed')) {
        // Checked before the feed is written, as a real server answers a 304 from its cache (the feed's text, made
        // for every poll, was the bench's simulated web's CPU, counted in the collector's per-poll cost).
        const etag = `"${live.length}-${live[0]?.slug ?? ''}"`;
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
        if (has('malformed-feed'))
          return send(200, 'application/rss+xml', '<rss version="2.0"><channel><title>Broken<item><title>no end');
        const link = (a: WebArticle) =>
          `${site.origin}/articles/${a.slug}.html${has('tracking-links') ? '?utm_source=rss&utm_medium=feed' : ''}`;
        const rewrite = has('rewrite-items');
        const guid = (a: WebArticle) => `${site.origin}/id/${a.slug}`;
        let items = live;
        if (has('duplicate-items')) items = [...live, ...live.slice(0, 3)];
        const f = feed(
          spec,
          site.origin,
          rewrite ? items.map((a) => ({ ...a, title: `${a.title} (updated)` })) : items,
          link,
          guid,
        );
        const body = has('latin1') ? f.body.replace('encoding="utf-8"', 'encoding="ISO-8859-1"') : f.body;
        return send(200, has('latin1') ? f.type.replace('utf-8', 'iso-8859-1') : f.type, body, { etag });
      }
      const m = /^\/articles\/([^/?]+)\.html/.exec(path);
      const a = m && spec.articles.find((x) => x.slug === m[1] && x.published <= now);
      if (a) {
        const script = faults.find((f) => f.kind === 'script-only' && f.path.test(path));
        if (script)
          return send(
            200,
            'text/html',
            '<!DOCTYPE html><html><head><title>App</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
          );
        const html = page(spec, site.origin, a, `${site.origin}/articles/${a.slug}.html`);
        return send(
          200,
          has('latin1') ? 'text/html; charset=iso-8859-1' : 'text/html; charset=utf-8',
          has('latin1') ? html.replace('<meta charset="utf-8">', '') : html,
        );
      }
      send(404, 'text/plain', 'not found');
    };
    const server = createServer(handler);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    site.feedUrl = `${site.origin}/feed${spec.format === 'news-sitemap' ? '-sitemap.xml' : '.xml'}`;
    servers.push(server);
    sites.push(site);
  }
  return {
    sites,
    setClock: (ms) => {
      now = ms;
    },
    clock: () => now,
    opml: () => `<?xml version="1.0"?><opml version="2.0"><head><title>test web</title></head><body><outline text="Test">
${sites.map((s) => `<outline type="${s.spec.format === 'news-sitemap' ? 'news-sitemap' : 'rss'}" text="${esc(s.name)}" xmlUrl="${s.feedUrl}" htmlUrl="${s.origin}/" language="en"/>`).join('\n')}
</outline></body></opml>`,
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((ok) => s.close(() => ok()));
      }
    },
  };
}
