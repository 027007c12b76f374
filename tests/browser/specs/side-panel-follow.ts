// The real side panel (chrome.sidePanel, opened by the popup's button with a real click) follows the active tab:
// a seed page (matched) and a news page about another event (no coverage) in the same window, switched with
// page.bringToFront() and with tabs.update; the panel must show the newly active tab's answer, and once it is on
// the new tab (data-tab-id, set as soon as it hears of the switch) never the old tab's answer. The race where a
// late answer for the tab left behind overwrote the new one is pinned in tests/unit/components/
// sidepanel-follow.test.tsx, where the order of answers can be forced. The side panel is no tab, so Playwright
// has no page for it: its document is read through chrome.extension.getViews() from the harness's extension
// page, which shares its process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../harness/extension.js';
import type { Suite } from '../harness/suite-context.js';

declare const chrome: {
  extension: { getViews(): Window[] };
  tabs: { update(tabId: number, props: { active: boolean }): Promise<unknown> };
};

/** What the side panel shows: which of the answers' marks are in its document (null while it has none). */
interface PanelView {
  /** The tab the panel says it shows (it learns of a switch through tabs.onActivated, a moment after it). */
  tabId: number | null;
  eventTitle: string | null;
  noCoverage: boolean;
  busy: boolean;
}

export function sidePanelFollowSpecs(get: () => Suite): void {
  describe('side panel following the active tab', () => {
    const tabs = { seed: -1, other: -1 };
    let h: Suite['h'];
    const view = (): Promise<PanelView | null> =>
      h.probe.evaluate(() => {
        // The window-wide panel has no ?tabId (pages opened by other specs for one tab do).
        const panel = chrome.extension.getViews().find((w) => w.location.pathname === '/sidepanel.html' && !w.location.search);
        if (!panel) return null;
        const q = (id: string) => panel.document.querySelector(`[data-testid="${id}"]`);
        const tab = q('sidepanel')?.getAttribute('data-tab-id');
        return {
          tabId: tab ? Number(tab) : null,
          eventTitle: q('event-title')?.textContent ?? null,
          noCoverage: q('no-coverage') !== null,
          busy: q('sidepanel')?.getAttribute('aria-busy') === 'true',
        };
      });

    beforeAll(async () => {
      const s = get();
      h = s.h;
      tabs.seed = (await s.openTab('/news/putin-kursk-follow.html')).tabId;
      tabs.other = (await s.openTab('/news/other-event-follow.html')).tabId;
      // The popup's own button opens the panel for the window (a click is the user gesture Chrome requires).
      const popup = await h.context.newPage();
      await popup.goto(h.extUrl(`popup.html?tabId=${tabs.seed}`));
      await popup.getByTestId('open-side-panel').click();
      await waitFor('the side panel to open', view, (v) => v !== null, 15_000);
      await popup.close();
    });

    afterAll(async () => {
      // Chrome 141+ can close it; older ones keep it open, which harms no later spec.
      await h.probe.evaluate(async () => {
        const api = (
          globalThis as {
            chrome?: {
              sidePanel?: { close?: (o: { windowId: number }) => Promise<void> };
              windows: { getCurrent(): Promise<{ id: number }> };
            };
          }
        ).chrome;
        if (api?.sidePanel?.close)
          await api.sidePanel.close({ windowId: (await api.windows.getCurrent()).id }).catch(() => undefined);
      });
    });

    const page = (path: string) => h.context.pages().find((p) => p.url().endsWith(path))!;
    const matched = (v: PanelView | null) => v !== null && v.eventTitle !== null && !v.noCoverage && !v.busy;
    const none = (v: PanelView | null) => v !== null && v.noCoverage && v.eventTitle === null && !v.busy;

    it('shows the seed page’s event, then "no known coverage" for the other tab, and back, with no stale answer', async () => {
      await page('/news/putin-kursk-follow.html').bringToFront();
      const first = await waitFor(
        'the seed page’s answer in the panel',
        view,
        (v) => v?.tabId === tabs.seed && matched(v),
        15_000,
      );
      expect(first!.eventTitle!.length).toBeGreaterThan(0);

      await page('/news/other-event-follow.html').bringToFront();
      // Once the panel is on the new tab, every look at it is that tab's answer or the skeleton, never the old
      // event (before it hears of the switch, it rightly still shows the old tab).
      const seen: (PanelView | null)[] = [];
      const onOther = (v: PanelView | null) => v?.tabId === tabs.other && none(v);
      await waitFor('the other page’s answer in the panel', async () => (seen.push(await view()), seen.at(-1)!), onOther, 15_000);
      expect(
        seen.filter((v) => v?.tabId === tabs.other && v.eventTitle !== null),
        JSON.stringify(seen),
      ).toEqual([]);

      // tabs.update, as the browser's own tab strip does it.
      await h.probe.evaluate((id) => chrome.tabs.update(id, { active: true }), tabs.seed);
      await waitFor('the seed page’s answer again', view, (v) => v?.tabId === tabs.seed && matched(v), 15_000);
      expect((await view())!.eventTitle).toBe(first!.eventTitle);
    });
  });
}
