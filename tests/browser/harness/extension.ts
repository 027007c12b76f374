// Launches Debian Chromium with the built extension (playwright-core), finds its id from the service worker, and
// gives the specs what they need: raw protocol messages from an extension page, tab ids, badge text, screenshots.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { projectRoot } from '../../../lib/node/paths.js';
import { chromiumPath } from './chromium.js';

/** The few extension APIs the specs call inside the browser (the project has no @types/chrome). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

// PARALLAX_EXT_DIR: another build to compare with (e.g. the popup benchmark against an older commit's build).
export const extensionDir = resolve(projectRoot, process.env.PARALLAX_EXT_DIR ?? '.output/chrome-mv3');
export const screenshotDir = resolve(projectRoot, 'tests/browser/screenshots');

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker as now running (a new one after stopWorker and the next message). */
  worker(): Promise<Worker>;
  /** Stops the service worker as Chrome does when it idles (CDP Target.closeTarget): memory is gone. */
  stopWorker(opts?: { waitGone?: boolean }): Promise<void>;
  extensionId: string;
  extUrl(path: string): string;
  /** An extension page used to send protocol messages as the UI does. */
  probe: Page;
  ask<T = unknown>(type: string, data?: unknown): Promise<T>;
  tabIdOf(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** The last console lines of the extension's pages and service worker, oldest first (for a failure's message). */
  consoleTail(n?: number): string[];
  close(): Promise<void>;
}

/** Console lines kept for consoleTail: enough for the minutes before a failure, small enough to print. */
const CONSOLE_KEEP = 200;

export function requireBuild(): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run \`npm run build\` first (npm test does)`);
  }
}

/** Outlets' hosts that Chromium resolves to 127.0.0.1 (and the route below lets through): a page served under one is
 *  that outlet by its own host, as on the real site, since a page's printed name never decides its identity. They are
 *  HSTS-preloaded, so the suite serves them over HTTPS with a throwaway certificate the context accepts. */
export const LOOPBACK_HOSTS = ['www.rt.com'];

/** `userDataDir` may be shared by the suite's files, run one after another, so the index is loaded once; `args`: more
 *  Chromium flags (the Chromium benches add a DevTools port to reach the service worker's own target). */
export async function launch(userDataDir?: string, opts: { args?: string[] } = {}): Promise<Harness> {
  requireBuild();
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: false, // the flag below selects Chromium's new headless mode, which runs extensions
    viewport: { width: 1200, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${LOOPBACK_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
      ...(opts.args ?? []),
    ],
  });
  await routeLocalOnly(context);
  const lines: string[] = [];
  const keep = (from: string, m: { type(): string; text(): string }): void => {
    lines.push(`${new Date().toISOString().slice(11, 23)} ${from} ${m.type()}: ${m.text().slice(0, 400)}`);
    if (lines.length > CONSOLE_KEEP) lines.splice(0, lines.length - CONSOLE_KEEP);
  };
  const listen = (w: Worker): void => void w.on('console', (m) => keep(`[worker ${new URL(w.url()).pathname}]`, m));
  context.serviceWorkers().forEach(listen);
  context.on('serviceworker', listen);
  context.on('console', (m) => {
    const url = m.page()?.url() ?? '';
    if (url.startsWith('chrome-extension://')) keep(`[${new URL(url).pathname}]`, m);
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
  const extUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const probe = await context.newPage();
  await probe.goto(extUrl('options.html'));

  const ask = async <T>(type: string, data?: unknown): Promise<T> => {
    const reply = (await probe.evaluate(
      ([t, d]) => chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: t, data: d, timestamp: Date.now() }),
      [type, data ?? null] as const,
    )) as { res?: T; err?: { message?: string } } | undefined;
    if (!reply) throw new Error(`no answer to ${type}`);
    if (reply.err) throw new Error(`${type}: ${reply.err.message ?? JSON.stringify(reply.err)}`);
    return reply.res as T;
  };

  return {
    context,
    worker,
    stopWorker: async (opts = {}) => {
      const cdp = await context.newCDPSession(probe);
      type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
      const ourWorker = async () =>
        ((await cdp.send('Target.getTargets')) as Targets).targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
      const sw = await ourWorker();
      if (!sw) throw new Error('extension service worker not found among CDP targets');
      await cdp.send('Target.closeTarget', { targetId: sw.targetId });
      // Pages still loading start a new worker at once (same target id): then the stop is all there is to wait for.
      if (opts.waitGone !== false) await waitFor('the worker to stop', ourWorker, (t) => t === undefined, 10_000);
      await cdp.detach();
    },
    extensionId,
    extUrl,
    probe,
    ask,
    tabIdOf: async (url) => {
      const id = await (
        await worker()
      ).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    badgeText: async (tabId) => (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    consoleTail: (n = 40) => lines.slice(-n),
    close: async () => {
      await context.close();
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The machine is offline and the test pages are ours: anything but 127.0.0.1 is refused at once instead of
 *  waiting on DNS (a real page from the benchmark links fonts, ads and scripts elsewhere). */
export async function routeLocalOnly(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || LOOPBACK_HOSTS.includes(host) ? route.continue() : route.abort();
  });
}

/** Polls `get` until `done` holds (or throws after `timeoutMs`, naming what was awaited and the last value). */
export async function waitFor<T>(what: string, get: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await get();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, mask: volatileParts(page), maskColor: MASK });
  return path;
}

/** Grey boxes over what changes from run to run, so a screenshot changes only when the UI does. */
export const MASK = '#b8b8b8';
/** What changes from run to run and is not the UI's doing: the update server's random port in the manifest address
 * (typed into the form, and listed) and the publisher's key beside it. The updater's wall-clock times are pinned by
 * the updates spec (update-fixtures.ts pinStoredTimes) rather than masked, so the screenshots show them. */
export function volatileParts(page: Page): Locator[] {
  return [page.locator('[data-testid=sub-url], [data-testid=subscription-url], [data-testid=subscription-key]')];
}
