// Issue 23's background and page-side rules with the services twin: an answer the background cannot take ends the
// wait in an error, a wait is bounded, a worker stopped mid-analysis asks the page again, history is rate-limited
// per tab, what the page sends is cut to fit and known by the page's own host.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleArticleExtracted } from '../../../lib/ext/background/cs-handlers.js';
import { boundedWait, resumeAnalyses, WAIT_LIMIT_MS } from '../../../lib/ext/background/navigation.js';
import { handleGetTabState, uiHandlers } from '../../../lib/ext/background/ui-handlers.js';
import { fitOutcome, sameSite } from '../../../lib/ext/content/outgoing.js';
import { HISTORY_BURST, HISTORY_REFILL_MS, takeToken } from '../../../lib/ext/tab-state.js';
import { LIMITS, parsePayload, CsArticleExtractedSchema } from '../../../lib/ext/validate.js';
import type { Article } from '../../../lib/types.js';
import { coverage, makeFakes, report, type Fakes } from './fake-services.js';

const PAGE = 'http://127.0.0.1:8080/news/a.html';
const article = (over: Partial<Article> = {}): Article => ({
  id: PAGE,
  title: 'T',
  text: 'Body text.',
  byline: null,
  siteName: 'Own',
  outlet: null,
  domain: null,
  url: PAGE,
  published: null,
  lang: 'en',
  republishedFrom: null,
  ...over,
});

let f: Fakes;
beforeEach(() => {
  fakeBrowser.reset();
  f = makeFakes();
  f.urls.set(5, PAGE);
});

describe('every wait ends', () => {
  it('turns a payload the background cannot take into an error with a retry, not a wait', async () => {
    const bad = { url: PAGE, outcome: { ok: true, article: article({ title: 'x'.repeat(LIMITS.title + 1) }), warnings: [] } };
    await expect(handleArticleExtracted(f.services, bad, 5)).rejects.toThrow(/invalid csArticleExtracted/);
    expect(await f.services.tabs.get(5)).toMatchObject({
      status: 'error',
      url: PAGE,
      message: expect.stringMatching(/could not take what this page sent/),
    });
  });

  it('ends a wait past the bound in an error the reader can retry', async () => {
    const since = f.services.now().getTime() - WAIT_LIMIT_MS - 1;
    await f.services.tabs.set(5, { status: 'waiting', url: PAGE, since });
    expect(await handleGetTabState(f.services, { tabId: 5 })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/no answer within 20 seconds/),
    });
    expect(
      boundedWait({ status: 'waiting', url: PAGE, since: f.services.now().getTime() }, f.services.now().getTime()).status,
    ).toBe('waiting');
    await uiHandlers(f.services).uiRecheckTab({ tabId: 5 });
    expect(await f.services.tabs.get(5)).toMatchObject({ status: 'waiting' });
  });

  it('asks the page again after a worker stopped mid-analysis', async () => {
    await f.services.tabs.set(5, { status: 'waiting', url: PAGE, since: 0, analysing: true });
    await f.services.tabs.set(6, { status: 'waiting', url: PAGE, since: 0 });
    await resumeAnalyses(f.services);
    expect(f.toTab).toEqual([{ kind: 'extract', tabId: 5 }]);
    const state = await f.services.tabs.get(5);
    expect(state?.status).toBe('waiting');
    expect(state && 'analysing' in state && state.analysing).toBeFalsy();
  });
});

describe('history per tab', () => {
  it('takes a burst, then one reading per refill period', () => {
    let b = takeToken(undefined, 0).bucket;
    for (let i = 1; i < HISTORY_BURST; i++) b = takeToken(b, 0).bucket;
    expect(takeToken(b, 1_000).taken).toBe(false);
    expect(takeToken(b, HISTORY_REFILL_MS).taken).toBe(true);
  });

  it('records at most a burst of fifteen forged navigations (issue 23: fifteen entries in 20 s)', async () => {
    for (let i = 0; i < 15; i++) {
      const url = `${PAGE}?n=${i}`;
      const r = report([coverage('x', 'AP')]);
      f.next.report = { ...r, article: { ...r.article, url } };
      f.urls.set(5, url);
      await handleArticleExtracted(
        f.services,
        { url, outcome: { ok: true, article: article({ url, id: url }), warnings: [] } },
        5,
      );
    }
    expect((await uiHandlers(f.services).uiGetHistory()).entries).toHaveLength(HISTORY_BURST);
  });
});

describe('what the content script sends', () => {
  const long = { title: 't'.repeat(2_500), byline: 'b'.repeat(3_500), siteName: 's'.repeat(2_100) };

  it('cuts over-long fields to the limits instead of being refused', () => {
    const out = fitOutcome(
      { ok: true, article: article({ ...long, url: `https://own.test/${'x'.repeat(5_000)}` }), warnings: [] },
      PAGE,
    );
    expect(() => parsePayload(CsArticleExtractedSchema, { url: PAGE, outcome: out }, 'csArticleExtracted')).not.toThrow();
    if (!out.ok) throw new Error('not ok');
    expect(out.article.title).toHaveLength(LIMITS.title);
    expect(out.article.title.endsWith('…')).toBe(true);
    expect(out.article.url).toBe(PAGE);
    expect(out.article.claimedUrl).toBeNull();
  });

  it.each([
    [
      'a canonical on another host is only claimed',
      PAGE,
      'https://www.nytimes.com/2024/03/05/world/x.html',
      PAGE,
      'https://www.nytimes.com/2024/03/05/world/x.html',
    ],
    [
      'the same site under www. is the page itself',
      'https://news.test/a?utm=1',
      'https://www.news.test/a',
      'https://www.news.test/a',
      null,
    ],
    [
      'an AMP cache page stands for its publisher',
      'https://www-news-test.cdn.ampproject.org/c/s/www.news.test/a.amp',
      'https://www.news.test/a',
      'https://www.news.test/a',
      null,
    ],
  ])('%s', (_name, page, canonical, url, claimed) => {
    const out = fitOutcome({ ok: true, article: article({ url: canonical, id: canonical }), warnings: [] }, page);
    expect(out.ok && out.article).toMatchObject({ url, id: url, claimedUrl: claimed });
  });

  it('relates hosts by site, not by suffix', () => {
    expect(sameSite('https://m.news.test/a', 'https://amp.news.test/a')).toBe(true);
    expect(sameSite('https://news.test.evil.example/a', 'https://news.test/a')).toBe(false);
    expect(sameSite('https://evil-news-test.cdn.ampproject.org/c/s/evil.example/a', 'https://news.test/a')).toBe(false);
  });
});
