// What the pages need from the background and the browser, as one interface: the real connector talks to the
// extension, the mock twin answers from hand-written data so components can be tested and looked at without it.
import type {
  CollectImport,
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
} from '../ext/protocol.js';

export interface TabTarget {
  tabId: number;
  windowId: number | null;
}

export interface Connector {
  /** The tab a page shows: the explicit one (?tabId=) or the active tab of this window; null if none. */
  currentTab(explicit: number | null): Promise<TabTarget | null>;
  /** Calls back when the active tab changes or a tab finishes navigating; returns the unsubscribe. */
  onTabsChanged(callback: (tabId: number) => void): () => void;
  getTabState(tabId: number): Promise<TabState>;
  /**
   * The tab's last answer as the background stored it (storage.session), read without waking or waiting for the
   * service worker; null when there is none, it is still in progress, or it is about another page of the tab.
   * The page shows it at once and still asks getTabState, which may start work and is the authority.
   */
  peekTabState(tabId: number): Promise<TabState | null>;
  recheck(tabId: number): Promise<void>;
  getIndexInfo(): Promise<IndexInfo>;
  highlight(tabId: number, sentence: string): Promise<{ found: boolean }>;
  getOutletProfiles(domains: string[]): Promise<Record<string, OutletProfile>>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  getHistory(): Promise<HistoryInfo>;
  clearHistory(): Promise<void>;
  exportHistory(): Promise<{ fileName: string; json: string }>;
  clearHighlight(tabId: number): Promise<void>;
  useBundledIndex(): Promise<ImportResult>;
  reportFeedback(report: Omit<MatchFeedback, 'at'>): Promise<void>;
  getFeedback(): Promise<MatchFeedback[]>;
  /** Stores the picked files where the background reads them; answers their id for importIndex. */
  stageImport(files: readonly (Blob & { name: string })[]): Promise<string>;
  importIndex(id: string, confirmUnsigned: boolean): Promise<ImportResult>;
  /** What became of that import (asked beside it, since its own answer can be lost). */
  importStatus(id: string, confirmUnsigned: boolean): Promise<ImportStatus>;
  /** Drops staged files the reader decided not to import. */
  discardImport(id: string): Promise<void>;
  /** Subscriptions, freshness and the update log. */
  getUpdates(): Promise<UpdatesInfo>;
  previewSubscription(url: string, key: string): Promise<PreviewResult>;
  subscribe(url: string, key: string): Promise<UpdatesInfo>;
  unsubscribe(id: string): Promise<UpdatesInfo>;
  /** Checks every subscription now; resolves when done. */
  checkUpdates(): Promise<UpdatesInfo>;
  /** The feeds the reader collects from themselves, and what the collection holds. */
  getCollect(): Promise<CollectInfo>;
  importFeeds(opml: string): Promise<CollectImport>;
  removeFeed(url: string): Promise<CollectInfo>;
  /** Polls every feed (or the one named) now; resolves when done. */
  pollFeeds(url: string | null): Promise<CollectInfo>;
  /** Asks the browser for these sites' host permission; call straight from a click handler (a user gesture). */
  requestHostAccess(origins: string[]): Promise<boolean>;
  /**
   * Open the side panel. Must be called straight from a click handler (the browser requires a user gesture),
   * so it is synchronous in spirit: it starts the call and returns whether the browser offers a side panel.
   */
  openSidePanel(target: TabTarget): boolean;
  /** Open the options page. */
  openOptions(): Promise<void>;
}
