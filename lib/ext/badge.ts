// The toolbar badge: the number of other outlets on a matched page, nothing elsewhere. The number is the popup's
// own count (countOutlets in lib/outlets/count.ts), so the badge and "N other outlets" can never disagree.
import { countOutlets } from '../outlets/count.js';
import type { TabState } from './protocol.js';

/** "" clears the badge. More than 99 outlets would not fit the badge, and the exact figure is in the popup. */
export function badgeText(state: TabState | null): string {
  if (!state || state.status !== 'ready' || state.report.match.status !== 'matched') return '';
  const n = countOutlets(state.report).others;
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

/** The subset of the action API used (chrome.action in MV3, browserAction in Firefox MV2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** A calm blue, readable with the badge's white text (contrast 5.9:1). */
export const BADGE_COLOR = '#2457a6';

/** Sets the tab's badge; a tab closed meanwhile is not an error worth reporting. */
export async function applyBadge(api: BadgeApi, tabId: number, text: string): Promise<void> {
  try {
    if (text) await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await api.setBadgeText({ tabId, text });
  } catch {
    // The tab is gone: nothing to show.
  }
}
