// The extension's plumbing in real Chromium: the bundled index loads on install, a page's extraction reaches the
// background and comes back as tab state and badge, a single-page navigation re-extracts, and a highlight is
// added and removed with the page's DOM restored.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { IndexInfo, TabState } from '../../lib/ext/protocol.js';
import { countOutlets } from '../../lib/ui/coverage.js';
import { launch, waitFor, type Harness } from './harness/extension.js';
import { highlightPage, nonArticlePage, seedPage } from './harness/pages.js';
import { servePages, type PageServer } from './harness/server.js';

let h: Harness;
const seed = seedPage('001_e069c8cc9b8d95d6.txt');
let server: PageServer;

const stateOf = (tabId: number) => h.ask<TabState>('uiGetTabState', { tabId });
const settled = (s: TabState) => s.status !== 'waiting' && s.status !== 'index-loading';

beforeAll(async () => {
  server = await servePages({
    '/seed-001.html': seed.html,
    '/seed-001-again.html': seed.html,
    '/section.html': nonArticlePage(),
    '/highlight.html': highlightPage(),
  });
  h = await launch(inject('profileDir'));
  const t0 = Date.now();
  const info = await waitFor('the bundled index', () => h.ask<IndexInfo>('uiGetIndexInfo'), (i) => i.state === 'ready' || i.state === 'error', 100_000);
  console.log(`index ready in ${Date.now() - t0} ms: ${JSON.stringify(info.counts)}`);
  expect(info.state).toBe('ready');
});

afterAll(async () => {
  await h?.close();
  await server?.close();
});

describe('extraction → background → tab state and badge', () => {
  it('answers a seed page with a report and sets the badge to the popup’s outlet count', async () => {
    const page = await h.context.newPage();
    const url = server.url('/seed-001.html');
    await page.goto(url);
    const tabId = await h.tabIdOf(url);
    const state = await waitFor('the seed page state', () => stateOf(tabId), settled);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.report.match.status).toBe('matched');
    const others = countOutlets(state.report).others;
    expect(await h.badgeText(tabId)).toBe(others > 0 ? String(others) : '');

    // A single-page navigation to a section front: the badge is cleared and the new page is read again.
    await page.evaluate(() => {
      history.pushState({}, '', '/section-front');
      document.body.innerHTML = '<h1>World</h1><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>';
    });
    const next = await waitFor('the state after pushState', () => stateOf(tabId), (s) => s.url?.endsWith('/section-front') === true && settled(s));
    expect(next.status).toBe('not-article');
    expect(await h.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('reports a page that is not an article, with no badge', async () => {
    const page = await h.context.newPage();
    const url = server.url('/section.html');
    await page.goto(url);
    const tabId = await h.tabIdOf(url);
    const state = await waitFor('the section page state', () => stateOf(tabId), settled);
    expect(state.status).toBe('not-article');
    expect(await h.badgeText(tabId)).toBe('');
    await page.close();
  });
});

describe('highlight', () => {
  it('marks a sentence across a link despite quote and space differences, and removes it cleanly', async () => {
    const page = await h.context.newPage();
    const url = server.url('/highlight.html');
    await page.goto(url);
    const tabId = await h.tabIdOf(url);
    await waitFor('the content script', () => stateOf(tabId), settled);
    const before = await page.evaluate(() => document.body.innerHTML);
    const box = await page.locator('#one').boundingBox();
    const res = await h.ask<{ found: boolean }>('uiHighlightInTab', { tabId, sentence: 'The council said the "new bridge" would open next spring, officials confirmed on Monday.' });
    expect(res.found).toBe(true);
    const marked = await page.evaluate(() => Array.from(document.querySelectorAll('mark.parallax-highlight')).map((m) => m.textContent).join('|'));
    expect(marked).toBe('The council said the “new bridge” would open|next spring|, officials confirmed on Monday.');
    // Layout untouched: the paragraph keeps its size.
    expect(await page.locator('#one').boundingBox()).toEqual(box);
    expect((await h.ask<{ found: boolean }>('uiHighlightInTab', { tabId, sentence: 'A sentence that is nowhere on this page at all.' })).found).toBe(false);
    await h.ask('uiHighlightInTab', { tabId, sentence: 'The first sentence stands alone here.' });
    await h.ask('uiClearHighlightInTab', { tabId });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });
});

describe('after the service worker stops', () => {
  it('keeps the tab state and badge, and still highlights in the page', async () => {
    const page = await h.context.newPage();
    const url = server.url('/seed-001-again.html');
    await page.goto(url);
    const tabId = await h.tabIdOf(url);
    const before = await waitFor('the seed page state', () => stateOf(tabId), settled);
    const badge = await h.badgeText(tabId);
    await h.stopWorker();
    // The next message starts a new worker with empty memory: the answer comes from storage.session.
    expect(await stateOf(tabId)).toEqual(before);
    expect(await h.badgeText(tabId)).toBe(badge);
    const sentence = seed.paragraphs[1]!.split(/(?<=[.!?])\s/)[0]!;
    expect((await h.ask<{ found: boolean }>('uiHighlightInTab', { tabId, sentence })).found).toBe(true);
    expect(await page.locator('mark.parallax-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('senders', () => {
  it('refuses a UI message from a web page’s content world', async () => {
    const page = await h.context.newPage();
    await page.goto(server.url('/highlight.html'));
    // A web page cannot reach the extension at all (no externally_connectable): chrome.runtime is absent there.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });
});
