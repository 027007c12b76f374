// The reading history's dates, set straight in the extension's IndexedDB from one of its pages, for screenshots that
// must not change from month to month: the options page names the months read in. Runs in Chromium (Playwright's
// evaluate) and in Firefox (Marionette's script, `arguments[0]`), so it is one function that serialises whole.

/** Sets the `at` of every reading-history row (one date for all, or each row's own by id); answers the dates the
 *  rows had, to put back afterwards. */
export function setHistoryDatesInPage(dates: string | Record<string, string>): Promise<Record<string, string>> {
  return new Promise<Record<string, string>>((resolve, reject) => {
    const open = indexedDB.open('parallax-user');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('history', 'readwrite');
      const before: Record<string, string> = {};
      tx.objectStore('history').openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        const row = cursor.value as { id: number; at: string };
        before[row.id] = row.at;
        cursor.update({ ...row, at: typeof dates === 'string' ? dates : (dates[row.id] ?? row.at) });
        cursor.continue();
      };
      tx.oncomplete = () => (db.close(), resolve(before));
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The same, as a Marionette script body. */
export const SET_HISTORY_DATES_SCRIPT = `return (${setHistoryDatesInPage.toString()})(arguments[0]);`;

/** The fixed date the screenshots' history shows: the bundled index's newest day. */
export const SCREENSHOT_DAY = '2025-05-22T12:00:00.000Z';
