// Where the updater keeps its state: the subscriptions (settings the reader chose, never dropped by an update) and
// the update log, in storage.local, each written whole so a stopped worker never leaves half a change.
import type { Subscription } from '../../updates/subscription.js';
import type { IndexMetaArea } from './index-service.js';

export interface UpdateLogEntry {
  at: string;
  /** The subscription's publisher name or URL; null for the updater as a whole. */
  source: string | null;
  level: 'ok' | 'info' | 'error';
  message: string;
}

const SUBS_KEY = 'parallax:subscriptions';
const LOG_KEY = 'parallax:update-log';
const REMOVED_DEFAULT_KEY = 'parallax:default-publisher-removed';
const RUNNING_KEY = 'parallax:update-check-running';
/** Entries kept in the log: a month of hourly checks that changed something, or many failures. */
export const LOG_MAX = 200;

export function updateState(local: IndexMetaArea) {
  const read = async <T>(key: string, fallback: T): Promise<T> => ((await local.get(key))[key] as T | undefined) ?? fallback;
  return {
    subscriptions: () => read<Subscription[]>(SUBS_KEY, []),
    saveSubscriptions: (subs: Subscription[]) => local.set({ [SUBS_KEY]: subs }),
    /** Changes one subscription by id, reading the list fresh (a check and an options page may both write). */
    async update(id: string, change: (s: Subscription) => Subscription): Promise<void> {
      const subs = await read<Subscription[]>(SUBS_KEY, []);
      await local.set({ [SUBS_KEY]: subs.map((s) => (s.id === id ? change(s) : s)) });
    },
    log: () => read<UpdateLogEntry[]>(LOG_KEY, []),
    async addLog(entry: UpdateLogEntry): Promise<void> {
      const log = await read<UpdateLogEntry[]>(LOG_KEY, []);
      await local.set({ [LOG_KEY]: [entry, ...log].slice(0, LOG_MAX) });
    },
    removedDefault: () => read<string | null>(REMOVED_DEFAULT_KEY, null),
    setRemovedDefault: (url: string | null) => local.set({ [REMOVED_DEFAULT_KEY]: url }),
    /** Set while a check runs: a worker stopped mid-download finds it at its next start and checks again. */
    running: () => read<string | null>(RUNNING_KEY, null),
    setRunning: (at: string | null) => local.set({ [RUNNING_KEY]: at }),
  };
}
export type UpdateState = ReturnType<typeof updateState>;
