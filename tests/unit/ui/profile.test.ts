// Outlet lean and country from the sources' own labels; unknown stays unknown, switched-off sets are hidden.
import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../lib/types.js';
import { distribution } from '../../../lib/ui/distribution.js';
import { bridgeProfiles } from '../../../lib/ui/mock/bridge-profiles.js';
import { countryLabel, countryOf, leanOf, normaliseLean, visibleProfile } from '../../../lib/ui/profile.js';

describe('normaliseLean', () => {
  it.each([
    ['left-center', 'lean-left'],
    ['least biased', 'center'],
    ['extreme right', 'right'],
    ['far-right', 'right'],
    ['right conspiracy-pseudoscience', 'right'],
    ['lean left', 'lean-left'],
    ['extreme-left', 'left'],
    ['center', 'center'],
  ])('%s → %s', (label, lean) => expect(normaliseLean(label)).toBe(lean));

  it.each(['pro-science', 'conspiracy-pseudoscience', 'satire', 'mixed', 'not rated', ''])('%s is not a lean', (label) => {
    expect(normaliseLean(label)).toBeNull();
  });
});

describe('profiles', () => {
  it('never makes up a lean or country', () => {
    expect(leanOf(bridgeProfiles['valleywire.example'])).toBeNull();
    expect(leanOf(undefined)).toBeNull();
    expect(
      countryOf({
        ...bridgeProfiles['valleywire.example']!,
        country: [{ value: 'unknown', set: 'mbfc', source: 'MBFC', date: null }],
      }),
    ).toBeNull();
  });

  it('reads lean and country, and drops switched-off sets', () => {
    const harbor = bridgeProfiles['harbortimes.example']!;
    expect(leanOf(harbor)).toBe('right');
    expect(leanOf(harbor, { baly2020: false })).toBeNull();
    expect(countryOf(harbor)).toBe('United Kingdom');
    expect(visibleProfile(harbor, { opensources: false }).state).toEqual([]);
    expect(countryLabel('usa')).toBe('USA');
  });
});

describe('distribution', () => {
  const item = (id: string, domain: string | null): CoverageItem => ({
    id,
    outlet: null,
    domain,
    title: '',
    url: null,
    published: null,
    relation: 'same-event',
    eventId: 'e',
  });
  it('counts outlets once, keeps unknown last and apart, and follows a fixed order when given', () => {
    const items = [
      item('1', 'a.example'),
      item('2', 'a.example'),
      item('3', 'b.example'),
      item('4', null),
      item('5', 'c.example'),
    ];
    const cat: Record<string, string> = { 'a.example': 'right', 'b.example': 'left' };
    const segs = distribution(
      items,
      (i) => (i.domain ? (cat[i.domain] ?? null) : null),
      (k) => k,
      ['left', 'right'],
    );
    expect(segs.map((s) => [s.key, s.count])).toEqual([
      ['left', 1],
      ['right', 1],
      [null, 2],
    ]);
    expect(segs.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
  });
});

describe('rating sets offered in options', () => {
  it('offers the named sets even when the settings have none yet, and keeps unknown ids', async () => {
    const { ratingSetIds } = await import('../../../lib/ui/rating-sets.js');
    expect(ratingSetIds({})).toContain('mbfc');
    expect(ratingSetIds({ zeta: false }).at(-1)).toBe('zeta');
  });
});
