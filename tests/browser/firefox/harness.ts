// The Firefox suite's browser: firefox-esr with the built add-on installed as a temporary add-on (Addon:Install),
// web pages opened in tabs with WebDriver:Navigate, and extension pages opened from the chrome context with the
// system principal (moz-extension:// cannot be navigated to from content). Each tab is driven by switching
// Marionette to it; scripts there see the page's own globals (`browser` in extension pages).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../../lib/node/paths.js';
import { ADDON_ID } from '../../../wxt.config.js';
import { screenshotDir, waitFor } from '../harness/extension.js';
import { EXTENSION_UUID, startFirefox, type FirefoxProcess } from './launch.js';
import type { Marionette } from './marionette.js';

export const firefoxExtensionDir = resolve(projectRoot, process.env.PARALLAX_FIREFOX_EXT_DIR ?? '.output/firefox-mv2');
/** The id Firefox gives the add-on's sidebar (ext-sidebarAction: the widget id, then "-sidebar-action"). */
export const SIDEBAR_ID = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
const WINDOW = { width: 1200, height: 900 };

/** A WebDriver element reference, as Marionette returns it. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export interface Tab {
  handle: string;
  /** Runs `script` (a function body; `arguments` holds `args`) in the tab's page and answers what it returns (awaited). */
  run<T>(script: string, ...args: unknown[]): Promise<T>;
  /** Makes it the window's active tab. */
  select(): Promise<void>;
  /** A real click (Marionette dispatches it as user input) on the first element matching `css`. */
  click(css: string): Promise<void>;
  /** Types a file's path into a file input, as choosing the file in the dialog does. */
  chooseFile(css: string, path: string): Promise<void>;
  /** Saves the whole page, or one element of it, as tests/browser/screenshots/firefox-<name>.png, with the window
   *  this wide if asked (Firefox keeps a window at least about 490 px wide). */
  screenshot(name: string, options?: { width?: number; element?: string }): Promise<string>;
  close(): Promise<void>;
}

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

function savePng(name: string, base64: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `firefox-${name}.png`);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
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

  let context: 'chrome' | 'content' = 'content';
  let current: string | null = null;
  const setContext = async (value: 'chrome' | 'content') => {
    if (context === value) return;
    await client.send('Marionette:SetContext', { value });
    context = value;
  };
  const chrome = async <T>(script: string, ...args: unknown[]): Promise<T> => {
    await setContext('chrome');
    return (await client.send('WebDriver:ExecuteScript', { script, args })).value as T;
  };
  // Commands go to the tab switched to; `select` also brings it to the front (a screenshot, a click, a sidebar
  // that follows the active tab), otherwise the tab the reader "looks at" stays as it was.
  const focus = async (handle: string, select = false) => {
    await setContext('content');
    if (current === handle && !select) return;
    await client.send('WebDriver:SwitchToWindow', { handle, focus: select });
    current = handle;
  };
  const handles = async () => {
    await setContext('content');
    return client.send('WebDriver:GetWindowHandles', {});
  };
  const find = async (css: string): Promise<string> => {
    const id = (await client.send('WebDriver:FindElement', { using: 'css selector', value: css })).value[ELEMENT_KEY];
    if (!id) throw new Error(`no element reference for ${css}`);
    return id;
  };

  const tab = (handle: string): Tab => ({
    handle,
    run: async <T>(script: string, ...args: unknown[]) => {
      await focus(handle);
      return (await client.send('WebDriver:ExecuteScript', { script, args })).value as T;
    },
    select: () => focus(handle, true),
    click: async (css) => {
      await focus(handle, true);
      await client.send('WebDriver:ElementClick', { id: await find(css) });
    },
    chooseFile: async (css, path) => {
      await focus(handle);
      await client.send('WebDriver:ElementSendKeys', { id: await find(css), text: path });
    },
    screenshot: async (name, { width, element } = {}) => {
      await focus(handle, true);
      if (width) await client.send('WebDriver:SetWindowRect', { width, height: WINDOW.height });
      try {
        const id = element ? await find(element) : undefined;
        return savePng(name, (await client.send('WebDriver:TakeScreenshot', { full: !id, hash: false, ...(id ? { id } : {}) })).value);
      } finally {
        if (width) await client.send('WebDriver:SetWindowRect', WINDOW);
      }
    },
    close: async () => {
      await focus(handle);
      // Marionette's commands need a current tab that still exists: move to one that is left.
      const left = await client.send('WebDriver:CloseWindow', {});
      current = null;
      if (left[0]) await focus(left[0]);
    },
  });

  const openWebTab = async (url: string): Promise<Tab> => {
    await setContext('content');
    const { handle } = await client.send('WebDriver:NewWindow', { type: 'tab', focus: true });
    await focus(handle, true);
    await client.send('WebDriver:Navigate', { url });
    return tab(handle);
  };

  await options.beforeInstall?.(openWebTab);
  const installed = await client.send('Addon:Install', { path: firefoxExtensionDir, temporary: true });
  if (installed.value !== ADDON_ID) throw new Error(`installed add-on has id ${installed.value}, expected ${ADDON_ID}`);

  const extUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const openExtensionTab = async (path: string): Promise<Tab> => {
    const before = await handles();
    await chrome(
      `const tab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
       gBrowser.selectedTab = tab;`,
      extUrl(path),
    );
    const after = await waitFor('the extension page’s tab', handles, (hs) => hs.length > before.length, 15_000);
    const t = tab(after.find((h) => !before.includes(h))!);
    // A new tab holds about:blank (already "complete") until the extension page replaces it.
    const loaded = () => t.run<boolean>('return location.href === arguments[0] && document.readyState === "complete"', extUrl(path));
    await waitFor(`${path} to load`, loaded, (done) => done, 30_000);
    return t;
  };

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
    openWebTab,
    openExtensionTab,
    probe,
    ask,
    tabIdOf: async (url) => {
      const id = await probe.run<number>('return browser.tabs.query({}).then((ts) => ts.find((t) => t.url === arguments[0])?.id ?? -1)', url);
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    badgeText: (tabId) => probe.run<string>('return browser.browserAction.getBadgeText({ tabId: arguments[0] })', tabId),
    chrome,
    colorScheme: async (scheme) => {
      // 0 dark, 1 light: the override Firefox's own settings page writes for websites' appearance.
      await chrome('Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", arguments[0])', scheme === 'dark' ? 0 : 1);
    },
    windowScreenshot: async (name, element = '#browser') => {
      await setContext('chrome');
      // #browser holds the sidebar and the page, below the toolbars (whose address bar shows the server's random port).
      const id = await find(element);
      return savePng(name, (await client.send('WebDriver:TakeScreenshot', { id, hash: false })).value);
    },
    close: () => ff.close(),
  };
}
