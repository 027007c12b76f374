// The background's handlers with a services twin: state persisted per tab in storage.session, badge set and
// cleared, a late answer for a page the tab left is dropped, history recorded, senders refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleArticleExtracted, handleShouldRun } from '../../../lib/ext/background/cs-handlers.js';
import { fromContentScript, fromUi, SenderRefused } from '../../../lib/ext/background/guard.js';
import { onTabUrlChanged, rerunTabsWaitingForIndex } from '../../../lib/ext/background/navigation.js';
import { handleGetTabState, uiHandlers } from '../../../lib/ext/background/ui-handlers.js';
import { createTabStore } from '../../../lib/ext/tab-state.js';
import type { Article } from '../../../lib/types.js';
import { coverage, makeFakes, report, type Fakes } from './fake-services.js';

const URL_A = 'https://own.test/a';
const article: Article = {
  id: URL_A,
  title: 'T',
  text: 'Body text.',
  byline: null,
  siteName: 'Own',
  outlet: null,
  domain: 'own.test',
  url: URL_A,
  published: null,
  lang: 'en',
  republishedFrom: null,
};
const ok = { url: URL_A, outcome: { ok: true, article, warnings: [] } };

let f: Fakes;
beforeEach(() => {
  fakeBrowser.reset();
  f = makeFakes();
  f.urls.set(5, URL_A);
});

describe('csArticleExtracted', () => {
  it('stores a ready state that survives a worker restart (a new store over the same session area) and sets the badge', async () => {
    f.next.report = report([coverage('x', 'AP'), coverage('y', 'CNN')], { outlet: 'Own', domain: null });
    await handleArticleExtracted(f.services, ok, 5);
    const restarted = createTabStore(fakeBrowser.storage.session);
    const state = await restarted.get(5);
    expect(state?.status).toBe('ready');
    expect(f.badges.at(-1)).toEqual({ tabId: 5, text: '2' });
  });

  it('drops an answer for a page the tab has already left', async () => {
    f.next.report = report([coverage('x', 'AP')]);
    f.urls.set(5, 'https://own.test/b');
    await handleArticleExtracted(f.services, ok, 5);
    expect(await f.services.tabs.get(5)).toBeNull();
    expect(f.badges).toEqual([]);
  });

  it('maps failures to states and clears the badge', async () => {
    await handleArticleExtracted(f.services, { url: URL_A, outcome: { ok: false, reason: 'too-large', message: 'big' } }, 5);
    expect(await f.services.tabs.get(5)).toEqual({ status: 'too-large', url: URL_A, message: 'big' });
    expect(f.badges.at(-1)?.text).toBe('');
  });

  it('answers index-loading while the index loads, and re-runs those tabs when it is ready', async () => {
    f.next.indexReady = false;
    await handleArticleExtracted(f.services, ok, 5);
    expect((await f.services.tabs.get(5))?.status).toBe('index-loading');
    await rerunTabsWaitingForIndex(f.services);
    expect(f.toTab).toEqual([{ kind: 'extract', tabId: 5 }]);
    expect((await f.services.tabs.get(5))?.status).toBe('waiting');
  });

  it('records the reading once per page when history is on, and not at all when off', async () => {
    f.next.report = report([coverage('x', 'AP')]);
    await handleArticleExtracted(f.services, ok, 5);
    await handleArticleExtracted(f.services, ok, 5);
    const ui = uiHandlers(f.services);
    const h = await ui.uiGetHistory();
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]).toMatchObject({ url: URL_A, eventId: 'e1', eventTitle: 'Event one' });
    await ui.uiClearHistory();
    await ui.uiSetSettings({ history: false });
    await handleArticleExtracted(f.services, ok, 5);
    expect((await ui.uiGetHistory()).entries).toHaveLength(0);
    expect(JSON.parse((await ui.uiExportHistory()).json)).toMatchObject({ kind: 'parallax-reading-history', entries: [] });
  });

  it('refuses a malformed payload', async () => {
    await expect(handleArticleExtracted(f.services, { url: URL_A, outcome: { ok: true } }, 5)).rejects.toThrow(
      /invalid csArticleExtracted/,
    );
  });
});

