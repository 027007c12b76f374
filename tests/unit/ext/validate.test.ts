// Payload validation: what a content script or page may send, and what is refused with a message naming the field.
import { describe, expect, it } from 'vitest';
import {
  CsArticleExtractedSchema,
  HighlightSchema,
  LIMITS,
  parsePayload,
  SettingsPatchSchema,
} from '../../../lib/ext/validate.js';
import type { Article } from '../../../lib/types.js';

const article: Article = {
  id: 'https://news.test/a',
  title: 'A title',
  text: 'Body.\n\nMore body.',
  byline: null,
  siteName: 'News Test',
  outlet: null,
  domain: 'news.test',
  url: 'https://news.test/a',
  published: '2025-04-26',
  lang: 'en',
  republishedFrom: null,
};

describe('csArticleExtracted payload', () => {
  it('accepts an article and a failure outcome', () => {
    expect(
      parsePayload(CsArticleExtractedSchema, { url: 'https://news.test/a', outcome: { ok: true, article, warnings: [] } }, 'x')
        .outcome.ok,
    ).toBe(true);
    const failed = { url: 'http://news.test/', outcome: { ok: false, reason: 'not-article', message: 'no' } };
    expect(parsePayload(CsArticleExtractedSchema, failed, 'x')).toEqual(failed);
  });

  it('drops unknown fields (no HTML travels on) and refuses wrong types', () => {
    const parsed = parsePayload(
      CsArticleExtractedSchema,
      { url: 'https://news.test/a', outcome: { ok: true, article: { ...article, html: '<b>x</b>' }, warnings: [] } },
      'x',
    );
    expect('html' in (parsed.outcome.ok ? parsed.outcome.article : {})).toBe(false);
    expect(() =>
      parsePayload(
        CsArticleExtractedSchema,
        { url: 'https://news.test/a', outcome: { ok: true, article: { ...article, title: 5 }, warnings: [] } },
        'csArticleExtracted',
      ),
    ).toThrow(/invalid csArticleExtracted payload at outcome\.article\.title/);
  });

  it('carries the page type and date source, refuses an unknown type, and never takes firstSeen from a page', () => {
    const typed = {
      ...article,
      dateSource: 'printed',
      pageType: { type: 'review', rules: ['ld-review'] },
      firstSeen: '1999-01-01',
    };
    const parsed = parsePayload(
      CsArticleExtractedSchema,
      { url: 'https://news.test/a', outcome: { ok: true, article: typed, warnings: [] } },
      'x',
    );
    const a = parsed.outcome.ok ? parsed.outcome.article : null;
    expect(a).toMatchObject({ dateSource: 'printed', pageType: { type: 'review', rules: ['ld-review'] } });
    expect(a && 'firstSeen' in a).toBe(false);
    const bad = { ...article, pageType: { type: 'advert', rules: [] } };
    expect(() =>
      parsePayload(
        CsArticleExtractedSchema,
        { url: 'https://news.test/a', outcome: { ok: true, article: bad, warnings: [] } },
        'x',
      ),
    ).toThrow(/pageType/);
  });

  it('refuses a non-web URL, an unknown failure reason and an oversized body', () => {
    expect(() =>
      parsePayload(
        CsArticleExtractedSchema,
        { url: 'javascript:alert(1)', outcome: { ok: false, reason: 'error', message: '' } },
        'x',
      ),
    ).toThrow(/url/);
    expect(() =>
      parsePayload(
        CsArticleExtractedSchema,
        { url: 'https://a.test/', outcome: { ok: false, reason: 'nope', message: '' } },
        'x',
      ),
    ).toThrow();
    const big = { ...article, text: 'x'.repeat(LIMITS.text + 1) };
    expect(() =>
      parsePayload(CsArticleExtractedSchema, { url: 'https://a.test/', outcome: { ok: true, article: big, warnings: [] } }, 'x'),
    ).toThrow(/text/);
  });
});

describe('UI payloads', () => {
  it('needs a whole non-negative tab id and a sentence', () => {
    expect(parsePayload(HighlightSchema, { tabId: 3, sentence: 'Kursk.' }, 'x')).toEqual({ tabId: 3, sentence: 'Kursk.' });
    expect(() => parsePayload(HighlightSchema, { tabId: 1.5, sentence: 'a' }, 'x')).toThrow(/tabId/);
    expect(() => parsePayload(HighlightSchema, { tabId: 1, sentence: '' }, 'x')).toThrow(/sentence/);
  });

  it('accepts a partial settings patch and refuses unknown keys and bad hosts', () => {
    expect(parsePayload(SettingsPatchSchema, { autoRun: false }, 'x')).toEqual({ autoRun: false });
    expect(() => parsePayload(SettingsPatchSchema, { autorun: false }, 'x')).toThrow();
    expect(() => parsePayload(SettingsPatchSchema, { denySites: ['evil.test/<script>'] }, 'x')).toThrow(/denySites/);
  });
});
