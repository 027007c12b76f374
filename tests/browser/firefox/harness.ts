// The Firefox suite's browser: firefox-esr with the built add-on installed as a temporary add-on (Addon:Install),
// an extension page to send protocol messages from (as the UI does), and what the specs read: tab ids, badges,
// the colour scheme, the window with its sidebar. Tabs themselves are driven by ./tabs.ts.
import { resolve } from 'node:path';
import { projectRoot } from '../../../lib/node/paths.js';
import { ADDON_ID } from '../../../wxt.config.js';
import { EXTENSION_UUID, startFirefox, type FirefoxProcess } from './launch.js';
import type { Marionette } from './marionette.js';
import { savePng, TabDriver, WINDOW, type Tab } from './tabs.js';

export type { Tab } from './tabs.js';

export const firefoxExtensionDir = resolve(projectRoot, process.env.PARALLAX_FIREFOX_EXT_DIR ?? '.output/firefox-mv2');
/** The id Firefox gives the add-on's sidebar (ext-sidebarAction: the widget id, then "-sidebar-action"). */
export const SIDEBAR_ID = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;

export interface FirefoxHarness {
  ff: FirefoxProcess;
  client: Marionette;
  extUrl(path: string): string;
  /** Opens a web page in a new tab and waits for it to load. */
  openWebTab(url: string): Promise<Tab>;
  /** Opens one of the add-on's pages in a new tab. */
  openExtensionTab(path: string): Promise<Tab>;
  /** The extension page the suite sends protocol messages from, as the UI does. */
  probe: Tab;
  ask<T = unknown>(type: string, data?: unknown): Promise<T>;
  tabIdOf(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Runs `script` in the browser window itself (chrome context: gBrowser, SidebarController, Services). */
  chrome<T>(script: string, ...args: unknown[]): Promise<T>;
  /** The colour scheme web and extension pages see (prefers-color-scheme), as the system's setting would set it. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** The browser window's sidebar and page (or another part of the window, by CSS selector), as
   *  tests/browser/screenshots/firefox-<name>.png. */
  windowScreenshot(name: string, element?: string): Promise<string>;
  close(): Promise<void>;
}

/** `beforeInstall` opens pages in the browser before the add-on is installed (pages a reader had open). */
export interface LaunchOptions {
  beforeInstall?: (openWebTab: (url: string) => Promise<Tab>) => Promise<void>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxHarness> {
  const ff = await startFirefox(ADDON_ID, WINDOW);
  try {
    return await setUp(ff, options);
  } catch (e) {
    await ff.close();
    throw e;
  }
}

async function setUp(ff: FirefoxProcess, options: LaunchOptions): Promise<FirefoxHarness> {
  const { client } = ff;
  await client.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });
  // Generous: the machine is shared, and the background's first answers wait on the index loading.
  await client.send('WebDriver:SetTimeouts', { script: 120_000, pageLoad: 60_000 });
  const tabs = new TabDriver(client);
  await options.beforeInstall?.((url) => tabs.openWebTab(url));
  const installed = await client.send('Addon:Install', { path: firefoxExtensionDir, temporary: true });
  if (installed.value !== ADDON_ID) throw new Error(`installed add-on has id ${installed.value}, expected ${ADDON_ID}`);

  const extUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const openExtensionTab = (path: string) => tabs.openExtensionTab(extUrl(path));
  const probe = await openExtensionTab('options.html');
  const ask = async <T>(type: string, data?: unknown): Promise<T> => {
    const reply = await probe.run<{ res?: T; err?: { message?: string } } | undefined>(
      'return browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: arguments[0], data: arguments[1], timestamp: Date.now() })',
      type,
      data ?? null,
    );
    if (!reply) throw new Error(`no answer to ${type}`);
    if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
    return reply.res as T;
  };

  return {
    ff,
    client,
    extUrl,
    openWebTab: (url) => tabs.openWebTab(url),
    openExtensionTab,
    probe,
    ask,
    tabIdOf: async (url) => {
      const id = await probe.run<number>(
        'return browser.tabs.query({}).then((ts) => ts.find((t) => t.url === arguments[0])?.id ?? -1)',
        url,
      );
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    badgeText: (tabId) => probe.run<string>('return browser.browserAction.getBadgeText({ tabId: arguments[0] })', tabId),
    chrome: (script, ...args) => tabs.chrome(script, ...args),
    colorScheme: async (scheme) => {
      // 0 dark, 1 light: the override Firefox's own settings page writes for websites' appearance.
      await tabs.chrome(
        'Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", arguments[0])',
        scheme === 'dark' ? 0 : 1,
      );
    },
    windowScreenshot: async (name, element = '#browser') => {
      await tabs.setContext('chrome');
      // #browser holds the sidebar and the page, below the toolbars (whose address bar shows the server's random port).
      const id = await tabs.find(element);
      return savePng(name, (await client.send('WebDriver:TakeScreenshot', { id, hash: false })).value);
    },
    close: () => ff.close(),
  };
}
