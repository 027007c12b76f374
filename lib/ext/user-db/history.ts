// The reading history: one row per article read (outlet, event), on the device only; capped, clearable, exportable.
import type { HistoryEntry, HistoryInfo } from '../protocol.js';
import { getSettings } from './settings.js';
import type { HistoryRow, UserDb } from './schema.js';

export const HISTORY_CAP = 5_000;
/** A reload, or a single-page site re-extracting the same URL, is one reading, not several. */
const SAME_READING_MS = 30 * 60_000;

/** Records `entry` when history is on; returns whether a row was added. */
export async function recordReading(db: UserDb, entry: HistoryEntry, now = Date.now()): Promise<boolean> {
  if (!(await getSettings(db)).history) return false;
  return db.transaction('rw', db.history, async () => {
    const last = await db.history.orderBy('at').reverse().limit(20).toArray();
    if (entry.url && last.some((h) => h.url === entry.url && now - Date.parse(h.at) < SAME_READING_MS)) return false;
    await db.history.add({ ...entry });
    const count = await db.history.count();
    if (count > HISTORY_CAP) {
      const old = await db.history
        .orderBy('at')
        .limit(count - HISTORY_CAP)
        .primaryKeys();
      await db.history.bulkDelete(old);
    }
    return true;
  });
}

function toEntry(row: HistoryRow): HistoryEntry {
  return { at: row.at, url: row.url, outlet: row.outlet, domain: row.domain, eventId: row.eventId, eventTitle: row.eventTitle };
}

export async function getHistory(db: UserDb): Promise<HistoryInfo> {
  const [settings, rows] = await Promise.all([getSettings(db), db.history.orderBy('at').reverse().limit(HISTORY_CAP).toArray()]);
  return { enabled: settings.history, entries: rows.map(toEntry) };
}

export async function clearHistory(db: UserDb): Promise<void> {
  await db.history.clear();
}

export async function exportHistory(db: UserDb, now = new Date()): Promise<{ fileName: string; json: string }> {
  const { entries } = await getHistory(db);
  const json = JSON.stringify({ kind: 'parallax-reading-history', exportedAt: now.toISOString(), entries }, null, 2);
  return { fileName: `parallax-history-${now.toISOString().slice(0, 10)}.json`, json };
}
