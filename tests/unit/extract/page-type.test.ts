import { describe, expect, it } from 'vitest';
import { classifyPage, type PageSignals } from '../../../lib/extract/page-type';
import { extractFromDocument } from '../../../lib/extract/document';
import { parseHtml } from '../../../lib/node/html-document';

const base: PageSignals = {
  ldTypes: [],
  ogType: null,
  url: null,
  section: null,
  title: 'Senate passes the budget bill',
  headings: [],
};
const page = (over: Partial<PageSignals>): PageSignals => ({ ...base, ...over });

describe('classifyPage', () => {
  it.each([
    ['a plain report', page({}), 'news', []],
    ['NewsArticle alone', page({ ldTypes: ['NewsArticle'] }), 'news', ['ld-news']],
    ['a review headline', page({ title: '16-inch MacBook Pro review: The keyboard is enough' }), 'review', ['title-review']],
    [
      'a hands-on',
      page({ title: 'Apple’s Vision Pro hands-on: the Retina moment', url: 'https://x.test/2345/vision-pro-hands-on-demo' }),
      'review',
      ['title-review'],
    ],
    ['schema.org Review', page({ ldTypes: ['Review', 'NewsArticle'] }), 'review', ['ld-review']],
    ['a product page', page({ ogType: 'product' }), 'reference', ['og-product']],
    ['a how-to', page({ title: 'How to watch the 21 best films of 2017' }), 'guide', ['title-guide']],
    [
      'a gift guide over NewsArticle',
      page({ ldTypes: ['NewsArticle'], title: '9to5Mac Gift Guide: What do you buy' }),
      'guide',
      ['title-guide'],
    ],
    [
      'a numbered listicle',
      page({ headings: ['1. Eat slowly', '2. Sleep', '3. Walk', '4. Plan'] }),
      'guide',
      ['headings-numbered'],
    ],
    ['a recipe', page({ ldTypes: ['Recipe'] }), 'guide', ['ld-howto']],
    [
      'Wikipedia',
      page({ url: 'https://en.wikipedia.org/wiki/Mozilla', title: 'Mozilla - Wikipedia' }),
      'reference',
      ['url-wiki', 'title-wiki'],
    ],
    [
      'an op-ed column',
      page({ ldTypes: ['NewsArticle'], title: 'Column: Gannett merger bodes ill for local news' }),
      'opinion',
      ['title-opinion'],
    ],
    ['an opinion folder', page({ url: 'https://www.example.com/opinion/why-beijing-will' }), 'opinion', ['url-opinion']],
    ['a live blog', page({ ldTypes: ['LiveBlogPosting'] }), 'live', ['ld-live']],
    ['a tag page', page({ url: 'https://www.example.com/tag/tariffs/' }), 'listing', ['url-listing']],
    ['a section front', page({ url: 'https://us.yahoo.com/news/' }), 'listing', ['url-section-front']],
    [
      'an article addressed by its query',
      page({ url: 'http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci' }),
      'news',
      [],
    ],
    ['news that says "to review"', page({ title: 'Supreme Court: justices agree to review the case' }), 'news', []],
    [
      '"-review-" inside a news slug',
      page({ url: 'https://www.example.com/2019/11/18/supreme-court-to-review-daca-case' }),
      'news',
      [],
    ],
    ['a company named Best', page({ url: 'https://www.example.com/markets/best-buy-earnings-beat-forecasts' }), 'news', []],
    [
      'a dated best-of list',
      page({ title: 'Best tech gadgets of 2019', url: 'https://www.zdnet.com/article/best-tech-gadgets/' }),
      'guide',
      ['title-guide'],
    ],
    ['a dated news URL', page({ url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html' }), 'news', []],
  ])('%s', (_name, signals, type, rules) => {
    expect(classifyPage(signals)).toEqual({ type, rules });
  });
});

describe('extraction carries the page type and the date source', () => {
  const body =
    '<p>' + 'The committee met on Tuesday and agreed the plan after a long debate among its members. '.repeat(8) + '</p>';
  it('reads a review from its JSON-LD and a printed date line when metadata has none', () => {
    const html = `<html><head><title>Phone X review</title><script type="application/ld+json">{"@type":"Review","name":"Phone X"}</script></head>
      <body><article><h1>Phone X review</h1><p>Published November 18, 2019</p>${body}${body}</article></body></html>`;
    const out = extractFromDocument(parseHtml(html), { url: 'https://example.com/phones/phone-x' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.article.pageType?.type).toBe('review');
    expect(out.article.published).toBe('2019-11-18');
    expect(out.article.dateSource).toBe('printed');
  });
  it('falls back to the date the URL is filed under', () => {
    const html = `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${body}${body}</article></body></html>`;
    const out = extractFromDocument(parseHtml(html), { url: 'https://news.example.com/2018/04/17/budget-passes.html' });
    expect(out.ok && out.article.published).toBe('2018-04-17');
    expect(out.ok && out.article.dateSource).toBe('url');
    expect(out.ok && out.article.pageType).toEqual({ type: 'news', rules: [] });
  });
});
