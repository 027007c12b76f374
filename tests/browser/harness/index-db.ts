// Reads the extension's index database from one of its pages (same origin): the meta rows (which generation is
// active, which is loading and how far), and which generations have rows, to check a load ends with nothing left over.
import type { Page } from 'playwright-core';

export interface IndexMeta {
  active: number | null;
  loading: { gen: number; linesDone: number } | null;
}

export function indexMeta(page: Page): Promise<IndexMeta> {
  return page.evaluate(
    () =>
      new Promise<IndexMeta>((resolve, reject) => {
        const open = indexedDB.open('parallax-index');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('meta').objectStore('meta');
          const a = store.get('active');
          const l = store.get('loading');
          l.onsuccess = () => {
            const loading = l.result as { gen: number; linesDone: number } | undefined;
            resolve({
              active: (a.result as { gen: number } | undefined)?.gen ?? null,
              loading: loading ? { gen: loading.gen, linesDone: loading.linesDone } : null,
            });
            db.close();
          };
        };
      }),
  );
}

/** Distinct generations among the article blocks (keys [g, b]). */
export function generationsInUse(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('parallax-index');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('blocks').objectStore('blocks').getAllKeys();
          keys.onsuccess = () => {
            resolve([...new Set((keys.result as [number, number][]).map((k) => k[0]))].sort((x, y) => x - y));
            db.close();
          };
        };
      }),
  );
}
