// Tabs opened before Parallax was installed or updated have no content script (Chrome injects declared scripts
// only into pages loaded afterwards; an update orphans the old ones): on install and update, the content script
// is injected into every open web page, so a reader does not have to reload the article they were reading.
import type { BgServices } from './services.js';

export interface OpenTab {
  id?: number;
  url?: string;
  /** Chrome's memory saver: a discarded tab has no page to inject into, and loads the script itself when woken. */
  discarded?: boolean;
}

/** Which open tabs get the script: web pages only (the manifest's matches), not discarded ones. */
export function injectableTabs(tabs: OpenTab[]): number[] {
  return tabs.flatMap((t) => (t.id !== undefined && !t.discarded && /^https?:\/\//i.test(t.url ?? '') ? [t.id] : []));
}

/**
 * Injects into every injectable tab at once; a tab that refuses (the store, an error page, a policy-blocked
 * site) is skipped. Answers how many got the script. The injected script reads its page at idle as usual.
 */
export async function injectIntoOpenTabs(s: Pick<BgServices, 'openTabs' | 'toTab'>): Promise<number> {
  const ids = injectableTabs(await s.openTabs());
  const done = await Promise.allSettled(ids.map((id) => s.toTab.inject(id)));
  return done.filter((d) => d.status === 'fulfilled').length;
}
