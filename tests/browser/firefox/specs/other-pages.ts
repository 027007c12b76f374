// The states other than a match, in Firefox: a news page about another event shows "no known coverage" and no
// badge, a section front the not-an-article state; the options page shows the loaded index, refuses a file that is
// not an index (keeping the loaded one), and imports a real index file chosen in its file input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexInfo } from '../../../../lib/ext/protocol.js';
import { waitFor } from '../../harness/extension.js';
import { darkToo, seriousViolations } from '../a11y.js';
import { firefoxExtensionDir } from '../harness.js';
import { POPUP, type FirefoxSuite } from '../suite.js';
import { SCREENSHOT_DAY, SET_HISTORY_DATES_SCRIPT } from '../../harness/history-dates.js';

const text = (css: string) => `return document.querySelector(${JSON.stringify(css)})?.textContent ?? null`;

export function otherPageSpecs(get: () => FirefoxSuite): void {
  describe('other pages', () => {
    it('a news page about another event shows "no known coverage" and no badge', async () => {
      const { h, openTab, waitForElement } = get();
      const { tab, tabId, state } = await openTab('/news/other-event.html');
      expect(state.status === 'ready' && state.report.match.status).toBe('none');
      expect(await h.badgeText(tabId)).toBe('');
      const popup = await h.openExtensionTab(`popup.html?tabId=${tabId}`);
      await waitForElement(popup, '[data-testid="no-coverage"]');
      expect(await popup.run<string>(text('[data-testid="no-coverage"]'))).toMatch(/no known coverage/i);
      await popup.screenshot('popup-no-coverage', POPUP);
      await popup.close();
      await tab.close();
    });

    it('a section front shows the not-an-article state', async () => {
      const { h, openTab, waitForElement } = get();
      const { tab, tabId, state } = await openTab('/world/');
      expect(state.status).toBe('not-article');
      const popup = await h.openExtensionTab(`popup.html?tabId=${tabId}`);
      await waitForElement(popup, '[data-testid="state-not-article"]');
      await popup.screenshot('popup-not-article', POPUP);
      await popup.close();
      await tab.close();
    });
  });

  describe('options and index import', () => {
    it('shows the loaded index; a file that is not an index is refused and the index kept; a real index file imports', async () => {
      const { h, waitForElement } = get();
      const options = await h.openExtensionTab('options.html');
      await waitFor(
        'the index state',
        () => options.run<string | null>(text('[data-testid="index-state"]')),
        (t) => /ready/.test(t ?? ''),
        20_000,
      );
      // The history's month is a fixed day, not the month the suite runs in; the real dates come back after.
      const realDates = await options.run<Record<string, string>>(SET_HISTORY_DATES_SCRIPT, SCREENSHOT_DAY);
      await options.run('location.reload()');
      await waitFor(
        'the fixed month in the history',
        () => options.run<string | null>(text('[data-testid="opt-history"]')).catch(() => null),
        (t) => /May 2025/.test(t ?? ''),
        20_000,
      );
      await options.screenshot('options');
      expect(await seriousViolations(options)).toEqual([]);
      expect(await darkToo(options, h.colorScheme, 'options')).toEqual([]);

      const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
      try {
        const before = await h.ask<IndexInfo>('uiGetIndexInfo');
        const notes = join(dir, 'notes.json');
        writeFileSync(notes, '{"not": "an index"}\n');
        await options.chooseFile('[data-testid="index-file"]', notes);
        await waitForElement(options, '[data-testid="import-error"]');
        expect(await options.run<string>(text('[data-testid="import-error"]'))).toMatch(/current index is kept/i);
        expect(await h.ask<IndexInfo>('uiGetIndexInfo')).toEqual(before);
        await options.screenshot('options-import-refused', { element: '[data-testid="opt-index"]' });
        await options.run<Record<string, string>>(SET_HISTORY_DATES_SCRIPT, realDates);

        // The add-on's own bundled index, chosen as a file: the same content, now marked as imported.
        // Unsigned: checked whole, then loaded only once the reader confirms, and called unverified.
        await options.chooseFile('[data-testid="index-file"]', join(firefoxExtensionDir, 'generated/index.json.gz'));
        await waitForElement(options, '[data-testid="import-confirm-yes"]', 120_000);
        await options.run('document.querySelector(\'[data-testid="import-confirm-yes"]\').click()');
        await waitForElement(options, '[data-testid="import-done"]', 120_000);
        const after = await h.ask<IndexInfo>('uiGetIndexInfo');
        expect(after).toMatchObject({
          state: 'ready',
          source: 'imported',
          trust: { kind: 'unverified' },
          contentHash: before.contentHash,
          counts: before.counts,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await options.close();
      }
      // Its two waits of up to 120 s each (a whole check, then the load) fit, so a slow import fails at the step
      // that stalled, by name, instead of at the test's own timeout (seen once in a clean-clone CI run).
    }, 300_000);
  });
}
