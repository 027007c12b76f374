// Extraction off the page's main thread in Firefox (issue 23): an ordinary article and the same article under a
// Content-Security-Policy that refuses blob: workers both get their report, and the same one (the first through the
// content script's worker, the second read in place). The Chromium spec also watches the worker start and end.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../lib/types.js';
import { PLAIN, NO_WORKERS, SCRIPT_SELF } from '../../specs/extract-worker.js';
import type { FirefoxSuite } from '../suite.js';

export function extractWorkerSpecs(get: () => FirefoxSuite): void {
  describe('extraction in a worker (issue 23)', () => {
    it.each([
      ["worker-src 'none'", NO_WORKERS],
      ["script-src 'self'", SCRIPT_SELF],
    ])('reads a page whose policy is %s in place, as the worker reads it without one', async (_, path) => {
      const reports: Report[] = [];
      for (const p of [PLAIN, path]) {
        const { tab, state } = await get().openTab(p);
        expect(state.status).toBe('ready');
        if (state.status === 'ready') reports.push({ ...state.report, article: { ...state.report.article, url: null } });
        await tab.close();
      }
      expect(reports[0]!.article.title).toBe('Harbour bridge works delayed again, council says');
      expect(reports[1]).toEqual(reports[0]);
    });
  });
}
