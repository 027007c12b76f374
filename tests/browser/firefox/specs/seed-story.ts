// The seed story in Firefox, held to the Chromium suite's reading (tests/browser/specs/seed-story.ts): seed 001 as a
// news page is matched with at least three other outlets and the Kursk recapture disputed with Ukraine's denial;
// the badge, the popup and the side panel say so; the real toolbar popup and the real sidebar (SidebarController)
// show the active tab's answer; clicking a claim's highlight button marks it in the article. axe-core finds no
// serious violation in the popup and side panel, light or dark.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../../../lib/ext/protocol.js';
import type { Report } from '../../../../lib/types.js';
import { countOutlets } from '../../../../lib/ui/coverage.js';
import { waitFor } from '../../harness/extension.js';
import { isKurskRecapture, ukraineDenies } from '../../harness/seed-claims.js';
import { readyReport } from '../../harness/suite-context.js';
import { darkToo, seriousViolations } from '../a11y.js';
import { SIDEBAR_ID, type Tab } from '../harness.js';
import { PANEL_WIDTH, POPUP, type FirefoxSuite } from '../suite.js';

/** What the real sidebar shows, read from its document through browser.extension.getViews (null while closed). */
interface SidebarView {
  tabId: number | null;
  eventTitle: string | null;
  outlets: number;
  busy: boolean;
}

