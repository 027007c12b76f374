// The real connector: the tabs and storage APIs straight from the browser (lib/ui/ext-api.ts), and typed messages
// to the background (lib/ext/protocol.ts), whose module (the messaging library) is loaded
// on the first message, after the page's first render, so it is not on the popup's open → answer path.
import type { ImportStaging } from '../ext/import-staging.js';
import type { ProtocolMap } from '../ext/protocol.js';
import type { Connector, TabTarget } from './connector-types.js';
import { extApi, type ExtApi } from './ext-api.js';
import { currentTab, peekTabState } from './first-answer.js';

type Send = <K extends keyof ProtocolMap>(type: K, ...data: Parameters<ProtocolMap[K]>) => Promise<ReturnType<ProtocolMap[K]>>;

let messaging: Promise<Send> | null = null;
const send: Send = async (type, ...data) => {
  messaging ??= import('../ext/protocol.js').then(
    (m) =>
      (t, ...d) =>
        m.sendMessage(t, ...(d as [never])) as never,
  );
  return (await messaging)(type, ...data);
};

function onTabsChanged(api: ExtApi, callback: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number }): void => callback(info.tabId);
  const updated = (tabId: number, change: { status?: string; url?: string }): void => {
    if (change.status === 'complete' || change.url) callback(tabId);
  };
  api.tabs.onActivated.addListener(activated);
  api.tabs.onUpdated.addListener(updated);
  return () => {
    api.tabs.onActivated.removeListener(activated);
    api.tabs.onUpdated.removeListener(updated);
  };
}

function openSidePanel(api: ExtApi, target: TabTarget): boolean {
  if (api.sidePanel?.open) {
    // windowId opens the window-wide panel, which then follows the active tab (the panel listens to tab changes).
    const options = target.windowId !== null ? { windowId: target.windowId } : { tabId: target.tabId };
    api.sidePanel.open(options).catch((e: unknown) => console.warn('Parallax: side panel did not open', e));
    return true;
  }
  if (api.sidebarAction) {
    api.sidebarAction.open().catch((e: unknown) => console.warn('Parallax: sidebar did not open', e));
    return true;
  }
  return false;
}

/** Loaded and opened on first use: only the options page imports, and Dexie stays out of the popup's path. */
let staged: Promise<ImportStaging> | null = null;
const staging = () => (staged ??= import('../ext/import-staging.js').then((m) => m.importStaging(new m.ImportStagingDb())));

export function createConnector(api: ExtApi = extApi()): Connector {
  return {
    currentTab: (explicit) => currentTab(api, explicit),
    onTabsChanged: (callback) => onTabsChanged(api, callback),
    openSidePanel: (target) => openSidePanel(api, target),
    openOptions: () => api.runtime.openOptionsPage(),
    getTabState: (tabId) => send('uiGetTabState', { tabId }),
    peekTabState: (tabId) => peekTabState(api, tabId),
    recheck: (tabId) => send('uiRecheckTab', { tabId }),
    getIndexInfo: () => send('uiGetIndexInfo'),
    highlight: (tabId, sentence) => send('uiHighlightInTab', { tabId, sentence }),
    getOutletProfiles: (domains) => send('uiGetOutletProfiles', { domains }),
    getSettings: () => send('uiGetSettings'),
    setSettings: (patch) => send('uiSetSettings', patch),
    getHistory: () => send('uiGetHistory'),
    clearHistory: () => send('uiClearHistory'),
    exportHistory: () => send('uiExportHistory'),
    clearHighlight: (tabId) => send('uiClearHighlightInTab', { tabId }),
    useBundledIndex: () => send('uiUseBundledIndex'),
    reportFeedback: (report) => send('uiReportFeedback', report),
    getFeedback: () => send('uiGetFeedback'),
    stageImport: async (files) =>
      (await staging()).stage(
        files.map((f) => ({ name: f.name, blob: f })),
        new Date(),
      ),
    importIndex: (id, confirmUnsigned) => send('uiImportIndex', { id, confirmUnsigned }),
    importStatus: (id, confirmUnsigned) => send('uiImportStatus', { id, confirmUnsigned }),
    discardImport: async (id) => (await staging()).discard(id),
    getUpdates: () => send('uiGetUpdates'),
    previewSubscription: (url, key) => send('uiPreviewSubscription', { url, key }),
    subscribe: (url, key) => send('uiSubscribe', { url, key }),
    unsubscribe: (id) => send('uiUnsubscribe', { id }),
    checkUpdates: () => send('uiCheckUpdates'),
    getCollect: () => send('uiGetCollect'),
    importFeeds: (opml) => send('uiCollectImport', { opml }),
    removeFeed: (url) => send('uiCollectRemove', { url }),
    pollFeeds: (url) => send('uiCollectPoll', { url }),
    requestHostAccess: (origins) => api.permissions?.request({ origins }) ?? Promise.resolve(false),
  };
}
