// Beyond the seed, in Firefox (as tests/browser/specs/real-pages.ts and plumbing.ts in Chromium): a real BASIL
// article served as a page matches its event by content with the other outlets; a single-page navigation to a
// section front clears the badge and is read again as not an article.
import { describe, expect, it } from 'vitest';
import { countOutlets } from '../../../../lib/ui/coverage.js';
import { waitFor } from '../../harness/extension.js';
import { readyReport, settled } from '../../harness/suite-context.js';
import { POPUP, type FirefoxSuite } from '../suite.js';

export function realPageSpecs(get: () => FirefoxSuite): void {
  describe('a real BASIL article served as a page', () => {
    it('matches its event by content, with the other outlets, in the badge and the popup', async () => {
      const { h, openTab, waitForElement } = get();
      const { tab, tabId, state } = await openTab('/news/real-basil.html');
      const report = readyReport(state);
      expect(report.match.status).toBe('matched');
      expect(report.match.method).not.toBe('url');
      expect(countOutlets(report).others).toBeGreaterThanOrEqual(2);
      expect(await h.badgeText(tabId)).toBe(String(countOutlets(report).others));
      const popup = await h.openExtensionTab(`popup.html?tabId=${tabId}`);
      await waitForElement(popup, '[data-testid="outlet-count"]');
      expect(await popup.run<string>('return document.querySelector(\'[data-testid="article-outlet"]\').textContent')).toMatch(
        /new york times/i,
      );
      await popup.screenshot('popup-real-basil', POPUP);
      await popup.close();
      await tab.close();
    });
  });

  describe('single-page navigation', () => {
    it('re-reads a page whose URL changes without a load, and clears the badge', async () => {
      const { h, openTab, stateOf } = get();
      const { tab, tabId, state } = await openTab('/news/putin-kursk-again.html');
      expect(state.status).toBe('ready');
      expect(await h.badgeText(tabId)).not.toBe('');
      await tab.run(`history.pushState({}, '', '/section-front');
        document.body.innerHTML = '<h1>World</h1><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>';`);
      const next = await waitFor(
        'the state after pushState',
        () => stateOf(tabId),
        (s) => s.url?.endsWith('/section-front') === true && settled(s),
        30_000,
      );
      expect(next.status).toBe('not-article');
      expect(await h.badgeText(tabId)).toBe('');
      await tab.close();
    });
  });
}
