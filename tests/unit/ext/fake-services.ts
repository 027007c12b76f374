// A twin of the background's services for unit tests: WXT's fake browser storage, fake-indexeddb, recorded badge
// calls and content-script calls, and a stand-in analysis whose report the test chooses.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import type { AnalyseDeps } from '../../../lib/ext/background/analyse.js';
import type { BgServices, IndexService } from '../../../lib/ext/background/services.js';
import type { IndexInfo } from '../../../lib/ext/protocol.js';
import { createTabStore } from '../../../lib/ext/tab-state.js';
import { UserDb } from '../../../lib/ext/user-db/schema.js';
import { updateFiles, UpdateFilesDb } from '../../../lib/ext/background/update-files.js';
import { createUpdateService } from '../../../lib/ext/background/update-service.js';
import { updateState } from '../../../lib/ext/background/update-state.js';
import type { CoverageItem, Report } from '../../../lib/types.js';
import { fakeCollect } from './fake-collect.js';

export function coverage(
  id: string,
  outlet: string | null,
  relation: CoverageItem['relation'] = 'same-event',
  eventId = 'e1',
): CoverageItem {
  return { id, outlet, domain: null, title: `Title ${id}`, url: null, published: null, relation, eventId };
}

export function report(
  items: CoverageItem[],
  own: { outlet: string | null; domain: string | null } = { outlet: 'Own', domain: 'own.test' },
): Report {
  const matched = items.length > 0;
  return {
    schemaVersion: 1,
    article: {
      title: 'T',
      outlet: own.outlet,
      domain: own.domain,
      url: 'https://own.test/a',
      published: null,
      lang: 'en',
      byline: null,
    },
    match: {
      status: matched ? 'matched' : 'none',
      confidence: matched ? 0.9 : 0.1,
      method: matched ? 'content' : null,
      reasons: { entities: [], terms: [] },
    },
    event: matched ? { id: 'e1', title: 'Event one', date: null } : null,
    story: null,
    coverage: items,
    claims: [],
    numbers: [],
    omissions: [],
    framing: [],
  };
}

const readyInfo: IndexInfo = {
  state: 'ready',
  progress: 1,
  message: null,
  description: 'test',
  schemaVersion: 1,
  builtAt: null,
  contentHash: null,
  counts: null,
  source: 'bundled',
  trust: { kind: 'bundled' },
  problem: null,
};

export interface Fakes {
  services: BgServices;
  badges: { tabId: number; text: string }[];
  toTab: { kind: string; tabId: number; sentence?: string }[];
  urls: Map<number, string>;
  /** Web pages without our content script (open from before install): messages to them fail until injected. */
  scriptless: Set<number>;
  /** Tabs whose page refuses injection (the web store, error pages). */
  refuseInjection: Set<number>;
  /** What the next analysis answers. */
  next: { report: Report; indexReady: boolean };
}

export function makeFakes(): Fakes {
  const badges: Fakes['badges'] = [];
  const toTab: Fakes['toTab'] = [];
  const urls = new Map<number, string>();
  const scriptless = new Set<number>();
  const refuseInjection = new Set<number>();
  const next: Fakes['next'] = { report: report([]), indexReady: true };
  const db = new UserDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const index: IndexService = {
    info: async () => readyInfo,
    availability: async () =>
      next.indexReady ? { ready: true, store: {} as never } : { ready: false, progress: 0.4, message: null },
    ensureBundled: async () => undefined,
    importStaged: async () => ({ ok: false, error: 'not in tests' }),
    importStatus: async () => ({ state: 'unknown' }),
    useBundled: async () => ({ ok: true, info: readyInfo }),
  };
  const analyse: AnalyseDeps = {
    index: () => index.availability(),
    fillOutlet: async (a) => ({ ...a, outlet: a.outlet ?? a.siteName }),
    check: async () => next.report,
  };
  const services: BgServices = {
    self: () => ({ id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/') }),
    tabs: createTabStore(fakeBrowser.storage.session),
    userDb: () => db,
    index,
    // A real updater over fake storage with no network: handler tests see its answers, tests/unit/updates drive it.
    updates: createUpdateService({
      state: updateState(fakeBrowser.storage.local),
      files: updateFiles(new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange })),
      get: async () => {
        throw new Error('no network in unit tests');
      },
      now: () => new Date('2026-03-05T12:00:00Z'),
      bundledLines: async () => [],
      bundledHeader: async () => null,
      activeHeader: async () => null,
      reload: async () => undefined,
      defaultPublisher: null,
      onApplied: async () => undefined,
    }),
    collect: fakeCollect().service,
    analyse,
    badge: {
      setBadgeText: ({ tabId, text }) => void badges.push({ tabId, text }),
      setBadgeBackgroundColor: () => undefined,
    },
    openTabs: async () => [...urls].map(([id, url]) => ({ id, url })),
    tabUrl: async (tabId) => urls.get(tabId) ?? null,
    toTab: {
      highlight: async (tabId, sentence) => (toTab.push({ kind: 'highlight', tabId, sentence }), { found: true }),
      clearHighlight: async (tabId) => void toTab.push({ kind: 'clear', tabId }),
      extractAgain: async (tabId) => {
        if (!urls.get(tabId)?.startsWith('http') || scriptless.has(tabId))
          throw new Error('Could not establish connection. Receiving end does not exist.');
        toTab.push({ kind: 'extract', tabId });
      },
      inject: async (tabId) => {
        if (!urls.get(tabId)?.startsWith('http') || refuseInjection.has(tabId))
          throw new Error('Cannot access contents of the page.');
        scriptless.delete(tabId);
        toTab.push({ kind: 'inject', tabId });
      },
    },
    outletProfiles: async () => ({}),
    now: () => new Date('2026-03-05T12:00:00Z'),
  };
  return { services, badges, toTab, urls, scriptless, refuseInjection, next };
}
