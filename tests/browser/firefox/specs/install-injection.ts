// Pages open from before install get their answer without a reload, in Firefox too (as
// tests/browser/specs/install-injection.ts in Chromium): a second firefox-esr opens the seed page, then the add-on
// is installed. Firefox, unlike Chromium, also runs the manifest's content script in open pages at install, so the
// page gets two copies (that one and the background's onInstalled injection); the newer stops the older through
// the isolated world's own global (lib/ext/content/lifecycle.ts), and the answer must still be the page's one
// report. The page is told nothing: WXT's start announcement, which a page could forge (issue 23), is off. Read from storage.session and the
// badge, never by asking the background about the tab (asking injects on demand, a second path); the page is
// checked not to have reloaded.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../../lib/ext/protocol.js';
import { countOutlets } from '../../../../lib/ui/coverage.js';
import { waitFor } from '../../harness/extension.js';
import { settled } from '../../harness/suite-context.js';
import { launchFirefox, type Tab } from '../harness.js';
import type { FirefoxSuite } from '../suite.js';

export function installInjectionSpecs(get: () => FirefoxSuite): void {
  describe('after install', () => {
    it('a seed page open from before gets its answer and badge without a reload', async () => {
      const url = get().server.url('/news/putin-kursk-install.html');
      let page: Tab | null = null;
      const h = await launchFirefox({
        beforeInstall: async (open) => {
          page = await open(url);
          // WXT would announce each copy of the content script with a window message: the page must see none.
          await page.run(`window.parallaxTestMarker = 'loaded before install';
            window.parallaxScriptStarts = 0;
            window.addEventListener('message', (e) => { if (String(e.data?.type).endsWith('wxt:content-script-started')) window.parallaxScriptStarts++; });`);
        },
      });
      try {
        const tabId = await h.tabIdOf(url);
        const stored = () =>
          h.probe.run<TabState | null>(
            'const key = "tab:" + arguments[0]; return browser.storage.session.get(key).then((r) => r[key] ?? null)',
            tabId,
          );
        // A fresh profile: the index loads first (the page waits in 'index-loading' and is read again after).
        const state = await waitFor('the injected script’s answer', stored, (s) => s !== null && settled(s), 170_000);
        expect(state!.status).toBe('ready');
        if (state!.status !== 'ready') return;
        expect(state!.report.match.status).toBe('matched');
        expect(await h.badgeText(tabId)).toBe(String(countOutlets(state!.report).others));
        expect(await page!.run('return window.parallaxTestMarker')).toBe('loaded before install');
        expect(await page!.run('return window.parallaxScriptStarts')).toBe(0);
      } finally {
        await h.close();
      }
    }, 240_000);
  });
}
