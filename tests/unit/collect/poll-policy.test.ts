import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../lib/collect/feed.js';
import {
  conditionalHeaders,
  hostWaitMs,
  newItems,
  originPattern,
  originPatterns,
  pastRetention,
  rememberSeen,
  robotsRules,
} from '../../../lib/collect/poll-policy.js';

const item = (url: string, published: string | null = null): FeedItem => ({
  guid: null,
  url,
  title: url,
  summary: null,
  published,
  author: null,
  language: null,
});

describe('the permission a feed needs', () => {
  it.each([
    ['https://www.example.org/rss.xml', 'https://www.example.org/*'],
    ['http://127.0.0.1:8080/feed', 'http://127.0.0.1/*'],
    ['ftp://example.org/feed', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => expect(originPattern(url)).toBe(pattern));

  it('lists each site once, sorted', () => {
    expect(originPatterns(['https://b.example/1', 'https://a.example/x', 'https://b.example/2', 'mailto:x'])).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });
});

describe('conditional GET', () => {
  it.each([
    [null, {}],
    [{ etag: '"v1"', lastModified: null }, { 'if-none-match': '"v1"' }],
    [{ etag: null, lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' }, { 'if-modified-since': 'Mon, 07 Dec 2026 10:00:00 GMT' }],
  ] as const)('%j → %j', (v, headers) => expect(conditionalHeaders(v)).toEqual(headers));
});

describe('robots.txt', () => {
  const url = 'https://news.example/robots.txt';
  it('disallows what it says for every agent, and reads crawl-delay (capped at two minutes)', () => {
    const r = robotsRules(url, { status: 200, text: 'User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n' });
    expect(r.allows('https://news.example/private/a.html')).toBe(false);
    expect(r.allows('https://news.example/world/a.html')).toBe(true);
    expect(r.delayMs()).toBe(5000);
    expect(robotsRules(url, { status: 200, text: 'User-agent: *\nCrawl-delay: 9000\n' }).delayMs()).toBe(120_000);
  });
  it.each([
    [{ status: 404, text: '' }, true],
    [{ status: 500, text: '' }, false],
    [{ status: 429, text: '' }, false],
    [null, false],
  ])('answer %j allows everything: %s (missing: yes; unreachable: not for now)', (answer, allowed) => {
    expect(robotsRules(url, answer).allows('https://news.example/a')).toBe(allowed);
  });
});

describe('politeness per host', () => {
  it.each([
    [0, 10_000, 0, 0],
    [9_500, 10_000, 0, 500],
    [9_500, 10_000, 5_000, 4_500],
    [1_000, 10_000, 0, 0],
  ])('last %i, now %i, crawl-delay %i ms → wait %i ms', (last, now, delay, wait) =>
    expect(hostWaitMs(last, now, delay, 1_000)).toBe(wait),
  );
});

describe('which items a poll fetches', () => {
  it('skips those seen and repeats, newest first, at most the limit', () => {
    const items = [
      item('https://a/1', '2026-12-01T10:00:00Z'),
      item('https://a/2', '2026-12-01T12:00:00Z'),
      item('https://a/3'),
      item('https://a/2', '2026-12-01T12:00:00Z'),
      item('https://a/4', '2026-12-01T11:00:00Z'),
    ];
    expect(newItems(items, ['https://a/1'], 2).map((i) => i.url)).toEqual(['https://a/2', 'https://a/4']);
  });
  it('remembers the newest URLs first, each once, bounded', () => {
    expect(rememberSeen(['b', 'c'], ['a', 'b'], 3)).toEqual(['a', 'b', 'c']);
    expect(rememberSeen(['b', 'c'], ['a'], 2)).toEqual(['a', 'b']);
  });
});

describe('retention of collected articles', () => {
  const now = new Date('2026-12-31T00:00:00Z');
  it.each([
    ['2026-12-30T00:00:00Z', false],
    ['2026-11-30T00:00:00Z', true],
  ])('collected %s: past 30 days? %s', (at, past) => expect(pastRetention(at, now, 30)).toBe(past));
});
