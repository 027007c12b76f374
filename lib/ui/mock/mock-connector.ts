// The connector's mock twin: answers from in-memory data, records what the page asked, and never touches the
// browser. Tests build one per case; pages opened with ?mock=<state> use it to show a state without a background.
import type {
  CollectInfo,
  HistoryInfo,
  ImportResult,
  ImportStatus,
  IndexInfo,
  MatchFeedback,
  OutletProfile,
  PreviewResult,
  Settings,
  TabState,
  UpdatesInfo,
} from '../../ext/protocol.js';
import type { Connector } from '../connector-types.js';
import { bridgeProfiles } from './bridge-profiles.js';
import { bridgeReport } from './bridge-story.js';
import { mockCollectEmpty } from './mock-collect.js';
import { mockSubscription, mockUpdatesOff, mockUpdatesOk } from './mock-updates.js';

export interface MockData {
  tabState: TabState | ((call: number) => TabState);
  profiles: Record<string, OutletProfile>;
  settings: Settings;
  history: HistoryInfo;
  indexInfo: IndexInfo;
  feedback: MatchFeedback[];
  /** What importIndex answers. */
  importResult: ImportResult;
  /** false: importIndex's answer is lost (it never settles), and only importStatus tells the result. */
  importAnswered: boolean;
  /** Whether highlight finds the sentence in the page. */
  highlightFound: boolean;
  /** The active tab when no ?tabId is given. */
  activeTabId: number;
  /** What peekTabState finds in storage (null: nothing stored yet). */
  peek: TabState | null;
  updates: UpdatesInfo;
  /** What previewSubscription answers. */
  preview: PreviewResult;
  collect: CollectInfo;
  /** What requestHostAccess answers. */
  grantHosts: boolean;
}

export interface MockConnector extends Connector {
  data: MockData;
  /** Calls made, by method name, with their arguments (for assertions). */
  calls: { method: string; args: unknown[] }[];
  /** Pretend the reader switched to another tab (the side panel should follow). */
  switchTab(tabId: number, state?: TabState): void;
}

export const mockIndexInfo: IndexInfo = {
  state: 'ready',
  progress: 1,
  message: null,
  description: 'Example corpus (invented)',
  schemaVersion: 1,
  builtAt: '2031-05-01T00:00:00Z',
  contentHash: 'sha256-0123456789abcdef',
  counts: { articles: 6, events: 3, outlets: 4 },
  source: 'bundled',
  trust: { kind: 'bundled' },
  problem: null,
};

export const mockSettings: Settings = {
  autoRun: true,
  allowSites: [],
  denySites: ['example.org'],
  history: true,
  ratingSets: {},
};

