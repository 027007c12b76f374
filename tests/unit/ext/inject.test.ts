// Pages open from before install or update get the content script: on install every open web page (not other
// schemes, not discarded tabs), and on demand when the popup asks about a page that has none.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { injectableTabs, injectIntoOpenTabs } from '../../../lib/ext/background/inject.js';
import { handleGetTabState } from '../../../lib/ext/background/ui-handlers.js';
import { makeFakes, type Fakes } from './fake-services.js';

let f: Fakes;
beforeEach(() => {
  fakeBrowser.reset();
  f = makeFakes();
});

describe('injectableTabs', () => {
  it('keeps web pages only, and leaves discarded tabs to load the script themselves', () => {
    expect(
      injectableTabs([
        { id: 1, url: 'https://news.example/a' },
        { id: 2, url: 'http://127.0.0.1:8080/x' },
        { id: 3, url: 'chrome://newtab/' },
        { id: 4, url: 'https://news.example/b', discarded: true },
        { url: 'https://news.example/no-id' },
        { id: 6 },
        { id: 7, url: 'file:///home/a.html' },
      ]),
    ).toEqual([1, 2]);
  });
});

describe('injectIntoOpenTabs', () => {
  it('injects into every open web page and counts those that took it, skipping a page that refuses', async () => {
    f.urls.set(1, 'https://news.example/a');
    f.urls.set(2, 'chrome-extension://x/options.html');
    f.urls.set(3, 'https://chromewebstore.google.com/detail/x');
    f.urls.set(4, 'https://news.example/b');
    f.refuseInjection.add(3);
    expect(await injectIntoOpenTabs(f.services)).toBe(2);
    expect(
      f.toTab
        .filter((t) => t.kind === 'inject')
        .map((t) => t.tabId)
        .sort(),
    ).toEqual([1, 4]);
  });
});

describe('asking about a page that has no content script', () => {
  it('injects it and asks again, instead of telling the reader to reload', async () => {
    f.urls.set(5, 'https://news.example/a');
    f.scriptless.add(5);
    const state = await handleGetTabState(f.services, { tabId: 5 });
    expect(state.status).toBe('waiting');
    expect(f.toTab).toEqual([
      { kind: 'inject', tabId: 5 },
      { kind: 'extract', tabId: 5 },
    ]);
  });

  it('says to reload when the page refuses the script too', async () => {
    f.urls.set(5, 'https://news.example/a');
    f.scriptless.add(5);
    f.refuseInjection.add(5);
    const state = await handleGetTabState(f.services, { tabId: 5 });
    expect(state.status).toBe('error');
  });
});

describe('the background on install and update', () => {
  it('injects into the open web pages when onInstalled fires', async () => {
    const { setupBackground } = await import('../../../lib/ext/background/setup.js');
    f.urls.set(1, 'https://news.example/a');
    f.urls.set(2, 'about:blank');
    setupBackground(f.services);
    expect(f.toTab).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(f.toTab).toEqual([{ kind: 'inject', tabId: 1 }]);
  });
});
