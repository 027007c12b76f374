// Per-tab state in storage.session: the service worker can die between a page's extraction and the popup asking,
// so nothing a page needs is kept only in memory. The storage area is passed in (fake in unit tests).
import type { TabState } from './protocol.js';
import { turns } from './turns.js';

/** The part of storage.session used here (same shape in Chrome, Firefox and WXT's fake browser). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';
const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;
const bucketOf = (tabId: number): string => `history-rate:${tabId}`;

/** Reading history per tab: a bucket of HISTORY_BURST readings, one more every HISTORY_REFILL_MS. A page that
 *  changes its URL over and over (issue 23: 15 fake navigations, 15 entries in 20 s) cannot evict a reader's real
 *  history; a reader going through a few articles in a tab loses none. */
export const HISTORY_BURST = 3;
export const HISTORY_REFILL_MS = 5 * 60_000;

export interface Bucket {
  tokens: number;
  at: number;
}

/** Takes one reading from the bucket if it has one: the bucket after, and whether it was taken. */
export function takeToken(bucket: Bucket | undefined, now: number): { bucket: Bucket; taken: boolean } {
  const b = bucket ?? { tokens: HISTORY_BURST, at: now };
  const tokens = Math.min(HISTORY_BURST, b.tokens + Math.max(0, now - b.at) / HISTORY_REFILL_MS);
  return tokens >= 1 ? { bucket: { tokens: tokens - 1, at: now }, taken: true } : { bucket: { tokens, at: now }, taken: false };
}

/** The page without its fragment: "#comments" is the same article, a new path or query is not. */
export function pageKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export function createTabStore(area: SessionArea) {
  /** A tab's writes one after another: a read-then-write (startWaiting) must not interleave with another write. */
  const inTurn = turns<number>();
  const get = async (tabId: number): Promise<TabState | null> => {
    const got = await area.get(keyOf(tabId));
    return (got[keyOf(tabId)] as TabState | undefined) ?? null;
  };
  return {
    get,
    set: (tabId: number, state: TabState): Promise<void> => inTurn(tabId, () => area.set({ [keyOf(tabId)]: state })),
    /**
     * A navigation's "waiting", unless the tab already holds a state for that page: the content script's answer (a
     * denied site's "disabled") can be written between the navigation event's read and its write. Returns whether
     * it was written.
     */
    startWaiting: (tabId: number, url: string, since: number): Promise<boolean> =>
      inTurn(tabId, async () => {
        const stored = await get(tabId);
        if (stored && pageKey(stored.url) === pageKey(url)) return false;
        await area.set({ [keyOf(tabId)]: { status: 'waiting', url, since } satisfies TabState });
        return true;
      }),
    /**
     * Writes `state` only if the tab still shows the page it is about. An answer that arrives after the reader
     * navigated away must not overwrite the new page's state (and its badge). Returns whether it was written.
     */
    async setIfCurrent(tabId: number, state: TabState, currentUrl: string | null | undefined): Promise<boolean> {
      if (currentUrl !== undefined && pageKey(currentUrl) !== pageKey(state.url)) return false;
      await inTurn(tabId, () => area.set({ [keyOf(tabId)]: state }));
      return true;
    },
    remove: (tabId: number): Promise<void> => inTurn(tabId, () => area.remove(keyOf(tabId))),
    /** Whether this tab may add a reading to the history now (kept in storage.session: a worker restart keeps it). */
    async historyAllowed(tabId: number, now: number): Promise<boolean> {
      const key = bucketOf(tabId);
      return takeToken((await area.get(key))[key] as Bucket | undefined, now).taken;
    },
    /** Counts a reading the history took (a reload or a reading with history off costs nothing). */
    async historySpent(tabId: number, now: number): Promise<void> {
      const key = bucketOf(tabId);
      await area.set({ [key]: takeToken((await area.get(key))[key] as Bucket | undefined, now).bucket });
    },
    async forget(tabId: number): Promise<void> {
      await area.remove([keyOf(tabId), bucketOf(tabId)]);
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
