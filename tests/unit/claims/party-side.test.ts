// A speaker phrase cleaned of what is no speaker (cleanParty), and the side a speaker is on (sideOf): one table each,
// one row a case. The demonym rule's own cases: lexicon.test.ts.
import { describe, expect, it } from 'vitest';
import { sideOf } from '../../../lib/claims/extract/attribution';
import { cleanParty } from '../../../lib/claims/extract/speaker-phrase';

describe('cleanParty: no clause with a verb in it is a speaker', () => {
  it.each([
    { name: 'a clause with "read from"', phrase: 'The Tarn agent also read from a council record', party: null },
    { name: 'a clause with "needs"', phrase: 'Vel needs about 100 days to recuperate', party: null },
    { name: 'a clause with "found"', phrase: 'Investigators found 28 boats there', party: null },
    { name: 'a clause with "ran"', phrase: 'The gunmen then ran to the Tarn bridge', party: null },
    {
      name: 'a participle is no verb',
      phrase: 'An opinion poll published by the Tarn Post',
      party: 'An opinion poll published by the Tarn Post',
    },
    { name: 'a phrase with "from"', phrase: 'A later message from Vel', party: 'A later message from Vel' },
  ])('$name', ({ phrase, party }) => expect(cleanParty(phrase)).toBe(party));
});

describe('sideOf: the side a speaker is on', () => {
  it.each([
    { name: 'a title with its stop is skipped (Mr.)', party: 'Mr. Pell', side: 'pell' },
    { name: 'a title with its stop is skipped (Sen.)', party: 'Sen. Ann Pell', side: 'pell' },
    { name: 'a two-word title is skipped', party: 'Attorney General Lenn', side: 'lenn' },
    ...[
      'Anna Pell',
      'Mayor Anna Pell',
      'Mrs. Pell',
      'Pell',
      'Anna Pell’s lawyer',
      'Tarn Police Chief Anna Pell',
      'prison spokesman Anna Pell',
    ].map((party) => ({ name: `a person by the surname however introduced: ${party}`, party, side: 'pell' })),
    { name: 'a body by its first word', party: 'the Tarn Harbour Authority', side: 'tarn' },
    { name: 'a medium by its first word', party: 'Tarn Times', side: 'tarn' },
    { name: "a body's spokesman speaks for it", party: 'Pellcorp spokesman Tom Lenn', side: 'pellcorp' },
    { name: 'a capital is its country', party: 'the Kremlin', side: 'russia' },
    { name: 'a seat of government is its country', party: 'Kyiv officials', side: 'ukraine' },
    { name: 'a demonym is its country', party: 'Ostrian officials', side: 'ostria' },
    { name: 'a body with no name is no side', party: 'the regional administration', side: null },
    { name: 'two people with one first name are two sides', party: 'John Lenn', notSameAs: 'John Kerr' },
    { name: 'a name in surname-first order is one side', party: 'Kim Jong Un', sameAs: 'Kim' },
  ] as { name: string; party: string; side?: string | null; sameAs?: string; notSameAs?: string }[])(
    '$name',
    ({ party, side, sameAs, notSameAs }) => {
      expect.hasAssertions();
      if (side !== undefined) expect(sideOf(party)).toBe(side);
      if (sameAs) expect(sideOf(party)).toBe(sideOf(sameAs));
      if (notSameAs) expect(sideOf(party)).not.toBe(sideOf(notSameAs));
    },
  );
});
