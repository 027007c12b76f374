// Per-tab state in storage.session: the service worker can die between a page's extraction and the popup asking,
// so nothing a page needs is kept only in memory. The storage area is passed in (fake in unit tests).
import type { TabState } from './protocol.js';

/** The part of storage.session used here (same shape in Chrome, Firefox and WXT's fake browser). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';
const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;

/** The page without its fragment: "#comments" is the same article, a new path or query is not. */
export function pageKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export function createTabStore(area: SessionArea) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const got = await area.get(keyOf(tabId));
      return (got[keyOf(tabId)] as TabState | undefined) ?? null;
    },
    async set(tabId: number, state: TabState): Promise<void> {
      await area.set({ [keyOf(tabId)]: state });
    },
    /**
     * Writes `state` only if the tab still shows the page it is about. An answer that arrives after the reader
     * navigated away must not overwrite the new page's state (and its badge). Returns whether it was written.
     */
    async setIfCurrent(tabId: number, state: TabState, currentUrl: string | null | undefined): Promise<boolean> {
      if (currentUrl !== undefined && pageKey(currentUrl) !== pageKey(state.url)) return false;
      await area.set({ [keyOf(tabId)]: state });
      return true;
    },
    async remove(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
    /** Tab ids with a stored state (to re-run tabs that waited for the index). */
    async all(): Promise<Map<number, TabState>> {
      const got = await area.get(null);
      const out = new Map<number, TabState>();
      for (const [k, v] of Object.entries(got)) {
        if (k.startsWith(PREFIX)) out.set(Number(k.slice(PREFIX.length)), v as TabState);
      }
      return out;
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
