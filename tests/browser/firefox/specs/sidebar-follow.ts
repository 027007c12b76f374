// The real sidebar follows the active tab in Firefox (as the side panel does in Chromium,
// tests/browser/specs/side-panel-follow.ts): a seed page (matched) and a page about another event (no coverage) in
// one window, switched as the tab strip does; once the sidebar is on the new tab it never shows the old one's event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../harness/extension.js';
import { SIDEBAR_ID, type Tab } from '../harness.js';
import type { FirefoxSuite } from '../suite.js';

interface SidebarView {
  tabId: number | null;
  eventTitle: string | null;
  noCoverage: boolean;
  busy: boolean;
}

export function sidebarFollowSpecs(get: () => FirefoxSuite): void {
  describe('the sidebar following the active tab', () => {
    let seed: { tab: Tab; tabId: number };
    let other: { tab: Tab; tabId: number };
    const view = () =>
      get().h.probe.run<SidebarView | null>(
        `const panel = browser.extension.getViews({ type: 'sidebar' })[0];
         const q = (id) => panel?.document.querySelector('[data-testid="' + id + '"]');
         if (!panel || !q('sidepanel')) return null;
         const tab = q('sidepanel').getAttribute('data-tab-id');
         return { tabId: tab ? Number(tab) : null, eventTitle: q('event-title')?.textContent ?? null,
                  noCoverage: q('no-coverage') !== null, busy: q('sidepanel').getAttribute('aria-busy') === 'true' };`,
      );

    beforeAll(async () => {
      const s = get();
      seed = await s.openTab('/news/putin-kursk-follow.html');
      other = await s.openTab('/news/other-event-follow.html');
      await seed.tab.select();
      await s.h.chrome('SidebarController.show(arguments[0])', SIDEBAR_ID);
    });

    afterAll(async () => {
      await get().h.chrome('SidebarController.hide()');
      await seed.tab.close();
      await other.tab.close();
    });

    it('shows the seed page’s event, then "no known coverage" for the other tab, and back, with no stale answer', async () => {
      const matched = (v: SidebarView | null) => v !== null && v.eventTitle !== null && !v.noCoverage && !v.busy;
      const first = await waitFor(
        'the seed page’s answer in the sidebar',
        view,
        (v) => v?.tabId === seed.tabId && matched(v),
        30_000,
      );
      await other.tab.select();
      const seen: (SidebarView | null)[] = [];
      const onOther = (v: SidebarView | null) => v?.tabId === other.tabId && v.noCoverage && v.eventTitle === null && !v.busy;
      await waitFor(
        'the other page’s answer in the sidebar',
        async () => (seen.push(await view()), seen.at(-1)!),
        onOther,
        30_000,
      );
      expect(
        seen.filter((v) => v?.tabId === other.tabId && v.eventTitle !== null),
        JSON.stringify(seen),
      ).toEqual([]);
      // The sidebar alone: the page beside it is a real one that hides itself (an A/B-testing snippet's
      // opacity: 0) until scripts from elsewhere load, which never happens offline.
      await get().h.windowScreenshot('sidebar-no-coverage', '#sidebar-box');
      await seed.tab.select();
      const back = await waitFor('the seed page’s answer again', view, (v) => v?.tabId === seed.tabId && matched(v), 30_000);
      expect(back!.eventTitle).toBe(first!.eventTitle);
    });
  });
}
