// Pages open from before install get their answer without a reload: a second Chromium opens the seed page with
// no extension, then the extension is installed (harness/install-later.ts). Only the background's onInstalled
// injection can put the content script in that page; the answer is read from storage.session and the badge,
// never by asking the background about the tab (asking injects on demand, a second path covered by
// tests/unit/ext/inject.test.ts). The page is checked not to have reloaded. An update (old content script
// orphaned) runs the same onInstalled listener; this suite does not reload the extension (Chromium drops a
// command-line extension on chrome.runtime.reload), so that path rests on the unit test of the listener.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/ext/protocol.js';
import { countOutlets } from '../../../lib/ui/coverage.js';
import { waitFor } from '../harness/extension.js';
import { launchWithoutExtension } from '../harness/install-later.js';
import { settled, type Suite } from '../harness/suite-context.js';

declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export function installInjectionSpecs(get: () => Suite): void {
  describe('after install', () => {
    it('a seed page open from before gets its answer and badge without a reload', async () => {
      const bare = await launchWithoutExtension();
      try {
        const page = await bare.context.newPage();
        const url = get().server.url('/news/putin-kursk-install.html');
        await page.goto(url);
        await page.evaluate(() => Object.assign(window, { parallaxTestMarker: 'loaded before install' }));

        const id = await bare.install();
        const probe = await bare.context.newPage();
        await probe.goto(`chrome-extension://${id}/options.html`);
        await page.bringToFront();
        const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
        expect(tabId).toBeGreaterThan(0);
        const stored = () =>
          probe.evaluate(
            async (t) => ((await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] as TabState | undefined) ?? null,
            tabId,
          );
        // A fresh profile: the index loads first (the page waits in 'index-loading' and is read again after).
        const state = await waitFor('the injected script’s answer', stored, (s) => s !== null && settled(s), 170_000);
        expect(state!.status).toBe('ready');
        if (state!.status !== 'ready') return;
        expect(state!.report.match.status).toBe('matched');
        const others = countOutlets(state!.report).others;
        expect(await probe.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId)).toBe(String(others));
        expect(await page.evaluate(() => (window as { parallaxTestMarker?: string }).parallaxTestMarker)).toBe(
          'loaded before install',
        );
      } finally {
        await bare.close();
      }
    }, 240_000);
  });
}
