// Sender rules: which messages the background accepts from where.
import { describe, expect, it } from 'vitest';
import { contentScriptTabId, isExtensionPage } from '../../../lib/ext/senders.js';

const self = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('content-script senders', () => {
  it('accepts our content script in a tab’s top frame', () => {
    expect(contentScriptTabId({ id: 'abc', url: 'https://news.test/a', frameId: 0, tab: { id: 7 } }, self)).toBe(7);
  });
  it('refuses sub-frames, other extensions, messages without a tab and our own pages opened in a tab', () => {
    expect(contentScriptTabId({ id: 'abc', url: 'https://ads.test/', frameId: 3, tab: { id: 7 } }, self)).toBeNull();
    expect(contentScriptTabId({ id: 'other', url: 'https://news.test/a', frameId: 0, tab: { id: 7 } }, self)).toBeNull();
    expect(contentScriptTabId({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self)).toBeNull();
    expect(
      contentScriptTabId({ id: 'abc', url: 'chrome-extension://abc/options.html', frameId: 0, tab: { id: 2 } }, self),
    ).toBeNull();
  });
});

describe('UI senders', () => {
  it('accepts our popup, side panel and options pages (with or without a tab)', () => {
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 2 } }, self)).toBe(true);
  });
  it('refuses a web page, a content script and a look-alike origin', () => {
    expect(isExtensionPage({ id: 'abc', url: 'https://news.test/', tab: { id: 1 } }, self)).toBe(false);
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abcd/popup.html' }, self)).toBe(false);
    expect(isExtensionPage({ id: 'zzz', url: 'chrome-extension://abc/popup.html' }, self)).toBe(false);
    expect(isExtensionPage({ id: 'abc' }, self)).toBe(false);
  });
});
