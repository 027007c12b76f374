// The popup's critical path: which tab, and the answer the background stored for it in storage.session, read
// straight from the browser (no polyfill, no message to the service worker, which may be asleep). Started by
// the first module the page evaluates, so the two storage round trips overlap with loading the rest.
import { createTabStore, pageKey } from '../ext/tab-state.js';
import type { TabState } from '../ext/protocol.js';
import type { ExtApi, TabInfo } from './ext-api.js';
import type { TabTarget } from './connector-types.js';

export interface FirstAnswer {
  target: TabTarget;
  /** Null when the background has no finished answer for the page the tab now shows. */
  state: TabState | null;
}

/** The tab a page shows: the explicit one (?tabId=) or the active tab of this window; null if none. */
export async function currentTab(api: ExtApi, explicit: number | null): Promise<TabTarget | null> {
  if (explicit !== null) {
    const tab = await api.tabs.get(explicit).catch(() => null);
    return { tabId: explicit, windowId: tab?.windowId ?? null };
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, windowId: tab.windowId ?? null };
}

/** A stored state is an answer for the tab only when finished and about the page the tab now shows (a late
 *  answer for a page left behind is not); while in progress the background is the authority. */
function finishedFor(state: TabState | null, tab: TabInfo | null): TabState | null {
  if (!state || !tab || state.status === 'waiting' || state.status === 'index-loading') return null;
  return pageKey(tab.url ?? tab.pendingUrl) === pageKey(state.url) ? state : null;
}

/** The state stored for a tab and the tab itself, read at once (a tab that is gone reads as null). */
function storedAndTab(api: ExtApi, tabId: number): Promise<[TabState | null, TabInfo | null]> {
  return Promise.all([createTabStore(api.storage.session).get(tabId), api.tabs.get(tabId).catch(() => null)]);
}

/** The stored answer for a tab, or null (see finishedFor). */
export async function peekTabState(api: ExtApi, tabId: number): Promise<TabState | null> {
  const [state, tab] = await storedAndTab(api, tabId).catch(() => [null, null] as const);
  return finishedFor(state, tab);
}

/**
 * Tab and stored answer for the first render, in as few round trips as the browser allows: for an explicit tab
 * the tab and its state are read at once; for the active tab, the state once the tab is known. Never rejects:
 * a failure is "no first answer", and the page asks the background as usual.
 */
export async function readFirstAnswer(api: ExtApi, explicit: number | null): Promise<FirstAnswer | null> {
  try {
    let tab: TabInfo | null;
    let state: TabState | null;
    let tabId: number;
    if (explicit !== null) {
      tabId = explicit;
      [state, tab] = await storedAndTab(api, tabId);
    } else {
      const [active] = await api.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return null;
      [tab, tabId] = [active, active.id];
      state = await createTabStore(api.storage.session).get(tabId);
    }
    return { target: { tabId, windowId: tab?.windowId ?? null }, state: finishedFor(state, tab) };
  } catch {
    return null;
  }
}

/** Handed from the popup's first script (entrypoints/popup-start.ts, its own bundle) to the popup's modules. */
const KEY = '__parallaxFirstAnswer';
type Holder = { [KEY]?: Promise<FirstAnswer | null> };
export const startedFirstAnswer = {
  set(answer: Promise<FirstAnswer | null>): void {
    (globalThis as Holder)[KEY] = answer;
  },
  /** The read started by the first script, or undefined when it did not run (mock pages, other pages). */
  take(): Promise<FirstAnswer | null> | undefined {
    const answer = (globalThis as Holder)[KEY];
    delete (globalThis as Holder)[KEY];
    return answer;
  },
};
