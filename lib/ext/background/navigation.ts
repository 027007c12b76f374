// Tab lifecycle: a new page in a tab starts with a cleared badge and a 'waiting' state (the old page's answer must
// not be shown for the new one); a fragment change or a reload of the same page changes nothing, so the badge
// does not flicker; a closed tab's state is dropped.
import { hold, release } from '../../index/pace.js';
import { applyBadge } from '../badge.js';
import { pageKey } from '../tab-state.js';
import type { TabState } from '../protocol.js';
import type { BgServices } from './services.js';

/** The key a tab's check holds long jobs under (lib/index/pace.ts): from its navigation to its answer, an update's
 * apply steps aside so the page is read and answered as fast as at rest. */
export const checkKey = (tabId: number): string => `tab:${tabId}`;

export async function onTabUrlChanged(s: BgServices, tabId: number, url: string): Promise<void> {
  if (/^https?:/i.test(url)) {
    if (!(await s.tabs.startWaiting(tabId, url, s.now().getTime()))) return;
    hold(checkKey(tabId));
    await applyBadge(s.badge, tabId, '');
    return;
  }
  const stored = await s.tabs.get(tabId);
  if (stored && pageKey(stored.url) === pageKey(url)) return;
  await applyBadge(s.badge, tabId, '');
  release(checkKey(tabId));
  await s.tabs.remove(tabId);
}

export async function onTabClosed(s: BgServices, tabId: number): Promise<void> {
  release(checkKey(tabId));
  await s.tabs.forget(tabId);
}

/** Tabs that were waiting for the index are read again once it is loaded. */
export async function rerunTabsWaitingForIndex(s: BgServices): Promise<void> {
  for (const [tabId, state] of await s.tabs.all()) {
    if (state.status !== 'index-loading') continue;
    await s.tabs.set(tabId, { status: 'waiting', url: state.url, since: s.now().getTime() });
    await s.toTab.extractAgain(tabId).catch(() => s.tabs.remove(tabId));
  }
}

/** A worker stopped while it checked a page's answer lost it: on restart the page is asked again, and its answer
 *  is checked by this worker (issue 23: 3 of 12 tabs stayed "waiting" after the worker was stopped). */
export async function resumeAnalyses(s: BgServices): Promise<void> {
  for (const [tabId, state] of await s.tabs.all()) {
    if (state.status !== 'waiting' || !state.analysing) continue;
    await s.tabs.set(tabId, { status: 'waiting', url: state.url, since: s.now().getTime() });
    await s.toTab.extractAgain(tabId).catch(() => undefined);
  }
}

/** How long a page may stay "waiting" before the wait ends in an error with a retry. Reading a page takes a
 *  second or two; the content script waits up to 3 s for idle, a single-page site 1 s more to settle. */
export const WAIT_LIMIT_MS = 20_000;

/** The state to show: a wait past WAIT_LIMIT_MS becomes an error the reader can retry. */
export function boundedWait(state: TabState, now: number): TabState {
  if (state.status !== 'waiting' || state.since === undefined || now - state.since <= WAIT_LIMIT_MS) return state;
  return {
    status: 'error',
    url: state.url,
    message: `The page gave no answer within ${WAIT_LIMIT_MS / 1000} seconds. Try again, or reload the page.`,
  };
}

/** After an update is applied, every answered page is read again: its event may have new coverage, or it may now
 * match one (a "no known coverage" page whose event arrived). The old answer stays until the new one replaces it. */
export async function recheckAnsweredTabs(s: BgServices): Promise<void> {
  for (const [tabId, state] of await s.tabs.all()) {
    if (state.status !== 'ready') continue;
    await s.toTab.extractAgain(tabId).catch(() => undefined);
  }
}
