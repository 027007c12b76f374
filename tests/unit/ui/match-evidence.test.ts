import { describe, expect, it } from 'vitest';
import { describeDates, describePageType } from '../../../lib/ui/match-evidence';

describe('why-this-matched wording', () => {
  it.each([
    [{ type: 'news', rules: [] }, 'a news report (nothing on the page says otherwise)'],
    [{ type: 'news', rules: ['ld-news'] }, 'a news report, from its schema.org type'],
    [{ type: 'review', rules: ['url-review', 'title-review'] }, 'a product review, from its address and its headline'],
    [{ type: 'reference', rules: ['url-wiki', 'title-wiki'] }, 'a reference page, from its address and its headline'],
  ] as const)('page type %j', (d, want) => {
    expect(describePageType({ type: d.type, rules: [...d.rules] })).toBe(want);
  });

  it.each([
    [
      {
        page: { date: '2021-03-02', source: 'metadata' },
        event: { first: '2021-03-01', last: '2021-03-02' },
        gapDays: 0,
        factor: 1,
      },
      "this page 2021-03-02 (from the page's metadata), the event 2021-03-01 to 2021-03-02: within the event’s dates; the dates fit.",
    ],
    [
      {
        page: { date: '2021-04-10', source: 'printed' },
        event: { first: '2021-03-01', last: '2021-03-01' },
        gapDays: 40,
        factor: 0.546,
      },
      'this page 2021-04-10 (as printed on the page), the event 2021-03-01: 40 days apart; the dates leave 55% of the confidence the words give.',
    ],
    [
      {
        page: { date: '2019-11-18', source: 'url' },
        event: { first: '2015-01-20', last: '2015-01-20' },
        gapDays: 1763,
        factor: 0,
      },
      "this page 2019-11-18 (from the page's address), the event 2015-01-20: 5 years apart; too far apart to be the same event.",
    ],
    [
      { page: null, event: null, gapDays: null, factor: 1 },
      'this page undated, the event undated in the index; the dates could not be compared.',
    ],
  ] as const)('dates %#', (d, want) => {
    expect(describeDates(d)).toBe(want);
  });
});
