// The extension's plumbing in real Chromium: a page's extraction reaches the background and comes back as tab state
// and badge, a single-page navigation re-extracts, a highlight is added and removed with the DOM restored, and
// all of it survives the service worker being stopped.
import { describe, expect, it } from 'vitest';
import { countOutlets } from '../../../lib/ui/coverage.js';
import { waitFor } from '../harness/extension.js';
import { settled, type Suite } from '../harness/suite-context.js';

export function plumbingSpecs(get: () => Suite): void {
  describe('extraction → background → tab state and badge', () => {
    it('answers a seed page with a report, sets the badge to the popup’s count, and re-reads after pushState', async () => {
      const { h, openTab, stateOf } = get();
      const { tabId, state } = await openTab('/news/putin-kursk-again.html');
      expect(state.status).toBe('ready');
      if (state.status !== 'ready') return;
      expect(state.report.match.status).toBe('matched');
      const others = countOutlets(state.report).others;
      expect(await h.badgeText(tabId)).toBe(others > 0 ? String(others) : '');

      // A single-page navigation to a section front: the badge is cleared and the new page is read again.
      const page = h.context.pages().find((p) => p.url().endsWith('/news/putin-kursk-again.html'))!;
      await page.evaluate(() => {
        history.pushState({}, '', '/section-front');
        document.body.innerHTML = '<h1>World</h1><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>';
      });
      const next = await waitFor(
        'the state after pushState',
        () => stateOf(tabId),
        (s) => s.url?.endsWith('/section-front') === true && settled(s),
      );
      expect(next.status).toBe('not-article');
      expect(await h.badgeText(tabId)).toBe('');
      await page.close();
    });
  });

  describe('highlight', () => {
    it('marks a sentence across a link despite quote and space differences, and removes it cleanly', async () => {
      const { h, openTab } = get();
      const { tabId } = await openTab('/highlight.html');
      const page = h.context.pages().find((p) => p.url().endsWith('/highlight.html'))!;
      const before = await page.evaluate(() => document.body.innerHTML);
      const box = await page.locator('#one').boundingBox();
      const res = await h.ask<{ found: boolean }>('uiHighlightInTab', {
        tabId,
        sentence: 'The council said the "new bridge" would open next spring, officials confirmed on Monday.',
      });
      expect(res.found).toBe(true);
      const marked = await page.evaluate(() =>
        Array.from(document.querySelectorAll('mark.parallax-highlight'))
          .map((m) => m.textContent)
          .join('|'),
      );
      expect(marked).toBe('The council said the “new bridge” would open|next spring|, officials confirmed on Monday.');
      // Layout untouched: the paragraph keeps its size.
      expect(await page.locator('#one').boundingBox()).toEqual(box);
      expect(
        (
          await h.ask<{ found: boolean }>('uiHighlightInTab', {
            tabId,
            sentence: 'A sentence that is nowhere on this page at all.',
          })
        ).found,
      ).toBe(false);
      await h.ask('uiHighlightInTab', { tabId, sentence: 'The first sentence stands alone here.' });
      await h.ask('uiClearHighlightInTab', { tabId });
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
      // A web page cannot reach the extension at all (no externally_connectable): chrome.runtime is absent there.
      expect(
        await page.evaluate(
          () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
        ),
      ).toBe('undefined');
      await page.close();
    });
  });

  describe('after the service worker stops', () => {
    it('keeps the tab state and badge, and still highlights in the page', async () => {
      const { h, openTab, stateOf, seed } = get();
      const { tabId, state: before } = await openTab('/news/putin-kursk.html?again');
      const badge = await h.badgeText(tabId);
      await h.stopWorker();
      // The next message starts a new worker with empty memory: the answer comes from storage.session.
      expect(await stateOf(tabId)).toEqual(before);
      expect(await h.badgeText(tabId)).toBe(badge);
      const sentence = seed.paragraphs[1]!.split(/(?<=[.!?])\s/)[0]!;
      expect((await h.ask<{ found: boolean }>('uiHighlightInTab', { tabId, sentence })).found).toBe(true);
      const page = h.context.pages().find((p) => p.url().endsWith('/news/putin-kursk.html?again'))!;
      expect(await page.locator('mark.parallax-highlight').count()).toBeGreaterThan(0);
      await page.close();
    });
  });
}
