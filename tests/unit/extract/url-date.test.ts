import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../lib/extract/url-date';
import { uuidV1Day } from '../../../lib/node/fnc1';

describe('dateFromUrl', () => {
  it.each([
    ['https://www.nytimes.com/2018/04/17/world/asia/trump-japan.html', '2018-04-17'],
    ['http://www.foxnews.com/politics/2018/04/20/cia-director.html', '2018-04-20'],
    ['https://example.com/news/2019-11-18/story', '2019-11-18'],
    ['https://example.com/20191118/story', '2019-11-18'],
    ['https://www.huffingtonpost.com/entry/mike-pompeo-kim-jong-un_us_5ad68f54e4b029ebe01ef17a', null],
    ['https://example.com/2019/story-about-2019', null],
    ['https://example.com/2019/02/30/not-a-day', null],
    ['not a url', null],
  ])('%s → %s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });
  it('refuses a date after the bound', () => {
    expect(dateFromUrl('https://example.com/2031/01/02/x', '2026-12-07')).toBeNull();
  });
});

describe('uuidV1Day', () => {
  it('reads the day an Emergent claim was logged', () => {
    // Claim "11 commercial aircraft went missing from the Tripoli airport" (Emergent, September 2014).
    expect(uuidV1Day('e21f7e90-33cb-11e4-8453-710264d9a1f8')).toBe('2014-09-04');
  });
  it('gives null for other UUID versions and non-UUIDs', () => {
    expect(uuidV1Day('123e4567-e89b-42d3-a456-426614174000')).toBeNull();
    expect(uuidV1Day('fnc1:17')).toBeNull();
  });
});
