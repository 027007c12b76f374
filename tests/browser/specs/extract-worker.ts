// Extraction off the page's main thread (issue 23), in real Chromium: an ordinary article is read by a worker the
// content script starts in the tab (a blob: worker appears and is ended once it has answered), and a page whose
// Content-Security-Policy refuses blob: workers (worker-src 'none'; script-src 'self', which workers fall back to)
// still gets its report, read in place, the same as the worker's. Input delay is tests/bench/page-delay.ts's.
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/ext/protocol.js';
import { waitFor } from '../harness/extension.js';
import { hostileArticle } from '../harness/hostile-pages.js';
import { readyReport, settled, type Suite } from '../harness/suite-context.js';

export const PLAIN = '/worker/plain.html';
export const NO_WORKERS = '/worker/csp-worker-src-none.html';
export const SCRIPT_SELF = '/worker/csp-script-src-self.html';

/** The same article three times: served as is, and under two policies that refuse blob: workers. */
export function workerPages(): { pages: Record<string, string>; headers: Record<string, Record<string, string>> } {
  const html = hostileArticle({}, 31);
  return {
    pages: { [PLAIN]: html, [NO_WORKERS]: html, [SCRIPT_SELF]: html },
    headers: {
      [NO_WORKERS]: { 'content-security-policy': "worker-src 'none'" },
      [SCRIPT_SELF]: { 'content-security-policy': "script-src 'self'" },
    },
  };
}

/** Opens `path`, noting every worker the tab starts, and waits for the extension's answer. */
async function openWatched(get: () => Suite, path: string) {
  const { h, server, stateOf } = get();
  const page = await h.context.newPage();
  const workers: { url: string; closed: boolean }[] = [];
  page.on('worker', (w: Worker) => {
    const seen = { url: w.url(), closed: false };
    workers.push(seen);
    w.on('close', () => (seen.closed = true));
  });
  const url = server.url(path);
  await page.goto(url);
  const tabId = await h.tabIdOf(url);
  const state = await waitFor<TabState>(`${path} to be checked`, () => stateOf(tabId), settled);
  return { page, workers, state };
}

export function extractWorkerSpecs(get: () => Suite): void {
  describe('extraction in a worker (issue 23)', () => {
    it('reads an ordinary article in a worker started in the tab, and ends the worker after its answer', async () => {
      const { page, workers, state } = await openWatched(get, PLAIN);
      const report = readyReport(state);
      expect(report.article.title).toBe('Harbour bridge works delayed again, council says');
      expect(workers.map((w) => w.url)).toEqual([expect.stringMatching(new RegExp(`^blob:${get().server.origin}/`))]);
      await waitFor(
        'the worker to end',
        () => Promise.resolve(workers[0]!.closed),
        (closed) => closed,
        10_000,
      );
      await page.close();
    });

    it.each([
      ["worker-src 'none'", NO_WORKERS],
      ["script-src 'self'", SCRIPT_SELF],
    ])('reads a page whose policy is %s in place, with the same article', async (_, path) => {
      const inWorker = await openWatched(get, PLAIN);
      const inPage = await openWatched(get, path);
      expect(inPage.workers).toEqual([]);
      // The report carries no article text: what was made of it (claims, framing, match) stands in for it.
      const [a, b] = [readyReport(inWorker.state), readyReport(inPage.state)];
      expect(a.article.title).toBe('Harbour bridge works delayed again, council says');
      const made = (r: typeof a) => ({ ...r, article: { ...r.article, url: null } });
      expect(made(b)).toEqual(made(a));
      await Promise.all([inWorker.page.close(), inPage.page.close()]);
    });
  });
}