export function seedStorySpecs(get: () => FirefoxSuite): void {
  describe('seed 001 as a news page', () => {
    let seed: { tab: Tab; tabId: number; state: TabState };
    let report: Report;
    beforeAll(async () => {
      seed = await get().openTab('/news/putin-kursk.html');
      report = readyReport(seed.state);
    });

    it('is matched, with at least three other outlets and the Kursk recapture disputed with Ukraine’s denial', async () => {
      expect(report.match.status).toBe('matched');
      expect(countOutlets(report).others).toBeGreaterThanOrEqual(3);
      const disputed = report.claims.filter((c) => c.status === 'disputed' && isKurskRecapture(c));
      expect(disputed.length, JSON.stringify(report.claims.map((c) => [c.status, c.text]))).toBeGreaterThan(0);
      expect(disputed.some((c) => c.deniedBy.length > 0 && ukraineDenies(c))).toBe(true);
      expect(await get().h.badgeText(seed.tabId)).toBe(String(countOutlets(report).others));
    });

    it('popup shows the outlet count and the disputed Kursk claim', async () => {
      const { h, waitForElement } = get();
      const popup = await h.openExtensionTab(`popup.html?tabId=${seed.tabId}`);
      await waitForElement(popup, '[data-testid="outlet-count"]');
      const seen = await popup.run<{ count: string; disputed: string[]; tallies: number }>(
        `const q = (id) => Array.from(document.querySelectorAll('[data-testid="' + id + '"]'));
         return { count: q('outlet-count')[0].textContent, disputed: q('disputed-claim').map((e) => e.textContent),
                  tallies: ['single-source', 'corroborated', 'omissions', 'framing'].filter((k) => q('tally-' + k).length === 1).length };`,
      );
      expect(Number(/(\d+) other outlet/.exec(seen.count)?.[1] ?? 0)).toBeGreaterThanOrEqual(3);
      expect(
        seen.disputed.some((t) => /kursk/i.test(t) && /denied/i.test(t)),
        seen.disputed.join('\n'),
      ).toBe(true);
      expect(seen.tallies).toBe(4);
      await popup.screenshot('popup-seed-001', POPUP);
      expect(await seriousViolations(popup)).toEqual([]);
      expect(await darkToo(popup, h.colorScheme, 'popup-seed-001', POPUP)).toEqual([]);
      await popup.close();
    });

    it('the real toolbar popup shows the active tab’s answer', async () => {
      const { h } = get();
      await seed.tab.select();
      // The add-on's own API, as the toolbar button does it; the popup is a panel of the browser window, not a tab,
      // so it is read through browser.extension.getViews like the sidebar (a screenshot of it is taken in a tab).
      expect(await h.probe.run('return browser.browserAction.openPopup().then(() => "opened")')).toBe('opened');
      try {
        const count = await waitFor(
          'the popup’s outlet count',
          () =>
            h.probe.run<string | null>(
              `const popup = browser.extension.getViews({ type: 'popup' })[0];
             return popup?.document.querySelector('[data-testid="outlet-count"]')?.textContent ?? null;`,
            ),
          (t) => t !== null,
          20_000,
        );
        expect(count).toMatch(new RegExp(`^${countOutlets(report).others} other outlet`));
      } finally {
        await h.chrome('for (const panel of document.querySelectorAll("panel")) if (panel.state === "open") panel.hidePopup();');
      }
    });

    it('side panel page shows coverage and the claim with who denies; its highlight button marks the article', async () => {
      const { h, waitForElement } = get();
      const panel = await h.openExtensionTab(`sidepanel.html?tabId=${seed.tabId}`);
      await waitForElement(panel, '[data-testid="coverage"]');
      const seen = await panel.run<{ items: number; stances: (string | null)[]; claims: string[]; deniedBy: string[] }>(
        `const event = document.querySelector('[data-testid="coverage-this-event"]');
         const claims = Array.from(document.querySelectorAll('[data-testid="claims-disputed"] [data-testid="claim"]'));
         return { items: event.querySelectorAll('[data-testid="coverage-item"]').length,
                  stances: Array.from(event.querySelectorAll('[data-testid="coverage-stance"]')).map((s) => s.getAttribute('data-stance')),
                  claims: claims.map((c) => c.textContent),
                  deniedBy: claims.map((c) => c.querySelector('[data-testid="denied-by"]')?.textContent?.trim() ?? '') };`,
      );
      expect(seen.items).toBeGreaterThanOrEqual(3);
      expect(seen.stances.length).toBeGreaterThanOrEqual(2);
      for (const s of seen.stances) expect(['related', 'unrelated']).toContain(s);
      const i = seen.claims.findIndex((t) => /kursk/i.test(t));
      expect(i, seen.claims.join('\n')).toBeGreaterThanOrEqual(0);
      expect(seen.deniedBy[i]!.length).toBeGreaterThan(0);
      await panel.screenshot('sidepanel-seed-001', { width: PANEL_WIDTH });
      expect(await seriousViolations(panel)).toEqual([]);
      expect(await darkToo(panel, h.colorScheme, 'sidepanel-seed-001', { width: PANEL_WIDTH })).toEqual([]);
      // The claim's own button, clicked for real: the background asks the article's content script to mark it.
      const hasButton = await panel.run<boolean>(
        `const claim = document.querySelectorAll('[data-testid="claims-disputed"] [data-testid="claim"]')[arguments[0]];
         const button = claim.querySelector('[data-testid="highlight-claim"]');
         if (button) button.setAttribute('data-under-test', '');
         return !!button;`,
        i,
      );
      if (hasButton) {
        await panel.click('[data-under-test]');
        await waitFor(
          'a highlight in the article',
          () => seed.tab.run<number>('return document.querySelectorAll("mark.parallax-highlight").length'),
          (n) => n > 0,
          15_000,
        );
      }
      await panel.close();
    });

    it('the real sidebar opens beside the article and shows its answer', async () => {
      const { h } = get();
      await seed.tab.select();
      await h.chrome('SidebarController.show(arguments[0])', SIDEBAR_ID);
      const view = () =>
        h.probe.run<SidebarView | null>(
          `const panel = browser.extension.getViews({ type: 'sidebar' })[0];
           const q = (id) => panel?.document.querySelector('[data-testid="' + id + '"]');
           if (!panel || !q('sidepanel')) return null;
           const tab = q('sidepanel').getAttribute('data-tab-id');
           return { tabId: tab ? Number(tab) : null, eventTitle: q('event-title')?.textContent ?? null,
                    outlets: panel.document.querySelectorAll('[data-testid="coverage-this-event"] [data-testid="coverage-item"]').length,
                    busy: q('sidepanel').getAttribute('aria-busy') === 'true' };`,
        );
      const shown = await waitFor(
        'the sidebar to show the seed page’s answer',
        view,
        (v) => v?.tabId === seed.tabId && v.eventTitle !== null && !v.busy,
        30_000,
      );
      expect(shown!.outlets).toBeGreaterThanOrEqual(3);
      expect(
        await h.chrome<boolean>('return SidebarController.isOpen && SidebarController.currentID === arguments[0]', SIDEBAR_ID),
      ).toBe(true);
      await h.windowScreenshot('sidebar-seed-001');
      await h.chrome('SidebarController.hide()');
    });
  });
}
