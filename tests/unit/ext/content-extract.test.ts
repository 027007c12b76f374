// The content script's extraction step with a stand-in extractor: cheap checks run first and in order, the
// extractor only ever sees a clone, and any failure becomes an outcome instead of an exception in the page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, type Extractor } from '../../../lib/ext/content/extract-page.js';

function doc(body = '<p>text</p>'): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
}

function extractor(over: Partial<Extractor> = {}, seen: Document[] = []): Extractor {
  return {
    checkSize: () => ({ ok: true, hasText: true }),
    isLikelyArticle: () => ({ likely: true, why: 'og:type article' }),
    extractFromDocument: (d) => {
      seen.push(d);
      return { ok: false, reason: 'empty', message: 'stand-in' };
    },
    ...over,
  };
}

describe('extractPage', () => {
  it('says nothing for non-web pages', () => {
    expect(extractPage(doc(), 'chrome://newtab/', extractor())).toBeNull();
  });

  it('stops at the size check before any cloning or parsing', () => {
    const seen: Document[] = [];
    const out = extractPage(doc(), 'https://a.test/', extractor({ checkSize: () => ({ ok: false, message: 'page has more than 60000 elements' }) }, seen));
    expect(out).toMatchObject({ ok: false, reason: 'too-large' });
    expect(seen).toEqual([]);
  });

  it('reports a page that does not look like an article, with the reason', () => {
    const out = extractPage(doc(), 'https://a.test/', extractor({ isLikelyArticle: () => ({ likely: false, why: 'few long paragraphs' }) }));
    expect(out).toMatchObject({ ok: false, reason: 'not-article' });
    expect(!out?.ok && out?.message).toMatch(/few long paragraphs/);
  });

  it('hands the extractor a clone, never the live document', () => {
    const live = doc();
    const seen: Document[] = [];
    extractPage(live, 'https://a.test/', extractor({}, seen));
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(live);
  });

  it('turns an exception into an error outcome', () => {
    const out = extractPage(doc(), 'https://a.test/', extractor({ isLikelyArticle: () => { throw new Error('boom'); } }));
    expect(out).toMatchObject({ ok: false, reason: 'error' });
  });
});
