// Tab lifecycle: a new page in a tab starts with a cleared badge and a 'waiting' state (the old page's answer must
// not be shown for the new one); a fragment change or a reload of the same page changes nothing, so the badge
// does not flicker; a closed tab's state is dropped.
import { applyBadge } from '../badge.js';
import { pageKey } from '../tab-state.js';
import type { BgServices } from './services.js';

export async function onTabUrlChanged(s: BgServices, tabId: number, url: string): Promise<void> {
  const stored = await s.tabs.get(tabId);
  if (stored && pageKey(stored.url) === pageKey(url)) return;
  await applyBadge(s.badge, tabId, '');
  if (/^https?:/i.test(url)) await s.tabs.set(tabId, { status: 'waiting', url });
  else await s.tabs.remove(tabId);
}

export async function onTabClosed(s: BgServices, tabId: number): Promise<void> {
  await s.tabs.remove(tabId);
}

/** Tabs that were waiting for the index are read again once it is loaded. */
export async function rerunTabsWaitingForIndex(s: BgServices): Promise<void> {
  for (const [tabId, state] of await s.tabs.all()) {
    if (state.status !== 'index-loading') continue;
    await s.tabs.set(tabId, { status: 'waiting', url: state.url });
    await s.toTab.extractAgain(tabId).catch(() => s.tabs.remove(tabId));
  }
}

/** After an update is applied, every answered page is read again: its event may have new coverage, or it may now
 * match one (a "no known coverage" page whose event arrived). The old answer stays until the new one replaces it. */
export async function recheckAnsweredTabs(s: BgServices): Promise<void> {
  for (const [tabId, state] of await s.tabs.all()) {
    if (state.status !== 'ready') continue;
    await s.toTab.extractAgain(tabId).catch(() => undefined);
  }
}
