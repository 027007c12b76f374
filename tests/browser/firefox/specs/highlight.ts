// The highlight round trip in Firefox (as tests/browser/specs/plumbing.ts in Chromium): a sentence is marked across
// a link despite quote and space differences, a missing one is not found, and clearing restores the page exactly;
// a web page has no extension API to reach the add-on with.
import { describe, expect, it } from 'vitest';
import type { FirefoxSuite } from '../suite.js';

export function highlightSpecs(get: () => FirefoxSuite): void {
  describe('highlight', () => {
    it('marks a sentence across a link despite quote and space differences, and removes it cleanly', async () => {
      const { h, openTab } = get();
      const { tab, tabId } = await openTab('/highlight.html');
      const html = () => tab.run<string>('return document.body.innerHTML');
      const box = () =>
        tab.run<number[]>(
          'const r = document.getElementById("one").getBoundingClientRect(); return [r.x, r.y, r.width, r.height]',
        );
      const before = await html();
      const boxBefore = await box();
      const res = await h.ask<{ found: boolean }>('uiHighlightInTab', {
        tabId,
        sentence: 'The council said the "new bridge" would open next spring, officials confirmed on Monday.',
      });
      expect(res.found).toBe(true);
      const marked = await tab.run<string>(
        'return Array.from(document.querySelectorAll("mark.parallax-highlight")).map((m) => m.textContent).join("|")',
      );
      expect(marked).toBe('The council said the “new bridge” would open|next spring|, officials confirmed on Monday.');
      expect(await box()).toEqual(boxBefore);
      await tab.screenshot('highlight');
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
      expect(await html()).toBe(before);
      expect(
        await tab.run<string>(
          'return typeof globalThis.browser?.runtime?.sendMessage + " " + typeof globalThis.chrome?.runtime?.sendMessage',
        ),
      ).toBe('undefined undefined');
      await tab.close();
    });
  });
}
