// Driving Firefox's tabs over one Marionette session: commands go to the "current" tab, so each tab operation
// switches there first (without bringing the tab to the front unless it has to: a screenshot, a click, or a
// sidebar that follows the active tab). Extension pages cannot be navigated to from content; they are opened from
// the chrome context with the system principal, and then run scripts with `browser` like any page of the add-on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotDir, waitFor } from '../harness/extension.js';
import type { Marionette } from './marionette.js';

export const WINDOW = { width: 1200, height: 900 };
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

export function savePng(name: string, base64: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `firefox-${name}.png`);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

export class TabDriver {
  private context: 'chrome' | 'content' = 'content';
  private current: string | null = null;

  constructor(private readonly client: Marionette) {}

  /** Runs `script` in the browser window itself (chrome context: gBrowser, SidebarController, Services). */
  async chrome<T>(script: string, ...args: unknown[]): Promise<T> {
    await this.setContext('chrome');
    return (await this.client.send('WebDriver:ExecuteScript', { script, args })).value as T;
  }

  /** An element of the current context (chrome or the current tab's page) by CSS selector. */
  async find(css: string): Promise<string> {
    const id = (await this.client.send('WebDriver:FindElement', { using: 'css selector', value: css })).value[ELEMENT_KEY];
    if (!id) throw new Error(`no element reference for ${css}`);
    return id;
  }

  async setContext(value: 'chrome' | 'content'): Promise<void> {
    if (this.context === value) return;
    await this.client.send('Marionette:SetContext', { value });
    this.context = value;
  }

  /** Opens a web page in a new tab (brought to the front) and waits for it to load. */
  async openWebTab(url: string): Promise<Tab> {
    await this.setContext('content');
    const { handle } = await this.client.send('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.focus(handle, true);
    await this.client.send('WebDriver:Navigate', { url });
    return this.tab(handle);
  }

  /** Opens an extension page (moz-extension:// URL) in a new tab and waits for it to load. */
  async openExtensionTab(url: string): Promise<Tab> {
    const before = await this.handles();
    await this.chrome(
      `const tab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
       gBrowser.selectedTab = tab;`,
      url,
    );
    const after = await waitFor(
      'the extension page’s tab',
      () => this.handles(),
      (hs) => hs.length > before.length,
      15_000,
    );
    const t = this.tab(after.find((h) => !before.includes(h))!);
    // A new tab holds about:blank (already "complete") until the extension page replaces it.
    const loaded = () => t.run<boolean>('return location.href === arguments[0] && document.readyState === "complete"', url);
    await waitFor(`${url} to load`, loaded, (done) => done, 30_000);
    return t;
  }

  private async focus(handle: string, select = false): Promise<void> {
    await this.setContext('content');
    if (this.current === handle && !select) return;
    await this.client.send('WebDriver:SwitchToWindow', { handle, focus: select });
    this.current = handle;
  }

  private async handles(): Promise<string[]> {
    await this.setContext('content');
    return this.client.send('WebDriver:GetWindowHandles', {});
  }

  private tab(handle: string): Tab {
    const { client } = this;
    return {
      handle,
      run: async <T>(script: string, ...args: unknown[]) => {
        await this.focus(handle);
        return (await client.send('WebDriver:ExecuteScript', { script, args })).value as T;
      },
      select: () => this.focus(handle, true),
      click: async (css) => {
        await this.focus(handle, true);
        await client.send('WebDriver:ElementClick', { id: await this.find(css) });
      },
      chooseFile: async (css, path) => {
        await this.focus(handle);
        await client.send('WebDriver:ElementSendKeys', { id: await this.find(css), text: path });
      },
      screenshot: async (name, { width, element } = {}) => {
        await this.focus(handle, true);
        if (width) await client.send('WebDriver:SetWindowRect', { width, height: WINDOW.height });
        try {
          const id = element ? await this.find(element) : undefined;
          return savePng(
            name,
            (await client.send('WebDriver:TakeScreenshot', { full: !id, hash: false, ...(id ? { id } : {}) })).value,
          );
        } finally {
          if (width) await client.send('WebDriver:SetWindowRect', WINDOW);
        }
      },
      close: async () => {
        await this.focus(handle);
        // Marionette's commands need a current tab that still exists: move to one that is left.
        const left = await client.send('WebDriver:CloseWindow', {});
        this.current = null;
        if (left[0]) await this.focus(left[0]);
      },
    };
  }
}
