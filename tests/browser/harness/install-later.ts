// A second Chromium for the one case the suite's browser cannot show: pages open BEFORE the extension is
// installed. It starts with no extension, the test opens its pages, then the built extension is installed
// through the DevTools protocol (Extensions.loadUnpacked, allowed by --enable-unsafe-extension-debugging).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from './chromium.js';
import { extensionDir, requireBuild, routeLocalOnly } from './extension.js';

export interface BareBrowser {
  context: BrowserContext;
  /** Installs the built extension now; answers its id. */
  install(): Promise<string>;
  close(): Promise<void>;
}

export async function launchWithoutExtension(): Promise<BareBrowser> {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bare-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: false, // the flag below selects Chromium's new headless mode, which runs extensions
    // Playwright's defaults disable extensions, which would leave the one installed later switched off.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--enable-unsafe-extension-debugging',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await routeLocalOnly(context);
  return {
    context,
    install: async () => {
      const browser = context.browser();
      if (!browser) throw new Error('no browser-level DevTools session to install the extension with');
      const cdp = await browser.newBrowserCDPSession();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
      await cdp.detach();
      return id;
    },
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
