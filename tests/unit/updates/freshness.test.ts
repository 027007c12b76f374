// Freshness in words, one row a case: relative times, the updater's states, and whether the coverage reaches an
// article's date. Times are read in UTC here (the extension uses the reader's zone).
import { describe, expect, it } from 'vitest';
import { coverageLine, coverageOfDate, updatesState, when } from '../../../lib/ui/freshness.js';
import type { Freshness } from '../../../lib/updates/freshness.js';

const now = new Date('2026-12-10T15:00:00Z'); // a Thursday
const tz = 'UTC';
const base: Freshness = {
  coverage: { newest: '2026-12-10T14:05:00Z', articles: 48_312, outlets: 212 },
  status: 'ok',
  since: null,
  reason: null,
  lastSuccess: '2026-12-10T14:10:00Z',
};

describe('freshness in words', () => {
  it.each([
    ['2026-12-10T14:05:00Z', '14:05 today'],
    ['2026-12-09T09:10:00Z', '09:10 yesterday'],
    ['2026-12-08T09:10:00Z', 'Tuesday'],
    ['2026-12-01T09:10:00Z', '1 Dec 2026'],
    ['2025-05-22', '22 May 2025'],
    ['2026-12-10', 'today'],
  ])('when(%s) = %s', (iso, expected) => expect(when(iso, now, tz)).toBe(expected));

  it.each<[Partial<Freshness>, string]>([
    [{ status: 'off' }, 'updates are off'],
    [{ status: 'ok' }, 'updates checked 14:10 today'],
    [{ status: 'pending' }, 'the first update is on its way'],
    [
      { status: 'failing', since: '2026-12-08T08:00:00Z', reason: 'signature invalid: the manifest was not signed by this key' },
      'updates failed since Tuesday: signature invalid',
    ],
    [
      { status: 'failing', since: '2026-12-10T08:00:00Z', reason: 'the update server did not answer (x.example): fetch failed' },
      'updates failed since 08:00 today: the update server did not answer (x.example)',
    ],
    [
      { status: 'stale', since: '2026-12-09T10:00:00Z', reason: "the publisher's updates expired (Wire)" },
      "updates are stale since 10:00 yesterday: the publisher's updates expired (Wire)",
    ],
  ])('%j → %s', (over, expected) => expect(updatesState({ ...base, ...over }, now, tz)).toBe(expected));

  it('the coverage line', () => {
    expect(coverageLine(base, now, tz)).toBe('Coverage up to 14:05 today: 48,312 articles from 212 outlets');
    // An imported index says where it came from, and an unsigned one says it is unverified.
    expect(coverageLine({ ...base, imported: { verified: false, by: null } }, now, tz)).toBe(
      'Unverified imported coverage up to 14:05 today: 48,312 articles from 212 outlets',
    );
    expect(coverageLine({ ...base, imported: { verified: true, by: 'Test Wire' } }, now, tz)).toBe(
      'Coverage imported from Test Wire up to 14:05 today: 48,312 articles from 212 outlets',
    );
  });

  it.each<[string, Partial<Freshness>, string]>([
    [
      '2026-12-03',
      { status: 'off', coverage: { newest: '2025-05-22', articles: 10, outlets: 2 } },
      'This article is from 3 Dec 2026; your coverage ends 22 May 2025: updates are off.',
    ],
    [
      '2026-12-10T16:00:00+02:00',
      {
        status: 'failing',
        since: '2026-12-08T08:00:00Z',
        reason: 'signature invalid: x',
        coverage: { newest: '2026-12-08T07:00:00Z', articles: 10, outlets: 2 },
      },
      'This article is from 10 Dec 2026; your coverage ends 8 Dec 2026: updates failed since Tuesday: signature invalid.',
    ],
    [
      '2026-12-09',
      {},
      "Your coverage runs to 10 Dec 2026, past this article's date (9 Dec 2026): no outlet in it reported this event.",
    ],
  ])('article of %s', (published, over, expected) =>
    expect(coverageOfDate(published, { ...base, ...over }, now, tz)).toBe(expected),
  );

  it('says nothing about a date it does not know', () => {
    expect(coverageOfDate(null, base, now, tz)).toBeNull();
    expect(coverageOfDate('2026-12-01', { ...base, coverage: null }, now, tz)).toBeNull();
  });
});
