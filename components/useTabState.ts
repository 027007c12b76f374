// The state of the tab a page shows, kept fresh: polled while the background is still working (it never pushes),
// and re-queried when the reader switches tab or the tab navigates (the side panel follows the active tab).
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../lib/ext/protocol.js';
import type { TabTarget } from '../lib/ui/connector-types.js';
import { useConnector } from './ConnectorContext.js';

export interface TabView {
  target: TabTarget | null;
  state: TabState | null;
  /** The background did not answer (e.g. not started yet); the page offers a retry. */
  failure: string | null;
  refresh: () => void;
}

const POLL_MS = 500;
const BUSY = new Set<TabState['status']>(['waiting', 'index-loading']);

export function useTabState(explicitTabId: number | null, follow: boolean): TabView {
  const connector = useConnector();
  const [view, setView] = useState<Omit<TabView, 'refresh'>>({ target: null, state: null, failure: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      try {
        let target: TabTarget | null;
        let state: TabState;
        if (explicitTabId !== null) {
          // The tab is known: ask for its state at once (the popup's answer time is measured) and learn its
          // window (only needed to open the side panel) alongside.
          target = { tabId: explicitTabId, windowId: null };
          void connector.currentTab(explicitTabId).then(
            (t) => alive && t && setView((v) => ({ ...v, target: t })),
            () => undefined,
          );
          state = await connector.getTabState(explicitTabId);
        } else {
          target = await connector.currentTab(null);
          if (!alive) return;
          if (!target) {
            setView({ target: null, state: null, failure: 'No tab to check.' });
            return;
          }
          state = await connector.getTabState(target.tabId);
        }
        if (!alive) return;
        performance.mark('parallax-state-received');
        setView((v) => ({ target: v.target?.tabId === target.tabId && v.target.windowId !== null ? v.target : target, state, failure: null }));
        if (BUSY.has(state.status)) timer = setTimeout(() => void load(), POLL_MS);
      } catch (e) {
        if (alive) setView((v) => ({ ...v, failure: e instanceof Error ? e.message : String(e) }));
      }
    };
    void load();
    const unsubscribe = follow
      ? connector.onTabsChanged((tabId) => {
          if (explicitTabId !== null && tabId !== explicitTabId) return;
          clearTimeout(timer);
          void load();
        })
      : () => undefined;
    return () => {
      alive = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [connector, explicitTabId, follow, generation]);

  return { ...view, refresh: () => setGeneration((g) => g + 1) };
}
