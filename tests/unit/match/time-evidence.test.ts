import { describe, expect, it } from 'vitest';
import {
  dateEvidence,
  FAR_DAYS,
  gapDays,
  NEAR_DAYS,
  pageDay,
  spanOf,
  timeFactor,
  undatedEventFactor,
} from '../../../lib/match/time-evidence';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T12:00:00Z`) / 86_400_000);

describe('time evidence', () => {
  it('takes the page date, else when it was first seen', () => {
    expect(pageDay({ published: '2019-11-18T10:45:00Z', dateSource: 'printed' })).toEqual({
      day: day('2019-11-18'),
      source: 'printed',
    });
    expect(pageDay({ published: null, firstSeen: '2026-12-07T09:00:00Z' })).toEqual({
      day: day('2026-12-07'),
      source: 'first-seen',
    });
    expect(pageDay({ published: null })).toBeNull();
  });
  it.each([
    ['inside the span', '2021-03-02', ['2021-03-01', '2021-03-04'], 0],
    ['before it', '2021-02-25', ['2021-03-01', '2021-03-04'], 4],
    ['after it', '2021-03-10', ['2021-03-01', '2021-03-04'], 6],
  ])('gap %s', (_n, page, [a, b], want) => {
    expect(gapDays({ day: day(page as string), source: 'metadata' }, [day(a as string), day(b as string)])).toBe(want);
  });
  it('reads a first-seen date as an upper bound only', () => {
    const seen = { day: day('2026-12-07'), source: 'first-seen' as const };
    expect(gapDays(seen, [day('2015-01-01'), day('2015-01-02')])).toBe(0);
    expect(gapDays(seen, [day('2027-12-07'), day('2027-12-07')])).toBe(365);
  });
  it('falls off with the log of the gap, to nothing a year away', () => {
    expect(timeFactor(null)).toBe(1);
    expect(timeFactor(NEAR_DAYS)).toBe(1);
    expect(timeFactor(30)).toBeCloseTo(0.632, 2);
    expect(timeFactor(90)).toBeCloseTo(0.354, 2);
    expect(timeFactor(FAR_DAYS)).toBe(0);
    expect(timeFactor(4 * 365)).toBe(0);
  });
  it('weighs an undated event by the share of the index it could be near', () => {
    const page = { day: day('2019-11-18'), source: 'metadata' as const };
    const wide = undatedEventFactor(page, [day('2010-01-01'), day('2025-12-31')]);
    expect(wide).toBeGreaterThan(0);
    expect(wide).toBeLessThan(0.1);
    expect(undatedEventFactor(page, [day('2019-11-18'), day('2019-11-18')])).toBe(1);
    expect(dateEvidence(page, null, null).factor).toBe(1);
  });
  it('spans the dated members only', () => {
    expect(spanOf([null, day('2021-03-04'), day('2021-03-01')])).toEqual([day('2021-03-01'), day('2021-03-04')]);
    expect(spanOf([null])).toBeNull();
  });
});
