// How a reader's own browser polls feeds politely ("collect it yourself", issue 18): the limits, the per-host wait
// (robots.txt's crawl-delay wins when longer), conditional GET, which items are new, and the host permission each
// feed needs. Pure: the clock and what was fetched are passed in; the fetcher (polite-fetch.ts) applies it.
import robotsParser from 'robots-parser';
import type { FeedItem } from './feed.js';

export const POLL_LIMITS = {
  /** A request that has not answered in this long is given up (the next poll tries again). */
  timeoutMs: 20_000,
  /** Body limit for a feed and for an article page (the Node collector's own). */
  maxBytes: 5 * 1024 * 1024,
  /** Least time between two requests to one host from this browser. */
  hostIntervalMs: 1_000,
  /** robots.txt is read again after this long. */
  robotsTtlMs: 6 * 3600_000,
  /** Article pages fetched per feed per poll (the newest first): a feed that lists 300 items costs 30 requests. */
  pagesPerPoll: 30,
  /** Item URLs remembered per feed so an item is fetched once. */
  seenPerFeed: 1_000,
  /** Minutes between scheduled polls (about: the alarm adds jitter as the updater's does). */
  periodMinutes: 30,
  /** Collected articles leave the local index this long after they were collected. */
  retentionDays: 30,
  /** crawl-delay is honoured up to this many seconds. */
  maxCrawlDelayS: 120,
} as const;

/** The name the feeds see (robots.txt groups are matched on it); no version, no per-reader detail. */
export const COLLECT_AGENT = 'ParallaxReader';

/** The host permission a feed or page needs: its scheme and host (match patterns carry no port). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The distinct permissions a list of feeds needs, sorted. */
export const originPatterns = (urls: readonly string[]): string[] =>
  [...new Set(urls.map(originPattern).filter((p): p is string => p !== null))].sort();

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** Request headers that let a server answer 304 when the feed has not changed since the last poll. */
export function conditionalHeaders(v: Validators | null): Record<string, string> {
  const h: Record<string, string> = {};
  if (v?.etag) h['if-none-match'] = v.etag;
  if (v?.lastModified) h['if-modified-since'] = v.lastModified;
  return h;
}

export interface RobotsRules {
  allows(url: string): boolean;
  /** Milliseconds between requests this host asks for, or 0. */
  delayMs(): number;
}

const ALLOW_ALL: RobotsRules = { allows: () => true, delayMs: () => 0 };
const DENY_ALL: RobotsRules = { allows: () => false, delayMs: () => 0 };

/** A host's robots.txt as the fetch answered it: a missing file (4xx) allows everything, an unreachable one (5xx,
 * network, timeout) allows nothing for now, as the major crawlers do. */
export function robotsRules(robotsUrl: string, answer: { status: number; text: string } | null): RobotsRules {
  if (!answer || answer.status >= 500 || answer.status === 429) return DENY_ALL;
  if (answer.status >= 300) return ALLOW_ALL;
  const parser = robotsParser(robotsUrl, answer.text);
  return {
    allows: (url) => parser.isAllowed(url, COLLECT_AGENT) !== false,
    delayMs: () => {
      const d = parser.getCrawlDelay(COLLECT_AGENT);
      return typeof d === 'number' && Number.isFinite(d) && d > 0 ? Math.min(d, POLL_LIMITS.maxCrawlDelayS) * 1000 : 0;
    },
  };
}

/** How long to wait before the next request to a host last asked at `last` (ms since the epoch). */
export const hostWaitMs = (
  last: number,
  now: number,
  robotsDelayMs: number,
  intervalMs: number = POLL_LIMITS.hostIntervalMs,
): number => Math.max(0, last + Math.max(intervalMs, robotsDelayMs) - now);

/** The items to fetch this poll: not seen before, newest first, at most `max`. */
export function newItems(
  items: readonly FeedItem[],
  seen: readonly string[],
  max: number = POLL_LIMITS.pagesPerPoll,
): FeedItem[] {
  const known = new Set(seen);
  const fresh = new Map<string, FeedItem>();
  for (const it of items) if (!known.has(it.url) && !fresh.has(it.url)) fresh.set(it.url, it);
  const time = (it: FeedItem) => (it.published ? Date.parse(it.published) : 0);
  return [...fresh.values()].sort((a, b) => time(b) - time(a)).slice(0, max);
}

/** The seen list after a poll: the newest URLs first, bounded (an old URL forgotten is at worst fetched again). */
export const rememberSeen = (seen: readonly string[], urls: readonly string[], max: number = POLL_LIMITS.seenPerFeed): string[] =>
  [...new Set([...urls, ...seen])].slice(0, max);

/** Is a collected article past the retention window? Counted from when it was collected, not its date: a reader
 * who adds a feed keeps what it brought for the window, however old the pages are (retention is theirs to see). */
export const pastRetention = (collectedAt: string, now: Date, days: number = POLL_LIMITS.retentionDays): boolean =>
  Date.parse(collectedAt) < now.getTime() - days * 86_400_000;
