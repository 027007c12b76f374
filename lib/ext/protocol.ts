// The one typed message protocol between content script (CS), background (BG) and extension pages (UI).
// Direction is in every name: cs* = CS→BG, ui* = UI→BG, bg* = BG→CS. Built on @webext-core/messaging 4
// (the browser's native messaging, no polyfill); payloads are validated by the receiver (see lib/ext/validate.ts).
//
// HOW THE BACKGROUND ANSWERS THE UI PAGES (popup, side panel, options):
// - ui* messages are answered only when sent from one of our own pages (lib/ext/senders.ts); others are refused.
// - uiGetTabState({tabId}) → TabState. The background never pushes to pages: poll (e.g. every 400 ms) while the
//   status is 'waiting' or 'index-loading'. uiRecheckTab runs the page again even when auto-run is off for it.
// - uiHighlightInTab({tabId, sentence}) → {found}; uiClearHighlightInTab({tabId}) removes it (page restored).
// - uiImportIndex resolves when the import is done; meanwhile uiGetIndexInfo() has state 'loading' and progress.
//   The files travel through IndexedDB, never in the message. A bad file answers {ok:false, error} and the current
//   index stays; a good unsigned one answers {ok:false, unsigned} until the reader confirms.
// - uiGetHistory() → HistoryInfo (entries newest first); uiExportHistory() → {fileName, json} for a download.
// - The side panel is opened by the page itself, inside the click (Chrome requires a user gesture); the manifest
//   declares side_panel (Chrome) and sidebar_action (Firefox), and the toolbar popup stays the action's page.
// - The toolbar badge is the same number as countOutlets(report).others in lib/ui/coverage.ts.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractOutcome, Report } from '../types.js';
import type { Freshness } from '../updates/freshness.js';
import type { PublisherInfo, Subscription } from '../updates/subscription.js';
import type { UpdateLogEntry } from './background/update-state.js';
import type { ImportResult, ImportStatus, IndexInfo } from './index-types.js';
import type { CollectImport, CollectInfo } from './collect-types.js';

export type { Freshness, PublisherInfo, Subscription, UpdateLogEntry };
export type { ImportResult, ImportStatus, IndexInfo, IndexTrust, UnsignedImport } from './index-types.js';
export type { CollectImport, CollectInfo, FeedView } from './collect-types.js';

/** What the background knows about one tab, persisted in storage.session so a restarted worker still has it. */
export type TabState =
  /** `since`: when the wait began (ms), so it ends in an error with a retry past WAIT_LIMIT_MS; `analysing`: the
   *  page's answer arrived and is being checked (a worker stopped meanwhile asks the page again on restart). */
  | { status: 'waiting'; url: string | null; since?: number; analysing?: boolean }
  | { status: 'disabled'; url: string | null; message: string }
  | { status: 'index-loading'; url: string | null; progress: number }
  | { status: 'not-article' | 'too-large' | 'too-complex' | 'error'; url: string | null; message: string }
  | { status: 'ready'; url: string | null; report: Report };

// ---- Added by the UI work (popup/side panel/options); the background implements the handlers. ----

/** One label about an outlet from one rating set, with where it comes from (labels disagree and drift). */
export interface OutletFact {
  /** As the source states it ("left-center", "high", "usa", "state-affiliated"). */
  value: string;
  /** Rating set id, so the reader can switch a set off: "mbfc", "allsides", "baly2018", "baly2020", "lin2023", … */
  set: string;
  /** Human-readable source ("Media Bias/Fact Check, via Burdisso et al. 2024"). */
  source: string;
  /** When the source assessed it (year or ISO date); null when it does not say. */
  date: string | null;
}

/** What the outlet table knows about one domain. Empty lists mean unknown: the UI never fills in a default. */
export interface OutletProfile {
  domain: string;
  name: string | null;
  country: OutletFact[];
  bias: OutletFact[];
  factuality: OutletFact[];
  /** State affiliation or ownership, only where a source says so. */
  state: OutletFact[];
}

/** The reader's settings (stored by the background; defaults come from there). */
export interface Settings {
  autoRun: boolean;
  /** Hosts where Parallax runs even when auto-run is off. */
  allowSites: string[];
  /** Hosts where Parallax never runs (wins over allow). */
  denySites: string[];
  /** Rating set id → shown. A set switched off is hidden everywhere (profiles, lean bar). */
  ratingSets: Record<string, boolean>;
  /** Keep a reading history on the device. */
  history: boolean;
}

/** One article the reader read, kept only on the device when history is on. */
export interface HistoryEntry {
  at: string;
  url: string | null;
  outlet: string | null;
  domain: string | null;
  eventId: string | null;
  eventTitle: string | null;
}

/** The reading history as the options page shows it. */
export interface HistoryInfo {
  /** Whether history is being recorded (Settings.history). */
  enabled: boolean;
  /** Newest first, at most 5000. */
  entries: HistoryEntry[];
}

/** A reader's report of a wrong match or grouping, kept locally and exportable from options. */
export interface MatchFeedback {
  at: string;
  kind: 'wrong-match' | 'wrong-grouping' | 'other';
  note: string;
  url: string | null;
  eventId: string | null;
  /** The coverage item or claim the report is about, when it is about one. */
  coverageId: string | null;
  claimId: string | null;
}

