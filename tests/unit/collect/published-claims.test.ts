import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/extract/claim-text.js';
import { packClaims, unpackClaims } from '../../../lib/claims/extract/stored-claim.js';
import { publishedClaims } from '../../../lib/collect/published-claims.js';

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
});
