// What a collection pass works with and reports: the store, the fetcher, the outlet table and the clock; the counts
// of what it saw, stored and failed; and small helpers every stage of a pass shares.
import PQueue from 'p-queue';
import type { OutletTable } from '../../outlets/types.js';
import type { Db } from './db.js';
import type { PoliteFetcher } from './http.js';

export interface CollectContext {
  db: Db;
  fetcher: PoliteFetcher;
  outlets: OutletTable | null;
  now: () => Date;
  /** Pages fetched at once (across hosts; one at a time per host all the same). */
  concurrency?: number;
  /** News sitemaps list the last 48 hours; plain sitemaps are read for entries modified within this. */
  sitemapWindowHours?: number;
  /** Tries of a page before it is kept as an excerpt. */
  maxAttempts?: number;
  log?: (line: string) => void;
}

export interface PassReport {
  feeds: { polled: number; ok: number; notModified: number; failed: number; notDue: number };
  itemsSeen: number;
  newArticles: number;
  duplicates: number;
  pages: { fetched: number; stored: number; excerpts: number; retryLater: number; duplicates: number };
  publishedFrom: { page: number; feed: number; firstSeen: number };
  failures: Record<string, number>;
}

export const emptyReport = (): PassReport => ({
  feeds: { polled: 0, ok: 0, notModified: 0, failed: 0, notDue: 0 },
  itemsSeen: 0,
  newArticles: 0,
  duplicates: 0,
  pages: { fetched: 0, stored: 0, excerpts: 0, retryLater: 0, duplicates: 0 },
  publishedFrom: { page: 0, feed: 0, firstSeen: 0 },
  failures: {},
});

export const count = (r: PassReport, kind: string) => {
  r.failures[kind] = (r.failures[kind] ?? 0) + 1;
};

/** Backoff after consecutive failures: 10 min, 20, 40 … capped at a day. */
export const backoffMs = (failures: number) => Math.min(86_400_000, 600_000 * 2 ** Math.max(0, failures - 1));
export function groupByHost<T>(items: readonly T[], url: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const host = new URL(url(it)).host;
    (out.get(host) ?? out.set(host, []).get(host)!).push(it);
  }
  return out;
}

/** Run fn over items with at most `limit` at once. */
export async function runPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  await new PQueue({ concurrency: Math.max(1, limit) }).addAll(items.map((it) => () => fn(it)));
}
