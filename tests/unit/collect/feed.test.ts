import { describe, expect, it } from 'vitest';
import { FeedParseError, htmlToText, parseSourceBody } from '../../../lib/collect/feed.js';
import { parseSourceList } from '../../../lib/collect/sources.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><language>en-gb</language>
<item><title>A &amp; B</title><link>https://ex.com/a?utm_source=rss</link><guid isPermaLink="false">g1</guid><pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Sum &eacute; <b>bold</b></p>]]></description><dc:creator>Jo Doe</dc:creator></item>
<item><title>Permalink guid</title><guid>https://ex.com/b</guid></item></channel></rss>`;
const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://ex.com/"><title>T</title><link>https://ex.com/</link></channel>
<item rdf:about="https://ex.com/r"><title>R</title><link>https://ex.com/r</link><dc:date>2026-12-07T06:00:00Z</dc:date></item></rdf:RDF>`;
const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>tag:ex.com,2026:1</id><title type="html">E &lt;i&gt;x&lt;/i&gt;</title>
<link rel="self" href="https://ex.com/self"/><link rel="alternate" href="https://ex.com/e"/><updated>2026-12-07T08:00:00Z</updated><summary>S</summary><author><name>Ann</name></author></entry></feed>`;
const json = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  language: 'fr',
  items: [{ id: '1', url: 'https://ex.com/j', title: 'J1', date_published: '2026-12-07T05:00:00+01:00', content_text: 'texte' }],
});
const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://ex.com/n</loc><news:news><news:publication><news:name>Ex</news:name><news:language>de</news:language></news:publication><news:publication_date>2026-12-07T07:00:00Z</news:publication_date><news:title>Nachricht</news:title></news:news></url></urlset>`;
const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://ex.com/s1.xml</loc><lastmod>2026-12-07</lastmod></sitemap></sitemapindex>`;

describe('parseSourceBody', () => {
  it('reads RSS 2.0: entities, CDATA markup, tracking links, a permalink GUID, the author', () => {
    const f = parseSourceBody(rss, 'feed');
    expect(f.format).toBe('rss');
    expect(f.items[0]).toMatchObject({
      guid: 'g1',
      url: 'https://ex.com/a',
      title: 'A & B',
      summary: 'Sum é bold',
      published: '2026-12-07T08:00:00.000Z',
      author: 'Jo Doe',
      language: 'en-gb',
    });
    expect(f.items[1]).toMatchObject({ url: 'https://ex.com/b', published: null });
  });

  it.each([
    ['RSS 1.0/RDF', rdf, 'rdf', { url: 'https://ex.com/r', published: '2026-12-07T06:00:00.000Z' }],
    [
      'Atom (alternate link, HTML title)',
      atom,
      'atom',
      { url: 'https://ex.com/e', title: 'E x', guid: 'tag:ex.com,2026:1', author: 'Ann' },
    ],
    [
      'JSON Feed (time zone)',
      json,
      'json',
      { url: 'https://ex.com/j', published: '2026-12-07T04:00:00.000Z', language: 'fr', summary: 'texte' },
    ],
  ])('reads %s', (_, body, format, item) => {
    const f = parseSourceBody(body, 'feed');
    expect(f.format).toBe(format);
    expect(f.items[0]).toMatchObject(item);
  });

  it('reads a news sitemap and a sitemap index, even when listed as a feed', () => {
    const n = parseSourceBody(news, 'feed');
    expect(n.format).toBe('news-sitemap');
    expect(n.items[0]).toMatchObject({
      url: 'https://ex.com/n',
      title: 'Nachricht',
      language: 'de',
      published: '2026-12-07T07:00:00.000Z',
    });
    expect(parseSourceBody(index, 'sitemap').sitemaps).toEqual([
      { url: 'https://ex.com/s1.xml', lastmod: '2026-12-07T00:00:00.000Z' },
    ]);
  });

  it('says plainly when a body is no feed', () => {
    expect(() => parseSourceBody('<rss><channel><item><title>bad</item>', 'feed')).toThrow(FeedParseError);
    expect(() => parseSourceBody('<html><body>hi</body></html>', 'feed')).toThrow(/not a readable feed/);
    expect(() => parseSourceBody('<html/>', 'sitemap')).toThrow(/not a sitemap/);
  });

  it('turns summary markup into text without a DOM', () => {
    expect(htmlToText('<p>One<br>two &amp; &#x263A; &#9731;</p><script>x()</script>')).toBe('One\ntwo & ☺ ☃');
  });
});

describe('parseSourceList', () => {
  it('reads outlines, folders, kinds and outlet domains; skips repeats and non-http URLs', () => {
    const list = parseSourceList(`<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="UK"><outline type="rss" text="G" xmlUrl="https://www.theguardian.com/world/rss" htmlUrl="https://www.theguardian.com" language="en"/>
<outline type="news-sitemap" text="G news" xmlUrl="https://www.theguardian.com/sitemaps/news.xml" parallaxOutlet="theguardian.com"/>
<outline type="rss" text="again" xmlUrl="https://www.theguardian.com/world/rss?utm_source=x"/>
<outline type="rss" text="ftp" xmlUrl="ftp://example.com/feed"/></outline></body></opml>`);
    expect(list.title).toBe('Mine');
    expect(list.sources.map((s) => [s.kind, s.outlet, s.group])).toEqual([
      ['feed', 'theguardian.com', 'UK'],
      ['news-sitemap', 'theguardian.com', 'UK'],
    ]);
    expect(list.skipped).toEqual(['again: listed twice', 'ftp: not an http(s) URL']);
    expect(() => parseSourceList('not xml at all')).toThrow(/not an OPML source list/);
  });

  it('reads the shipped default list', async () => {
    const { readFileSync } = await import('node:fs');
    const list = parseSourceList(readFileSync(new URL('../../../public/sources/default.opml', import.meta.url), 'utf8'));
    expect(list.sources.length).toBeGreaterThan(300);
    expect(list.skipped).toEqual([]);
  });
});
