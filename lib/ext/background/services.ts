// What the background's handlers need, as one interface: the real one (make-services.ts) talks to the browser,
// Dexie and the index; unit tests pass a twin built on WXT's fake browser and fake-indexeddb.
import type { Self } from '../senders.js';
import type { BadgeApi } from '../badge.js';
import type { ImportResult, ImportStatus, IndexInfo, OutletProfile } from '../protocol.js';
import type { TabStore } from '../tab-state.js';
import type { UserDb } from '../user-db/schema.js';
import type { AnalyseDeps, IndexAvailability } from './analyse.js';
import type { OpenTab } from './inject.js';
import type { UpdateService } from './update-service.js';
import type { CollectService } from './collect-service.js';

export interface IndexService {
  info(): Promise<IndexInfo>;
  availability(): Promise<IndexAvailability>;
  /** Loads the bundled index if it is not the one loaded, or finishes an interrupted load. `force` (install,
   *  update) re-reads the file even when this version loaded it (the loader skips an identical index by hash). */
  ensureBundled(force?: boolean): Promise<void>;
  /** Imports the files the options page staged under `id`; an unsigned file only with confirmUnsigned. */
  importStaged(id: string, confirmUnsigned: boolean): Promise<ImportResult>;
  /** What became of that import: waiting, running, done (with its result) or unknown. */
  importStatus(id: string, confirmUnsigned: boolean): Promise<ImportStatus>;
  useBundled(): Promise<ImportResult>;
}

export interface BgServices {
  self(): Self;
  tabs: TabStore;
  userDb(): UserDb;
  index: IndexService;
  updates: UpdateService;
  /** The reader's own collection from feeds (opt-in). */
  collect: CollectService;
  analyse: AnalyseDeps;
  badge: BadgeApi;
  /** Every open tab (for injecting the content script on install and update). */
  openTabs(): Promise<OpenTab[]>;
  /** The tab's current URL; null for a tab that no longer exists. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Asks the tab's content script; rejects when there is none (page loaded before install, or not a web page). */
  toTab: {
    highlight(tabId: number, sentence: string): Promise<{ found: boolean }>;
    clearHighlight(tabId: number): Promise<void>;
    extractAgain(tabId: number): Promise<void>;
    /** Runs the content script in the tab's top frame (a page loaded before install or update has none). */
    inject(tabId: number): Promise<void>;
  };
  outletProfiles(domains: string[]): Promise<Record<string, OutletProfile>>;
  now(): Date;
}
