import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromDocumentPaced } from '../../../lib/extract/document';
import { checkSize, isLikelyArticle } from '../../../lib/extract/gate';
import { parseHtml } from '../../../lib/node/html-document';

// Invented page with the metadata real news pages carry (canonical, og, JSON-LD @graph, time) and hostile bits.
const para = (i: number) =>
  `<p>Paragraph ${i} of the story: the harbour authority said the new quay would open next spring, and that ships of every size could use it from then on, officials said.</p>`;
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
const HEAD = `<title>Quay opens | Harbour Post</title>
<link rel="canonical" href="/news/quay-opens">
<meta property="og:site_name" content="Harbour Post"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"HP"},
{"@type":"NewsArticle","headline":"New quay <b>opens</b> &amp; ships arrive","datePublished":"2024-06-03T09:10:00+02:00",
"dateModified":"2024-06-04T10:00:00Z","author":[{"@type":"Person","name":"Jane <script>alert(1)<\\/script>Roe"}],"articleSection":"Local"}]}</script>`;

describe('extractFromDocument', () => {
  it('reads metadata from link/og/JSON-LD @graph as plain text, body as paragraphs', () => {
    const doc = parseHtml(
      page(HEAD, `<nav>Home World</nav><article><h1>New quay opens</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article>`),
    );
    const out = extractFromDocument(doc, { url: 'https://www.harbourpost.example/news/quay-opens?ref=x' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const a = out.article;
    expect(a.url).toBe('https://www.harbourpost.example/news/quay-opens');
    expect(a.domain).toBe('harbourpost.example');
    expect(a.title).toBe('New quay opens & ships arrive');
    expect(a.byline).toBe('Jane alert(1) Roe');
    expect(a.siteName).toBe('Harbour Post');
    expect(a.published).toBe('2024-06-03T09:10:00+02:00');
    expect(a.modified).toBe('2024-06-04T10:00:00Z');
    expect(a.section).toBe('Local');
    expect(a.lang).toBe('en');
    expect(a.text.split('\n\n')).toHaveLength(5);
    expect(a.text).not.toContain('<');
    expect(doc.querySelector('nav')).not.toBeNull(); // the caller's document is not mutated
  });
  it('falls back to meta tags and <time> for dates', () => {
    const doc = parseHtml(
      page('<meta property="article:published_time" content="2024-01-02">', `<article>${[1, 2, 3].map(para).join('')}</article>`),
    );
    const out = extractFromDocument(doc, { url: null });
    expect(out.ok && out.article.published).toBe('2024-01-02');
    const doc2 = parseHtml(
      page('', `<article><time datetime="2023-05-06T07:00:00Z">May 6</time>${[1, 2, 3].map(para).join('')}</article>`),
    );
    const out2 = extractFromDocument(doc2, { url: null });
    expect(out2.ok && out2.article.published).toBe('2023-05-06T07:00:00Z');
  });
  it('refuses empty, script-only and non-article pages with a reason', () => {
    expect(extractFromDocument(parseHtml(page('', '')), { url: null })).toMatchObject({ ok: false, reason: 'empty' });
    expect(
      extractFromDocument(parseHtml(page('', '<script>var x = "lots of code here";</script>')), { url: null }),
    ).toMatchObject({ ok: false, reason: 'empty' });
    expect(
      extractFromDocument(parseHtml(page('', '<ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul>')), {
        url: null,
      }),
    ).toMatchObject({ ok: false, reason: 'not-article' });
  });
  it('refuses huge DOMs and texts as too-large, stopping at the limit', () => {
    const doc = parseHtml(page('', '<div><span>x</span></div>'.repeat(600)));
    expect(checkSize(doc, { elements: 1000, chars: 1e6 })).toMatchObject({ ok: false });
    expect(checkSize(doc, { elements: 2000, chars: 100 })).toMatchObject({ ok: false });
    expect(checkSize(doc, { elements: 2000, chars: 1e6 })).toEqual({ ok: true, hasText: true });
    const deep = parseHtml(page('', '<div>'.repeat(5000) + 'x' + '</div>'.repeat(5000)));
    expect(checkSize(deep)).toEqual({ ok: true, hasText: true });
  });
  it('reports non-English pages', () => {
    const de = (n: number) =>
      `<p>Der Bürgermeister sagte am Montag ${n}, dass die neue Brücke im Frühjahr eröffnet wird und dass die Stadt die Kosten nicht allein tragen kann, auch wenn das Land hilft.</p>`;
    const out = extractFromDocument(parseHtml(page('', `<article>${[1, 2, 3, 4].map(de).join('')}</article>`)), { url: null });
    expect(out.ok && out.article.lang).toBe('de');
    expect(out.ok && out.warnings.join()).toContain('de');
  });
});

describe('isLikelyArticle', () => {
  it('says yes for og:type article or JSON-LD NewsArticle, no for a link list', () => {
    expect(isLikelyArticle(parseHtml(page(HEAD, '<p>x</p>')))).toMatchObject({ likely: true });
    expect(
      isLikelyArticle(parseHtml(page('<script type="application/ld+json">[{"@type":"BlogPosting"}]</script>', '<p>x</p>'))).why,
    ).toContain('BlogPosting');
    expect(isLikelyArticle(parseHtml(page('', '<ul><li><a href="/a">Home</a></li></ul>'))).likely).toBe(false);
  });
});

describe('extractFromDocument on a private copy', () => {
  it('parses a document passed as a clone in place, with the same result', () => {
    const html = `<html><head><title>T</title></head><body><article>${[1, 2, 3].map((i) => `<p>Paragraph ${i} of the story: the harbour authority said the new quay would open next spring, officials said.</p>`).join('')}</article></body></html>`;
    const a = extractFromDocument(parseHtml(html), { url: null });
    const b = extractFromDocument(parseHtml(html), { url: null, isClone: true });
    expect(b).toEqual(a);
  });
});

describe('extractFromDocumentPaced', () => {
  it('pauses between its stages and gives the same outcome as the one-go extraction', async () => {
    const html = `<html><head><title>T</title></head><body><article>${[1, 2, 3].map((i) => `<p>Paragraph ${i} of the story: the harbour authority said the new quay would open next spring, officials said.</p>`).join('')}</article></body></html>`;
    let pauses = 0;
    const paced = await extractFromDocumentPaced(parseHtml(html), { url: null, pause: () => Promise.resolve(void pauses++) });
    expect(paced).toEqual(extractFromDocument(parseHtml(html), { url: null }));
    expect(paced.ok).toBe(true);
    // The scan, the metadata, Readability and the clean-up: three pauses between four stages.
    expect(pauses).toBe(3);
  });
});
