// What every spec of the Firefox suite shares: one firefox-esr with the add-on (started once: the index loads once),
// the same page server and pages as the Chromium suite, and helpers on tab state.
import type { IndexInfo, TabState } from '../../../lib/ext/protocol.js';
import { waitFor } from '../harness/extension.js';
import { servePages, type PageServer } from '../harness/server.js';
import { settled, suitePages } from '../harness/suite-context.js';
import { workerPages } from '../specs/extract-worker.js';
import { launchFirefox, type FirefoxHarness, type Tab } from './harness.js';

/** The popup page's body is the popup as the toolbar shows it (theme.css .popup-body: 360 px wide). */
export const POPUP = { element: 'body' };
/** The side panel page at about a sidebar's width. */
export const PANEL_WIDTH = 420;

export interface FirefoxSuite {
  h: FirefoxHarness;
  server: PageServer;
  seed: ReturnType<typeof suitePages>['seed'];
  stateOf(tabId: number): Promise<TabState>;
  /** Opens a served page in a new tab and waits until the background has an answer for it. */
  openTab(path: string): Promise<{ tab: Tab; tabId: number; state: TabState }>;
  /** Waits until `css` matches in the tab (an extension page rendering its answer). */
  waitForElement(tab: Tab, css: string, timeoutMs?: number): Promise<void>;
}

export async function startFirefoxSuite(): Promise<FirefoxSuite> {
  const { pages, seed } = suitePages();
  const worker = workerPages();
  const server = await servePages({ ...pages, ...worker.pages }, { headers: worker.headers });
  const t0 = Date.now();
  let h: FirefoxHarness;
  try {
    h = await launchFirefox();
  } catch (e) {
    await server.close();
    throw e;
  }
  const t1 = Date.now();
  try {
    const info = await waitFor(
      'the bundled index',
      () => h.ask<IndexInfo>('uiGetIndexInfo'),
      (i) => i.state === 'ready' || i.state === 'error',
      150_000,
    );
    console.log(
      `firefox up with the add-on in ${t1 - t0} ms; bundled index (${JSON.stringify(info.counts)}) loaded ${Date.now() - t1} ms later`,
    );
    if (info.state !== 'ready') throw new Error(`index not loaded: ${info.message}`);
  } catch (e) {
    // The entry's afterAll has no suite to close when this fails: Firefox would outlive the test run.
    await h.close();
    await server.close();
    throw e;
  }
  const stateOf = (tabId: number) => h.ask<TabState>('uiGetTabState', { tabId });
  return {
    h,
    server,
    seed,
    stateOf,
    openTab: async (path) => {
      const url = server.url(path);
      const tab = await h.openWebTab(url);
      const tabId = await h.tabIdOf(url);
      return { tab, tabId, state: await waitFor(`${path} to be checked`, () => stateOf(tabId), settled) };
    },
    waitForElement: async (tab, css, timeoutMs = 20_000) => {
      await waitFor(
        `${css} in ${tab.handle}`,
        () => tab.run<boolean>('return document.querySelector(arguments[0]) !== null', css),
        (found) => found,
        timeoutMs,
      );
    },
  };
}
