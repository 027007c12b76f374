// Numbers that disagree, in real Chromium, on a real report (issue 5): an AllSides article served as a page matches
// its event by content, and the popup and side panel list the same conflicting figures, each with its outlet, that the Node
// pipeline finds for it. The seed story has no such conflict, so this is the suite's look at the section.
import { describe, expect, it } from 'vitest';
import { screenshot, waitFor } from '../harness/extension.js';
import { PANEL, POPUP, readyReport, type Suite } from '../harness/suite-context.js';

export function numbersSpecs(get: () => Suite): void {
  describe('a real AllSides article whose outlets give different figures', () => {
    it('shows the numbers that disagree, with their outlets, in the popup and the side panel', async () => {
      const { tabId, state } = await get().openTab('/news/real-numbers.html');
      const report = readyReport(state);
      expect(report.match.status).toBe('matched');
      expect(report.match.method).not.toBe('url');
      const expected = get().numbers.expected;
      expect(report.numbers.map((n) => n.what)).toEqual(expected.map((n) => n.what));

      const popup = await get().openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
      const tally = popup.getByTestId('tally-numbers');
      await tally.waitFor();
      const line = (await tally.textContent()) ?? '';
      expect(line).toContain(report.numbers[0]!.what);
      for (const v of report.numbers[0]!.values.slice(0, 3)) expect(line).toContain(v.text);
      await screenshot(popup, 'popup-real-numbers');
      await popup.close();

      const panel = await get().openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL);
      const section = panel.getByTestId('numbers');
      await section.waitFor();
      const text = (await section.textContent()) ?? '';
      for (const n of report.numbers) {
        expect(text).toContain(n.what);
        // Every value is shown with the outlet that printed it and the sentence it is in.
        for (const v of n.values) {
          expect(text).toContain(v.text);
          expect(text).toContain(v.quote);
        }
      }
      expect(new Set(report.numbers[0]!.values.map((v) => v.value)).size).toBeGreaterThan(1);
      // Haiti's toll: all three outlets' figures, the AP's "Officials in Haiti raised the death toll … to 1,941" too.
      expect(new Set(report.numbers[0]!.values.map((v) => v.outlet)).size).toBe(3);
      // The claim its outlets' figures were grouped under says that they differ.
      expect(report.claims.some((c) => c.id === report.numbers[0]!.claimId)).toBe(true);
      const differ = panel.getByTestId('claim-figures-differ').first();
      await differ.waitFor();
      expect(await differ.textContent()).toContain(`Figures differ on ${report.numbers[0]!.what}`);
      await section.scrollIntoViewIfNeeded();
      await screenshot(panel, 'sidepanel-real-numbers');
      // This page's own figure is one side of the conflict: the panel shows it in the page.
      const own = report.numbers.flatMap((n) => n.values).filter((v) => v.sentenceInArticle);
      expect(own.length).toBeGreaterThan(0);
      expect(await section.getByTestId('highlight-number').count()).toBe(own.length);
      await section.getByTestId('highlight-number').first().click();
      const page = get()
        .h.context.pages()
        .find((p) => p.url().endsWith('/news/real-numbers.html'))!;
      await waitFor(
        'the figure highlighted in the article',
        () => page.locator('mark.parallax-highlight').count(),
        (n) => n > 0,
        10_000,
      );
      const marked = await page.locator('mark.parallax-highlight').allTextContents();
      expect(marked.join('')).toContain(own[0]!.text);
      await panel.close();
    });
  });
}
