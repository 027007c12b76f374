import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/extract/claim-text.js';
import { packClaims, unpackClaims } from '../../../lib/claims/extract/stored-claim.js';
import { claimContexts, CONTEXT_ARTICLES, publishedClaims, sharedWith } from '../../../lib/collect/published-claims.js';

const claim = (i: number, extra: Partial<Claim> = {}): Claim => ({
  sentenceIndex: i,
  sentence: `Sentence ${i} says that the count was ${i}.`,
  stance: 'asserts',
  ...extra,
});
const lead = (n: number) => Array.from({ length: n }, (_, i) => claim(i));
const kept = (claims: Claim[], max: number) =>
  unpackClaims(publishedClaims(packClaims(claims), max)).map((c) => [c.sentenceIndex, c.stance, c.contests ?? null]);

describe('publishedClaims', () => {
  it.each([
    [
      'fewer than the cap: all of them',
      lead(3),
      6,
      [
        [0, 'asserts', null],
        [1, 'asserts', null],
        [2, 'asserts', null],
      ],
    ],
    [
      'more: the lead claims in reading order',
      lead(10),
      3,
      [
        [0, 'asserts', null],
        [1, 'asserts', null],
        [2, 'asserts', null],
      ],
    ],
    [
      'a late denial and the claim it contests come first, links renumbered',
      [...lead(8), claim(8, { stance: 'denies', counter: true, contests: 6, party: 'the ministry' })],
      4,
      [
        [0, 'asserts', null],
        [1, 'asserts', null],
        [6, 'asserts', null],
        [8, 'denies', 2],
      ],
    ],
    [
      'disputes take at most half of the slots',
      [...lead(6), claim(6, { stance: 'denies' }), claim(7, { stance: 'denies' }), claim(8, { stance: 'denies' })],
      4,
      [
        [0, 'asserts', null],
        [1, 'asserts', null],
        [6, 'denies', null],
        [7, 'denies', null],
      ],
    ],
  ])('%s', (_name, claims, max, expected) => {
    expect(kept(claims, max)).toEqual(expected);
  });

  it('keeps each kept claim as it was (sentence, party, spans)', () => {
    const quoted = claim(0, { party: 'Jane Doe', stance: 'attributes', span: [0, 10], cue: [11, 15] });
    const [original] = unpackClaims(packClaims([quoted]));
    expect(unpackClaims(publishedClaims(packClaims([quoted, ...lead(4).slice(1)]), 1))).toEqual([original]);
  });

  it.each([
    ['the most shared first, kept in reading order', [0, 0, 0, 2, 0, 1, 0, 3], [3, 5, 7]],
    ['fewer shared than slots: then the lead', [0, 0, 0, 2, 0, 0, 0, 3], [0, 3, 7]],
    ['none shared: the lead', [0, 0, 0, 0, 0, 0, 0, 0], [0, 1, 2]],
  ])('after disputes, claims other articles state: %s', (_name, shared, expected) => {
    expect(unpackClaims(publishedClaims(packClaims(lead(8)), 3, shared)).map((c) => c.sentenceIndex)).toEqual(expected);
  });

  it('keeps a dispute before a shared claim', () => {
    const claims = [...lead(5), claim(5, { stance: 'denies' })];
    const got = unpackClaims(publishedClaims(packClaims(claims), 2, [0, 0, 4, 0, 0, 0])).map((c) => c.sentenceIndex);
    expect(got).toEqual([2, 5]);
  });
});

describe('sharedWith', () => {
  const said = (i: number, sentence: string): Claim => ({ sentenceIndex: i, sentence, stance: 'asserts' });
  const own = packClaims([
    said(0, 'The river flooded the old harbour district on Tuesday night.'),
    said(1, 'Bakers on Main Street sold out of rye bread by noon.'),
  ]);
  const other = packClaims([said(0, 'Floodwater from the river covered the old harbour district on Tuesday night.')]);

  it('counts the other articles stating each claim (the comparison groups them)', () => {
    expect(sharedWith(own, [other, other])).toEqual([2, 0]);
  });

  it('counts nothing without other articles', () => {
    expect(sharedWith(own, [])).toEqual([0, 0]);
  });
});

describe('claimContexts', () => {
  it('gives each article the earlier articles of its event, by time then id, the nearest few', () => {
    const n = CONTEXT_ARTICLES + 2;
    const list = [
      ...Array.from({ length: n }, (_, i) => ({ id: `a${String(i).padStart(2, '0')}`, event: 'e1', at: 1000 - i })),
      { id: 'b', event: 'e2', at: 0 },
    ];
    const got = claimContexts(list);
    const byTime = list
      .filter((a) => a.event === 'e1')
      .sort((a, b) => a.at - b.at)
      .map((a) => a.id);
    expect(got.get(byTime[0]!)).toEqual([]);
    expect(got.get(byTime[2]!)).toEqual(byTime.slice(0, 2));
    expect(got.get(byTime[n - 1]!)).toEqual(byTime.slice(n - 1 - CONTEXT_ARTICLES, n - 1));
    expect(got.get('b')).toEqual([]);
  });

  it('orders articles of one time by id', () => {
    const got = claimContexts([
      { id: 'z', event: 'e', at: 5 },
      { id: 'a', event: 'e', at: 5 },
    ]);
    expect(got.get('z')).toEqual(['a']);
  });
});
