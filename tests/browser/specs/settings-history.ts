// Settings and reading history through the real background: a denied site is not read (and says so), auto-run off
// leaves pages alone until asked, and the pages read so far are in the history, exportable and clearable. Shared by
// the Chromium and Firefox suites: it needs only protocol messages, the badge and opening a served page.
import { describe, expect, it } from 'vitest';
import type { HistoryInfo, Settings, TabState } from '../../../lib/ext/protocol.js';
import { waitFor, type Harness } from '../harness/extension.js';
import type { PageServer } from '../harness/server.js';

/** What these specs use of either suite. */
export interface MessagingSuite {
  h: Pick<Harness, 'ask' | 'badgeText'>;
  server: PageServer;
  stateOf(tabId: number): Promise<TabState>;
  openTab(path: string): Promise<{ tabId: number; state: TabState }>;
}

export function settingsHistorySpecs(get: () => MessagingSuite): void {
  describe('settings and history', () => {
    it('records the articles read, exports them as JSON and clears them', async () => {
      const { h } = get();
      const history = await h.ask<HistoryInfo>('uiGetHistory');
      expect(history.enabled).toBe(true);
      // The seed page was read by the earlier specs; its outlet is the one the page names.
      expect(history.entries.some((e) => e.outlet === 'Naharnet' && e.eventId !== null)).toBe(true);
      const exported = await h.ask<{ fileName: string; json: string }>('uiExportHistory');
      expect(exported.fileName).toMatch(/^parallax-history-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(exported.json).entries.length).toBe(history.entries.length);
      await h.ask('uiClearHistory');
      expect((await h.ask<HistoryInfo>('uiGetHistory')).entries).toEqual([]);
    });

    it('leaves a denied site alone, and checks it once when asked', async () => {
      const { h, server, openTab, stateOf } = get();
      const host = new URL(server.origin).host;
      const saved = await h.ask<Settings>('uiSetSettings', { denySites: [host] });
      expect(saved.denySites).toEqual([host]);
      try {
        const { tabId, state } = await openTab('/news/putin-kursk.html?denied');
        expect(state.status).toBe('disabled');
        expect(await h.badgeText(tabId)).toBe('');
        await h.ask('uiRecheckTab', { tabId });
        const after = await waitFor(
          'the page checked on request',
          () => stateOf(tabId),
          (s) => s.status === 'ready',
        );
        expect(after.status).toBe('ready');
      } finally {
        await h.ask('uiSetSettings', { denySites: [] });
      }
    });
  });
}
