import { describe, expect, it } from 'vitest';
import { chooseTitle, isHeadline } from '../../../lib/index/event-title';

const lead =
  'Mayor Elena Strand said on Tuesday that rescue divers had pulled 23 people from the Harwick river after the bridge fell.';

describe('isHeadline', () => {
  it('accepts a printed headline and rejects the first sentence used as a title', () => {
    expect(isHeadline('Harwick bridge collapse: divers rescue 23, three missing', lead)).toBe(true);
    expect(isHeadline('Mayor Elena Strand said on Tuesday that rescue divers had pulled 23 people from…', lead)).toBe(false);
    expect(isHeadline('Mayor Elena Strand said on Tuesday that rescue divers had pulled 23 people', lead)).toBe(false);
  });
  it('rejects titles of no headline length', () => {
    expect(isHeadline('News', null)).toBe(false);
    expect(isHeadline('x'.repeat(200), null)).toBe(false);
  });
});

describe('chooseTitle', () => {
  const body = { title: 'Mayor Elena Strand said on Tuesday that rescue divers had pulled 23 people from…', lead, copy: false };
  it('prefers a headline over a first sentence, even when the first sentence comes first', () => {
    const i = chooseTitle([
      body,
      { title: 'Rescuers search river after Harwick bridge falls', lead: 'Rescue teams searched.', copy: false },
    ]);
    expect(i).toBe(1);
  });
  it('picks the headline sharing most terms with the others, not the odd one out', () => {
    const i = chooseTitle([
      { title: 'City council debates its budget for next year', lead: 'The council met.', copy: false },
      { title: 'Harwick bridge collapse leaves three missing', lead: 'A bridge fell.', copy: false },
      { title: 'Divers search river after Harwick bridge collapse', lead: 'Divers searched.', copy: false },
      { title: 'Harwick bridge collapse: corroded girders blamed', lead: 'Documents show.', copy: false },
    ]);
    expect(i).not.toBe(0);
  });
  it('prefers an original over a copy, and a copy over no headline', () => {
    const copy = { title: 'Harwick bridge collapse leaves three missing', lead: 'A bridge fell.', copy: true };
    const orig = { title: 'Divers search the river at Harwick', lead: 'Divers searched.', copy: false };
    expect(chooseTitle([copy, orig])).toBe(1);
    expect(chooseTitle([body, copy])).toBe(1);
  });
  it('returns -1 when no member has a headline, so the caller falls back', () => {
    expect(chooseTitle([body])).toBe(-1);
  });
});
