// Formatting, safe links, page parameters, site lists, history mix and the story timeline.
import { describe, expect, it } from 'vitest';
import { formatDate, isolate, listNames, outletName, percent, plural } from '../../../lib/ui/format.js';
import { monthLabel, outletMix } from '../../../lib/ui/history-mix.js';
import { bridgeReport } from '../../../lib/ui/mock/bridge-story.js';
import { readParams } from '../../../lib/ui/page-params.js';
import { hostOf, safeHref } from '../../../lib/ui/safe-url.js';
import { parseSiteList } from '../../../lib/ui/site-list.js';
import { storyTimeline } from '../../../lib/ui/timeline.js';

describe('format', () => {
  it('says unknown for what is unknown', () => {
    expect(formatDate(null)).toBe('date unknown');
    expect(formatDate('not a date')).toBe('date unknown');
    expect(formatDate('2031-05-12')).toBe('12 May 2031');
    expect(formatDate('2031-05-12T23:30:00-05:00')).toBe('13 May 2031');
    expect(outletName(null, null)).toBe('unknown outlet');
    expect(outletName(null, 'x.example')).toBe('x.example');
  });
  it('counts and lists', () => {
    expect(plural(1, 'outlet')).toBe('1 outlet');
    expect(plural(0, 'copy', 'copies')).toBe('0 copies');
    expect(percent(0.857)).toBe('86%');
    expect(percent(7)).toBe('100%');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D', 'E', 'F'], 4)).toBe('A, B, C and 3 more');
  });
});

describe('safeHref', () => {
  it('lets only http(s) through', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(hostOf('https://www.a.example/x')).toBe('a.example');
  });
});

describe('readParams', () => {
  it('reads ?tabId and ?mock, ignoring junk', () => {
    expect(readParams('?tabId=12')).toEqual({ tabId: 12, mock: null });
    expect(readParams('?tabId=12abc&mock=none')).toEqual({ tabId: null, mock: 'none' });
    expect(readParams('?mock')).toEqual({ tabId: null, mock: 'ready' });
    expect(readParams('?mock=<script>')).toEqual({ tabId: null, mock: null });
  });
});

describe('parseSiteList', () => {
  it('keeps host names only', () => {
    expect(parseSiteList('https://www.A.example/x?y\nlocalhost, junk\n127.0.0.1:8080 a.example')).toEqual([
      'a.example',
      'localhost',
      '127.0.0.1:8080',
    ]);
  });
});

describe('outletMix', () => {
  it('groups by month, newest first, most read outlet first', () => {
    const e = (at: string, outlet: string | null) => ({ at, outlet, url: null, domain: null, eventId: null, eventTitle: null });
    const mix = outletMix([
      e('2031-03-01T00:00:00Z', 'A'),
      e('2031-03-02T00:00:00Z', 'B'),
      e('2031-03-03T00:00:00Z', 'B'),
      e('2031-04-01T00:00:00Z', null),
      e('bad', 'C'),
    ]);
    expect(mix).toEqual([
      { month: '2031-04', total: 1, outlets: [{ outlet: 'unknown outlet', count: 1 }] },
      {
        month: '2031-03',
        total: 3,
        outlets: [
          { outlet: 'B', count: 2 },
          { outlet: 'A', count: 1 },
        ],
      },
    ]);
    expect(monthLabel('2031-03')).toBe('March 2031');
  });
});

describe('storyTimeline', () => {
  it('lists the story events by date and when the denial first came', () => {
    const t = storyTimeline(bridgeReport);
    expect(t.map((e) => [e.kind, e.date])).toEqual([
      ['event', '2030-09-03'],
      ['event', '2031-05-12'],
      ['denial', '2031-05-12T18:00:00Z'],
      ['event', '2031-05-13'],
    ]);
    expect(t[1]!.isThisEvent).toBe(true);
    expect(t[2]!.outlets).toEqual(['Harbor Times']);
  });
});

describe('categoryMix', () => {
  it('counts articles per lean per month, unknown apart and last', async () => {
    const { categoryMix } = await import('../../../lib/ui/history-mix.js');
    const e = (at: string, domain: string | null) => ({ at, domain, outlet: null, url: null, eventId: null, eventTitle: null });
    const lean: Record<string, string> = { 'l.example': 'left', 'r.example': 'right' };
    const mix = categoryMix(
      [
        e('2031-03-01T00:00:00Z', 'r.example'),
        e('2031-03-02T00:00:00Z', 'l.example'),
        e('2031-03-03T00:00:00Z', 'r.example'),
        e('2031-03-04T00:00:00Z', null),
      ],
      (d) => (d ? (lean[d] ?? null) : null),
      ['left', 'center', 'right'],
    );
    expect(mix).toEqual([
      {
        month: '2031-03',
        segments: [
          { key: 'left', count: 1, share: 0.25 },
          { key: 'right', count: 2, share: 0.5 },
          { key: null, count: 1, share: 0.25 },
        ],
      },
    ]);
  });
});

describe('isolate', () => {
  it.each([
    ['plain left-to-right text is left alone', 'The Daily Globe', 'The Daily Globe'],
    ['a right-to-left override is fenced in', 'Evil\u202eTimes', '\u2068Evil\u202eTimes\u2069'],
    ['Hebrew is fenced in', 'הארץ', '\u2068הארץ\u2069'],
  ])('%s', (_name, given, want) => {
    expect(isolate(given)).toBe(want);
  });
  it('reaches outlet names and lists', () => {
    expect(outletName('A\u202eB')).toBe('\u2068A\u202eB\u2069');
    expect(listNames(['A\u202e', 'B'])).toBe('\u2068A\u202e\u2069 and B');
  });
});
