// The real connector: typed messages to the background (lib/ext/protocol.ts) and the tabs API for "which tab".
import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '../ext/protocol.js';
import { createTabStore, pageKey } from '../ext/tab-state.js';
import type { Connector, TabTarget } from './connector-types.js';

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

/** Chrome's side panel API, absent from the polyfill's types and from Firefox. */
function chromeSidePanel(): SidePanelApi | null {
  const chrome = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome;
  return chrome?.sidePanel?.open ? chrome.sidePanel : null;
}

async function currentTab(explicit: number | null): Promise<TabTarget | null> {
  if (explicit !== null) {
    const tab = await browser.tabs.get(explicit).catch(() => null);
    return { tabId: explicit, windowId: tab?.windowId ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, windowId: tab.windowId ?? null };
}

function onTabsChanged(callback: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number }): void => callback(info.tabId);
  const updated = (tabId: number, change: { status?: string; url?: string }): void => {
    if (change.status === 'complete' || change.url) callback(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

function openSidePanel(target: TabTarget): boolean {
  const panel = chromeSidePanel();
  if (panel) {
    // windowId opens the window-wide panel, which then follows the active tab (the panel listens to tab changes).
    const options = target.windowId !== null ? { windowId: target.windowId } : { tabId: target.tabId };
    panel.open(options).catch((e: unknown) => console.warn('Parallax: side panel did not open', e));
    return true;
  }
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    sidebar.open().catch((e: unknown) => console.warn('Parallax: sidebar did not open', e));
    return true;
  }
  return false;
}

async function peekTabState(tabId: number): Promise<TabState | null> {
  const [state, tab] = await Promise.all([
    createTabStore(browser.storage.session).get(tabId).catch(() => null),
    browser.tabs.get(tabId).catch(() => null),
  ]);
  if (!state || !tab || state.status === 'waiting' || state.status === 'index-loading') return null;
  return pageKey(tab.url) === pageKey(state.url) ? state : null;
}

export function createConnector(): Connector {
  return {
    currentTab,
    onTabsChanged,
    openSidePanel,
    openOptions: () => browser.runtime.openOptionsPage(),
    getTabState: (tabId) => sendMessage('uiGetTabState', { tabId }),
    peekTabState,
    recheck: (tabId) => sendMessage('uiRecheckTab', { tabId }),
    getIndexInfo: () => sendMessage('uiGetIndexInfo', undefined),
    highlight: (tabId, sentence) => sendMessage('uiHighlightInTab', { tabId, sentence }),
    getOutletProfiles: (domains) => sendMessage('uiGetOutletProfiles', { domains }),
    getSettings: () => sendMessage('uiGetSettings', undefined),
    setSettings: (patch) => sendMessage('uiSetSettings', patch),
    getHistory: () => sendMessage('uiGetHistory', undefined),
    clearHistory: () => sendMessage('uiClearHistory', undefined),
    exportHistory: () => sendMessage('uiExportHistory', undefined),
    clearHighlight: (tabId) => sendMessage('uiClearHighlightInTab', { tabId }),
    useBundledIndex: () => sendMessage('uiUseBundledIndex', undefined),
    reportFeedback: (report) => sendMessage('uiReportFeedback', report),
    getFeedback: () => sendMessage('uiGetFeedback', undefined),
    importIndex: (name, text) => sendMessage('uiImportIndex', { name, text }),
  };
}
