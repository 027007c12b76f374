// The content script's extraction step with a stand-in extractor: the gate runs first, the extractor only ever
// sees our bounded copy, a page past the bounds is "too complex" before any parser sees it, and any failure
// becomes an outcome instead of an exception in the page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage as extractWith, type Extractor } from '../../../lib/ext/content/extract-page.js';

function doc(body = '<p>text</p>'): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
}

const blank = () => doc('');
const extractPage = (d: Document, url: string, x: Extractor) =>
  extractWith(d, url, x, { pause: () => Promise.resolve(), now: () => 0, blank });

function extractor(over: Partial<Extractor> = {}, seen: Document[] = []): Extractor {
  return {
    isLikelyArticle: () => ({ likely: true, why: 'og:type article' }),
    extractFromDocument: (d) => {
      seen.push(d);
      return { ok: false, reason: 'empty', message: 'stand-in' };
    },
    ...over,
  };
}

describe('extractPage', () => {
  it('says nothing for non-web pages', async () => {
    expect(await extractPage(doc(), 'chrome://newtab/', extractor())).toBeNull();
  });

  it('refuses a page nested past the depth bound as too complex, before any parsing', async () => {
    const seen: Document[] = [];
    const deep = `${'<div>'.repeat(400)}x${'</div>'.repeat(400)}`;
    const out = await extractPage(doc(deep), 'https://a.test/', extractor({}, seen));
    expect(out).toMatchObject({ ok: false, reason: 'too-complex' });
    expect(!out?.ok && out?.message).toMatch(/too complex.*nested more than 250 levels/);
    expect(seen).toEqual([]);
  });

  it('reports a page that does not look like an article, with the reason', async () => {
    const out = await extractPage(
      doc(),
      'https://a.test/',
      extractor({ isLikelyArticle: () => ({ likely: false, why: 'few long paragraphs' }) }),
    );
    expect(out).toMatchObject({ ok: false, reason: 'not-article' });
    expect(!out?.ok && out?.message).toMatch(/few long paragraphs/);
  });

  it('hands the extractor a copy, never the live document', async () => {
    const live = doc();
    const seen: Document[] = [];
    await extractPage(live, 'https://a.test/', extractor({}, seen));
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(live);
    expect(seen[0]!.body.textContent).toBe('text');
  });

  it('lets the page run between the copy, the article test and the extraction, and hands the extractor the pause', async () => {
    const steps: string[] = [];
    const pause = () => Promise.resolve(void steps.push('pause'));
    const x = extractor({
      isLikelyArticle: () => (steps.push('gate'), { likely: true, why: 'og:type article' }),
      extractFromDocument: (_d, o) => (
        steps.push(o.pause === pause ? 'extract with the pause' : 'extract'),
        { ok: false, reason: 'empty', message: 'stand-in' }
      ),
    });
    await extractWith(doc(), 'https://a.test/', x, { pause, now: () => 0, blank });
    expect(steps.slice(-4)).toEqual(['pause', 'gate', 'pause', 'extract with the pause']);
  });

  it('turns an exception into an error outcome', async () => {
    const out = await extractPage(
      doc(),
      'https://a.test/',
      extractor({
        isLikelyArticle: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(out).toMatchObject({ ok: false, reason: 'error' });
  });
});
