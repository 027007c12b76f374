// The update path in Firefox (issue 18, item 6): the add-on subscribes to a publisher served on 127.0.0.1, applies
// its snapshot, then a delta that brings the open page's event (patched into the index), and the popup's freshness
// line says how current the coverage is. The index the options spec imported is set back to the bundled one first:
// an imported index stays until the reader goes back (updates apply to the bundled one).
import { describe, expect, it } from 'vitest';
import type { ImportResult, IndexInfo, UpdatesInfo } from '../../../../lib/ext/protocol.js';
import { waitFor } from '../../harness/extension.js';
import {
  LATER_PATH,
  laterEventOps,
  laterPage,
  PINNED_AT,
  pinStoredTimes,
  updatesPublisher,
} from '../../harness/update-fixtures.js';
import { serveUpdates } from '../../harness/update-server.js';
import { POPUP, type FirefoxSuite } from '../suite.js';

const SLOW = 300_000;
const text = (css: string) => `return document.querySelector(${JSON.stringify(css)})?.textContent ?? null`;

export function updateSpecs(get: () => FirefoxSuite): void {
  describe('updates from a subscribed publisher', () => {
    it(
      'subscribes, applies the snapshot and a delta, matches the open page and shows the freshness line',
      async () => {
        const { h, openTab, stateOf, waitForElement } = get();
        if ((await h.ask<IndexInfo>('uiGetIndexInfo')).source === 'imported')
          expect((await h.ask<ImportResult>('uiUseBundledIndex')).ok).toBe(true);
        const srv = await serveUpdates(await updatesPublisher());
        try {
          const { tab, tabId, state } = await openTab(LATER_PATH);
          expect(state.status === 'ready' && state.report.match.status).toBe('none');
          const before = (await h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles;

          await h.ask<UpdatesInfo>('uiSubscribe', { url: srv.manifestUrl, key: srv.publisher.publicKey });
          const sub = async () => (await h.ask<UpdatesInfo>('uiGetUpdates')).subscriptions[0];
          await waitFor('the snapshot applied', sub, (s) => s?.applied?.sequence === 1, 180_000);
          expect((await h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles).toBe(before! + 1);

          await srv.publisher.publishDelta(await laterEventOps(laterPage().article));
          const info = await h.ask<UpdatesInfo>('uiCheckUpdates');
          expect(info.subscriptions[0]).toMatchObject({ error: null, applied: { sequence: 2 } });
          const matched = await waitFor(
            'the page matched',
            () => stateOf(tabId),
            (s) => s.status === 'ready' && s.report.match.status === 'matched',
            180_000,
          );
          expect(matched.status === 'ready' && matched.report.coverage.map((c) => c.outlet)).toEqual(
            expect.arrayContaining(['Wire Desk']),
          );
          expect(Number(await h.badgeText(tabId))).toBeGreaterThan(0);

          // The updater's stored times pinned to one fixed moment: the screenshot shows a date, the same every run.
          await h.probe.run(`return (${pinStoredTimes.toString()})(arguments[0])`, PINNED_AT);
          const popup = await h.openExtensionTab(`popup.html?tabId=${tabId}`);
          await waitForElement(popup, '[data-testid="freshness"]');
          expect(await popup.run<string>(text('[data-testid="freshness"]'))).toMatch(
            /^Coverage up to .*: [\d,]+ articles from [\d,]+ outlets · updates checked/,
          );
          await popup.screenshot('popup-freshness', POPUP);
          await popup.close();
          await tab.close();
          // Nothing of the page read went to the update server: the same requests as any reader's, no cookie.
          for (const r of srv.requests) {
            expect(r.url).not.toMatch(/update-later|news/);
            expect(r.headers.cookie).toBeUndefined();
          }
          await h.ask<UpdatesInfo>('uiUnsubscribe', { id: info.subscriptions[0]!.id });
        } finally {
          await srv.close();
        }
      },
      SLOW,
    );
  });
}
