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
  /** Ask the background to read the tab again, then show its new answer. */
  recheck: () => void;
}

const POLL_MS = 500;
const noop = (): void => undefined;
const BUSY = new Set<TabState['status']>(['waiting', 'index-loading']);

export function useTabState(explicitTabId: number | null, follow: boolean): TabView {
  const connector = useConnector();
  const [view, setView] = useState<Omit<TabView, 'refresh' | 'recheck'>>({ target: null, state: null, failure: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (target: TabTarget, state: TabState): void => {
      performance.mark('parallax-state-received');
      // Keep a window id learnt meanwhile for the same tab (needed to open the side panel).
      setView((v) => ({ target: v.target?.tabId === target.tabId && v.target.windowId !== null ? v.target : target, state, failure: null }));
    };
    const load = async (): Promise<void> => {
      try {
        const target = explicitTabId !== null ? { tabId: explicitTabId, windowId: null } : await connector.currentTab(null);
        if (!alive) return;
        if (!target) {
          setView({ target: null, state: null, failure: 'No tab to check.' });
          return;
        }
        if (explicitTabId !== null) {
          void connector.currentTab(explicitTabId).then((t) => alive && t && setView((v) => ({ ...v, target: t })), noop);
        }
        // Fast path: the answer the background stored, shown at once without waiting for the service worker
        // (the popup's open → answer time is measured); the background's own answer replaces it when it comes.
        let answered = false;
        void connector.peekTabState(target.tabId).then((peeked) => alive && peeked && !answered && show(target, peeked), noop);
        const state = await connector.getTabState(target.tabId);
        answered = true;
        if (!alive) return;
        show(target, state);
        if (BUSY.has(state.status)) timer = setTimeout(() => void load(), POLL_MS);
      } catch (e) {
        // A stored answer already on screen stays; otherwise say the background did not answer.
        if (alive) setView((v) => (v.state ? v : { ...v, failure: e instanceof Error ? e.message : String(e) }));
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

  const refresh = (): void => setGeneration((g) => g + 1);
  const recheck = (): void => {
    if (view.target) void connector.recheck(view.target.tabId).then(refresh, refresh);
  };
  return { ...view, refresh, recheck };
}
