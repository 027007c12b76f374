// Reading and changing the reader's settings in the user database (defaults filled in for anything missing).
import type { Settings } from '../protocol.js';
import { DEFAULT_SETTINGS, type UserDb } from './schema.js';

function normalise(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  return {
    autoRun: typeof v.autoRun === 'boolean' ? v.autoRun : DEFAULT_SETTINGS.autoRun,
    allowSites: list(v.allowSites),
    denySites: list(v.denySites),
    ratingSets: v.ratingSets && typeof v.ratingSets === 'object' ? { ...v.ratingSets } : {},
    history: typeof v.history === 'boolean' ? v.history : DEFAULT_SETTINGS.history,
  };
}

export async function getSettings(db: UserDb): Promise<Settings> {
  return normalise((await db.kv.get('settings'))?.value);
}

/** Applies a validated patch inside one transaction (two pages saving at once must not lose a change). */
export async function setSettings(db: UserDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.kv, async () => {
    const next = normalise({ ...(await getSettings(db)), ...patch });
    next.allowSites = [...new Set(next.allowSites.map((h) => h.toLowerCase()))];
    next.denySites = [...new Set(next.denySites.map((h) => h.toLowerCase()))];
    await db.kv.put({ key: 'settings', value: next });
    return next;
  });
}