describe('csShouldRun', () => {
  it('says no on a denied site and shows the tab as switched off', async () => {
    await uiHandlers(f.services).uiSetSettings({ denySites: ['own.test'] });
    expect(await handleShouldRun(f.services, { url: URL_A }, 5)).toEqual({ run: false });
    expect((await f.services.tabs.get(5))?.status).toBe('disabled');
    expect(await handleShouldRun(f.services, { url: 'https://other.test/' }, 6)).toEqual({ run: true });
  });

  it('keeps "disabled" when the navigation event that began the page is handled around it', async () => {
    await uiHandlers(f.services).uiSetSettings({ denySites: ['own.test'] });
    await f.services.tabs.set(5, { status: 'ready', url: 'https://own.test/before', report: report([]) });
    // The navigation's handler pauses in a badge call long enough for the page's question to be answered meanwhile
    // (seen on a loaded machine: the tab then waited until its 20 s limit and showed an error).
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    f.services.badge.setBadgeText = () => (calls++ === 0 ? gate : Promise.resolve());
    const navigation = onTabUrlChanged(f.services, 5, URL_A);
    await new Promise((r) => setTimeout(r, 0));
    expect(await handleShouldRun(f.services, { url: URL_A }, 5)).toEqual({ run: false });
    release();
    await navigation;
    expect((await f.services.tabs.get(5))?.status).toBe('disabled');
  });
});

describe('navigation', () => {
  it('clears the badge and waits on a new page, but not for a fragment change', async () => {
    f.next.report = report([coverage('x', 'AP')]);
    await handleArticleExtracted(f.services, ok, 5);
    f.badges.length = 0;
    await onTabUrlChanged(f.services, 5, `${URL_A}#comments`);
    expect(f.badges).toEqual([]);
    expect((await f.services.tabs.get(5))?.status).toBe('ready');
    await onTabUrlChanged(f.services, 5, 'https://own.test/next');
    expect(f.badges).toEqual([{ tabId: 5, text: '' }]);
    expect(await f.services.tabs.get(5)).toMatchObject({
      status: 'waiting',
      url: 'https://own.test/next',
      since: expect.any(Number),
    });
  });
});

describe('UI handlers', () => {
  it('asks a web page with no state to extract, and explains browser pages', async () => {
    expect(await handleGetTabState(f.services, { tabId: 5 })).toMatchObject({
      status: 'waiting',
      url: URL_A,
      since: expect.any(Number),
    });
    expect(f.toTab).toEqual([{ kind: 'extract', tabId: 5 }]);
    f.urls.set(6, 'chrome://settings/');
    expect((await handleGetTabState(f.services, { tabId: 6 })).status).toBe('not-article');
  });

  it('forwards a highlight to the tab', async () => {
    expect(await uiHandlers(f.services).uiHighlightInTab({ tabId: 5, sentence: 'Kursk was retaken.' })).toEqual({ found: true });
    expect(f.toTab).toEqual([{ kind: 'highlight', tabId: 5, sentence: 'Kursk was retaken.' }]);
  });
});

describe('sender guards', () => {
  const self = () => f.services.self();
  const origin = () => fakeBrowser.runtime.getURL('/');
  it('lets a content-script handler run only for a tab, a UI handler only for our pages', () => {
    const cs = fromContentScript('csX', self, (_d, tabId) => tabId);
    expect(cs({ data: null, sender: { id: fakeBrowser.runtime.id, url: URL_A, frameId: 0, tab: { id: 9 } as never } })).toBe(9);
    expect(() => cs({ data: null, sender: { id: fakeBrowser.runtime.id, url: `${origin()}popup.html` } })).toThrow(SenderRefused);
    const ui = fromUi('uiX', self, () => 'ok');
    expect(ui({ data: null, sender: { id: fakeBrowser.runtime.id, url: `${origin()}popup.html` } })).toBe('ok');
    expect(() => ui({ data: null, sender: { id: fakeBrowser.runtime.id, url: URL_A, tab: { id: 9 } as never } })).toThrow(
      SenderRefused,
    );
  });
});
