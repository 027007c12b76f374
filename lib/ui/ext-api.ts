// The few extension APIs the pages call directly, taken from the browser's own global (Chrome MV3's `chrome` and
// Firefox's `browser` both return promises) instead of webextension-polyfill: the polyfill is 19 kB of the
// pages' shared chunk, and the popup's first answer must not wait for it to load (issue 6: open → answer ≤ 50 ms).
// Messages to the background still go through lib/ext/protocol.ts, loaded after the first render.
import type { SessionArea } from '../ext/tab-state.js';

export interface TabInfo {
  id?: number;
  windowId?: number;
  url?: string;
  pendingUrl?: string;
}

interface Listenable<F> {
  addListener(f: F): void;
  removeListener(f: F): void;
}

export interface ExtApi {
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(q: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
    onActivated: Listenable<(info: { tabId: number; windowId: number }) => void>;
    onUpdated: Listenable<(tabId: number, change: { status?: string; url?: string }, tab: TabInfo) => void>;
  };
  storage: { session: SessionArea };
  runtime: { openOptionsPage(): Promise<void> };
  /** Chrome only (116+). */
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  /** Optional host permissions ("collect it yourself" asks one feed site at a time). */
  permissions?: { request(p: { origins: string[] }): Promise<boolean> };
  /** Firefox only. */
  sidebarAction?: { open(): Promise<void> };
}

/** Firefox's `browser`, else Chrome's `chrome` (a page of ours always has one of them). */
export function extApi(): ExtApi {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as ExtApi;
}