/** The coverage sources beyond the bundled index, how fresh the coverage is, and the update log (newest first). */
export interface UpdatesInfo {
  subscriptions: Subscription[];
  log: UpdateLogEntry[];
  freshness: Freshness;
  /** A check is running now. */
  checking: boolean;
}

/** What a manifest says about its publisher, verified with the key given, before the reader trusts it. */
export type PreviewResult = { ok: true; url: string; info: PublisherInfo; expired: boolean } | { ok: false; error: string };

export interface ProtocolMap {
  /** CS→BG: may this page be checked (auto-run, site allow/deny)? Asked before any extraction work in the page. */
  csShouldRun(data: { url: string }): { run: boolean };
  /** CS→BG: the page's extraction result (text and metadata only, never HTML). */
  csArticleExtracted(data: { url: string; outcome: ExtractOutcome }): void;
  /** CS→BG: one part of the extraction worker's script, which the content script starts in its tab (blob: URL). */
  csGetWorkerScript(data: { part: number }): { text: string; parts: number };
  /** UI→BG: the state of a tab (popup and side panel render it). */
  uiGetTabState(data: { tabId: number }): TabState;
  /** UI→BG: run extraction and matching again on a tab. */
  uiRecheckTab(data: { tabId: number }): void;
  /** UI→BG: which index is loaded, its counts and build date. */
  uiGetIndexInfo(): IndexInfo;
  /** UI→BG: scroll to and highlight a sentence of the article in the page. */
  uiHighlightInTab(data: { tabId: number; sentence: string }): { found: boolean };
  /** UI→BG: remove the highlight from the tab's page. */
  uiClearHighlightInTab(data: { tabId: number }): void;
  /** UI→BG: outlet profiles for the given domains (absent key = domain not in the outlet table). */
  uiGetOutletProfiles(data: { domains: string[] }): Record<string, OutletProfile>;
  /** UI→BG: the reader's settings. */
  uiGetSettings(): Settings;
  /** UI→BG: change some settings; answers the settings as stored. */
  uiSetSettings(data: Partial<Settings>): Settings;
  /** UI→BG: the reading history. */
  uiGetHistory(): HistoryInfo;
  /** UI→BG: the reading history as a JSON file's name and text. */
  uiExportHistory(): { fileName: string; json: string };
  /** UI→BG: delete the reading history. */
  uiClearHistory(): void;
  /** UI→BG: keep a "wrong match or grouping" report locally (the background stamps `at`). */
  uiReportFeedback(data: Omit<MatchFeedback, 'at'>): void;
  /** UI→BG: every kept feedback report (for export as JSON). */
  uiGetFeedback(): MatchFeedback[];
  /** UI→BG: replace the index with the files staged under `id` (lib/ext/import-staging.ts: an index file, or a
   *  publisher's manifest.json with its snapshot). The current index is kept when they are bad; an unsigned file is
   *  loaded only with confirmUnsigned. While it loads, uiGetIndexInfo's `progress` reports how far it got. */
  uiImportIndex(data: { id: string; confirmUnsigned: boolean }): ImportResult;
  /** UI→BG: what became of that import (asked beside it: the import's own answer can be lost). */
  uiImportStatus(data: { id: string; confirmUnsigned: boolean }): ImportStatus;
  /** UI→BG: go back to the index bundled with the extension (after an import). */
  uiUseBundledIndex(): ImportResult;
  /** UI→BG: subscriptions, freshness and the update log. */
  uiGetUpdates(): UpdatesInfo;
  /** UI→BG: fetch and verify a manifest with the key given, and say what it holds (nothing is stored). */
  uiPreviewSubscription(data: { url: string; key: string }): PreviewResult;
  /** UI→BG: trust a publisher (verified again) and start its first check; rejects with the reason. */
  uiSubscribe(data: { url: string; key: string }): UpdatesInfo;
  /** UI→BG: remove a subscription; its coverage leaves the index. */
  uiUnsubscribe(data: { id: string }): UpdatesInfo;
  /** UI→BG: check every subscription now; answers when the check (and any apply) is done. */
  uiCheckUpdates(): UpdatesInfo;
  /** UI→BG: the feeds the reader collects from themselves, their state, and what the collection holds. */
  uiGetCollect(): CollectInfo;
  /** UI→BG: add an OPML list's feeds (their sites' permission is asked by the page first, inside the click). */
  uiCollectImport(data: { opml: string }): CollectImport;
  /** UI→BG: stop collecting from a feed; its articles leave the collection. */
  uiCollectRemove(data: { url: string }): CollectInfo;
  /** UI→BG: poll every feed (or the one named) now; answers when the poll is done. */
  uiCollectPoll(data: { url: string | null }): CollectInfo;
  /** BG→offscreen document (Chrome): read a collected page's HTML; answers text and metadata, never HTML. */
  bgExtractHtml(data: { html: string; url: string }): ExtractOutcome;
  /** BG→CS: highlight a sentence (found by text, not by position: the page may have changed). */
  bgHighlightSentence(data: { sentence: string }): { found: boolean };
  /** BG→CS: remove any highlight we added. */
  bgClearHighlight(): void;
  /** BG→CS: extract the page again (recheck). */
  bgExtractAgain(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