export function createMockConnector(partial: Partial<MockData> = {}): MockConnector {
  const data: MockData = {
    tabState: { status: 'ready', url: bridgeReport.article.url, report: bridgeReport },
    profiles: bridgeProfiles,
    settings: structuredClone(mockSettings),
    history: { enabled: true, entries: [] },
    indexInfo: mockIndexInfo,
    feedback: [],
    importResult: { ok: true, info: mockIndexInfo },
    importAnswered: true,
    highlightFound: true,
    activeTabId: 1,
    peek: null,
    updates: mockUpdatesOff,
    preview: { ok: true, url: mockSubscription.url, info: mockSubscription.applied!, expired: false },
    collect: mockCollectEmpty,
    grantHosts: true,
    ...partial,
  };
  const calls: MockConnector['calls'] = [];
  let stateCalls = 0;
  const listeners = new Set<(tabId: number) => void>();
  const imports = new Map<string, ImportResult>();
  const log = <T>(method: string, args: unknown[], value: T): Promise<T> => {
    calls.push({ method, args });
    return Promise.resolve(value);
  };
  return {
    data,
    calls,
    currentTab: (explicit) => log('currentTab', [explicit], { tabId: explicit ?? data.activeTabId, windowId: 1 }),
    onTabsChanged: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    switchTab: (tabId, state) => {
      data.activeTabId = tabId;
      if (state) data.tabState = state;
      for (const l of listeners) l(tabId);
    },
    getTabState: (tabId) =>
      log('getTabState', [tabId], typeof data.tabState === 'function' ? data.tabState(stateCalls++) : data.tabState),
    peekTabState: (tabId) => log('peekTabState', [tabId], data.peek),
    recheck: (tabId) => log('recheck', [tabId], undefined),
    getIndexInfo: () => log('getIndexInfo', [], data.indexInfo),
    highlight: (tabId, sentence) => log('highlight', [tabId, sentence], { found: data.highlightFound }),
    clearHighlight: (tabId) => log('clearHighlight', [tabId], undefined),
    getOutletProfiles: (domains) =>
      log(
        'getOutletProfiles',
        [domains],
        Object.fromEntries(domains.flatMap((d) => (data.profiles[d] ? [[d, data.profiles[d]]] : []))),
      ),
    getSettings: () => log('getSettings', [], data.settings),
    setSettings: (patch) => {
      data.settings = { ...data.settings, ...patch };
      return log('setSettings', [patch], data.settings);
    },
    getHistory: () => log('getHistory', [], data.history),
    clearHistory: () => {
      data.history = { ...data.history, entries: [] };
      return log('clearHistory', [], undefined);
    },
    exportHistory: () =>
      log('exportHistory', [], { fileName: 'parallax-history.json', json: JSON.stringify(data.history.entries) }),
    reportFeedback: (report) => {
      data.feedback.push({ ...report, at: '2031-05-12T10:00:00Z' });
      return log('reportFeedback', [report], undefined);
    },
    getFeedback: () => log('getFeedback', [], data.feedback),
    stageImport: (files) => log('stageImport', [files.map((f) => f.name)], 'staged-1'),
    importIndex: (id, confirmUnsigned) => {
      const result: ImportResult =
        confirmUnsigned && data.importResult.ok === false && data.importResult.unsigned
          ? { ok: true, info: mockIndexInfo }
          : data.importResult;
      imports.set(`${id}:${confirmUnsigned}`, result);
      const answer = log('importIndex', [id, confirmUnsigned], result);
      return data.importAnswered ? answer : new Promise<ImportResult>(() => undefined);
    },
    importStatus: (id, confirmUnsigned) => {
      const result = imports.get(`${id}:${confirmUnsigned}`);
      return log(
        'importStatus',
        [id, confirmUnsigned],
        (result ? { state: 'done', result } : { state: 'unknown' }) as ImportStatus,
      );
    },
    discardImport: (id) => log('discardImport', [id], undefined),
    useBundledIndex: () => log('useBundledIndex', [], { ok: true, info: mockIndexInfo } as ImportResult),
    openOptions: () => log('openOptions', [], undefined),
    getUpdates: () => log('getUpdates', [], data.updates),
    previewSubscription: (url, key) => log('previewSubscription', [url, key], data.preview),
    subscribe: (url, key) => {
      data.updates = { ...mockUpdatesOk, checking: true };
      return log('subscribe', [url, key], data.updates);
    },
    unsubscribe: (id) => {
      data.updates = { ...data.updates, subscriptions: data.updates.subscriptions.filter((s) => s.id !== id) };
      return log('unsubscribe', [id], data.updates);
    },
    checkUpdates: () => log('checkUpdates', [], data.updates),
    getCollect: () => log('getCollect', [], data.collect),
    importFeeds: (opml) => log('importFeeds', [opml.length], { info: data.collect, added: 0, skipped: [] }),
    removeFeed: (url) => {
      data.collect = { ...data.collect, feeds: data.collect.feeds.filter((f) => f.url !== url) };
      return log('removeFeed', [url], data.collect);
    },
    pollFeeds: (url) => log('pollFeeds', [url], data.collect),
    requestHostAccess: (origins) => log('requestHostAccess', [origins], data.grantHosts),
    openSidePanel: (target) => {
      calls.push({ method: 'openSidePanel', args: [target] });
      return true;
    },
  };
}
