// The state of the tab a page shows, kept fresh: polled while the background is still working (it never pushes),
// and re-queried when the reader switches tab or the tab navigates (the side panel follows the active tab).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabState } from '../lib/ext/protocol.js';
import type { TabTarget } from '../lib/ui/connector-types.js';
import type { FirstAnswer } from '../lib/ui/first-answer.js';
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

/** `first`: the tab and stored answer read before mounting (the popup), shown in the first render. */
export function useTabState(explicitTabId: number | null, follow: boolean, first: FirstAnswer | null = null): TabView {
  const connector = useConnector();
  const [view, setView] = useState<Omit<TabView, 'refresh' | 'recheck'>>(() => ({
    target: first?.target ?? null,
    state: first?.state ?? null,
    failure: null,
  }));
  const [generation, setGeneration] = useState(0);
  // Used by the first load only: a later one (tab switch, refresh) reads afresh.
  const pending = useRef(first);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Loads overlap when the reader switches tabs quickly (or a poll is in flight): only the latest may show its
    // answer, or a slow answer for the tab left behind would replace the new tab's.
    let latest = 0;
    const show = (seq: number, target: TabTarget, state: TabState): void => {
      if (!alive || seq !== latest) return;
      performance.mark('parallax-state-received');
      // Keep a window id learnt meanwhile for the same tab (needed to open the side panel).
      setView((v) => ({
        target: v.target?.tabId === target.tabId && v.target.windowId !== null ? v.target : target,
        state,
        failure: null,
      }));
    };
    const load = async (): Promise<void> => {
      const seq = ++latest;
      try {
        const known = pending.current;
        pending.current = null;
        const target = known
          ? known.target
          : explicitTabId !== null
            ? { tabId: explicitTabId, windowId: null }
            : await connector.currentTab(null);
        if (!alive || seq !== latest) return;
        if (!target) {
          setView({ target: null, state: null, failure: 'No tab to check.' });
          return;
        }
        // Another tab now: its answer is not the one on screen, so the page goes back to its skeleton at once
        // rather than show the old tab's answer under the new tab.
        setView((v) => (v.target?.tabId === target.tabId ? v : { target, state: null, failure: null }));
        if (explicitTabId !== null && target.windowId === null) {
          void connector.currentTab(explicitTabId).then((t) => alive && t && setView((v) => ({ ...v, target: t })), noop);
        }
        // Fast path: the answer the background stored, shown at once without waiting for the service worker
        // (the popup's open → answer time is measured); the background's own answer replaces it when it comes.
        // Already done before mounting when `first` was given.
        let answered = false;
        if (!known)
          void connector.peekTabState(target.tabId).then((peeked) => peeked && !answered && show(seq, target, peeked), noop);
        const state = await connector.getTabState(target.tabId);
        answered = true;
        show(seq, target, state);
        if (alive && seq === latest && BUSY.has(state.status)) timer = setTimeout(() => void load(), POLL_MS);
      } catch (e) {
        // A stored answer already on screen stays; otherwise say the background did not answer.
        if (alive && seq === latest)
          setView((v) => (v.state ? v : { ...v, failure: e instanceof Error ? e.message : String(e) }));
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
