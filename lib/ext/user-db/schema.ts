// The reader's own data ("parallax-user" database): settings, reading history, match feedback. Kept apart from
// the derived index database so an index rebuild never touches it; every schema change is a new version below
// with an upgrade, and tests/unit/ext/user-db-migration.test.ts upgrades a stored example of each old version.
import { Dexie, type Table } from 'dexie';
import type { HistoryEntry, MatchFeedback, Settings } from '../protocol.js';

export const USER_DB_NAME = 'parallax-user';

/** Settings as version 1 stored them: one rule list and `historyEnabled`. Only read by the v2 upgrade. */
export interface SettingsV1 {
  autoRun: boolean;
  siteRules: { host: string; rule: 'allow' | 'deny' }[];
  historyEnabled: boolean;
}

export interface KvRow {
  key: string;
  value: unknown;
}
export type HistoryRow = Omit<HistoryEntry, 'at'> & { id?: number; at: string };
export type FeedbackRow = MatchFeedback & { id?: number };

export const DEFAULT_SETTINGS: Settings = { autoRun: true, allowSites: [], denySites: [], ratingSets: {}, history: true };

/** Version 2's settings from version 1's: the single rule list split in two, `historyEnabled` renamed, no set off. */
export function settingsFromV1(old: Partial<SettingsV1>): Settings {
  const rules = Array.isArray(old.siteRules) ? old.siteRules : [];
  return {
    autoRun: old.autoRun ?? DEFAULT_SETTINGS.autoRun,
    allowSites: rules.filter((r) => r.rule === 'allow').map((r) => r.host),
    denySites: rules.filter((r) => r.rule === 'deny').map((r) => r.host),
    ratingSets: {},
    history: old.historyEnabled ?? DEFAULT_SETTINGS.history,
  };
}

/** Each version's stores, oldest first; the test opens a database at an old version with exactly these. */
export const USER_DB_VERSIONS = [
  { version: 1, stores: { kv: '&key', history: '++id, at' } },
  // v2: feedback reports; history queried by domain and event (outlet mix, "events read").
  { version: 2, stores: { kv: '&key', history: '++id, at, domain, eventId', feedback: '++id, at' } },
] as const;

export interface DexieDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class UserDb extends Dexie {
  kv!: Table<KvRow, string>;
  history!: Table<HistoryRow, number>;
  feedback!: Table<FeedbackRow, number>;

  constructor(deps: DexieDeps = {}, name = USER_DB_NAME) {
    super(name, deps);
    const [v1, v2] = USER_DB_VERSIONS;
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version)
      .stores(v2.stores)
      .upgrade(async (tx) => {
        const row = await tx.table<KvRow, string>('kv').get('settings');
        if (row)
          await tx.table<KvRow, string>('kv').put({ key: 'settings', value: settingsFromV1(row.value as Partial<SettingsV1>) });
        // v1 rows had no domain: fill it from the URL so the outlet mix can group them.
        await tx
          .table<HistoryRow, number>('history')
          .toCollection()
          .modify((h) => {
            if (h.domain === undefined) h.domain = domainOf(h.url);
          });
      });
  }
}

/** Host of a URL without "www.", or null. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
