// Claim order: disputed first, then single-source, then corroborated; in-article and widely reported first.
import { describe, expect, it } from 'vitest';
import type { ReportClaim } from '../../../lib/types.js';
import { groupClaims, orderClaims, quotesByStance, topDisputed, whyLine } from '../../../lib/ui/claims.js';

const claim = (id: string, over: Partial<ReportClaim> = {}): ReportClaim => ({
  id,
  text: id,
  status: 'corroborated',
  assertedBy: [],
  deniedBy: [],
  attributedBy: [],
  attributedTo: null,
  inThisArticle: false,
  quotes: [],
  ...over,
});

describe('claim ordering', () => {
  const claims = [
    claim('corr'),
    claim('single', { status: 'single-source' }),
    claim('d-narrow', { status: 'disputed', assertedBy: ['A'], deniedBy: ['B'] }),
    claim('d-wide', { status: 'disputed', assertedBy: ['A', 'C'], deniedBy: ['B', 'D'] }),
    claim('d-here', { status: 'disputed', assertedBy: ['A'], deniedBy: ['B'], inThisArticle: true }),
  ];

  it('orders by status, then in this article, then outlets involved', () => {
    expect(orderClaims(claims).map((c) => c.id)).toEqual(['d-here', 'd-wide', 'd-narrow', 'single', 'corr']);
  });

  it('groups non-empty statuses in order and takes the top disputed', () => {
    expect(groupClaims(claims).map((g) => [g.status, g.claims.length])).toEqual([
      ['disputed', 3],
      ['single-source', 1],
      ['corroborated', 1],
    ]);
    expect(groupClaims([claim('x')]).map((g) => g.status)).toEqual(['corroborated']);
    expect(topDisputed(claims, 2).map((c) => c.id)).toEqual(['d-here', 'd-wide']);
  });

  it('puts the two sides of the quotes apart', () => {
    const q = (stance: 'asserts' | 'denies' | 'attributes') => ({ outlet: 'O', articleId: 'a', text: stance, stance });
    expect(quotesByStance([q('denies'), q('asserts'), q('attributes')]).map((g) => g.stance)).toEqual([
      'asserts',
      'attributes',
      'denies',
    ]);
  });
});

describe('whyLine', () => {
  const base: ReportClaim = {
    id: 'claim-1',
    text: 'Pellia recaptured Tarn',
    status: 'disputed',
    assertedBy: ['A'],
    deniedBy: ['B'],
    attributedBy: [],
    attributedTo: null,
    inThisArticle: true,
    quotes: [],
  };
  it.each([
    ['stance.deny-verb', 'disputed', null, 'Why disputed', 'read as a denial'],
    ['stance.falsity-word', 'disputed', null, 'Why disputed', 'read as calling it false'],
    ['deny.negates-affirmed-term', 'disputed', null, 'Why disputed', 'read as saying the opposite'],
    ['stance.attributed', 'disputed', 'the Pellian ministry', 'Why disputed', "read as the Pellian ministry's word"],
    ['party.leading-say-verb', 'disputed', 'Ana Vel', 'Why disputed', "read as Ana Vel's word"],
    ['no.such-rule', 'disputed', null, 'Why disputed', 'read this way'],
  ] as const)('%s on a %s claim', (rule, status, party, label, reading) => {
    const w = whyLine({ ...base, status, why: { sentence: 'Officials denied the claim.', outlet: 'B', rule, party } })!;
    expect(w).toMatchObject({ label, reading, sentence: 'Officials denied the claim.', outlet: 'B', ruleId: rule });
  });
  it('is null without a why, and for a single source (its "rests on the word of" says it)', () => {
    expect(whyLine(base)).toBeNull();
    expect(
      whyLine({
        ...base,
        status: 'single-source',
        why: { sentence: 'x', outlet: 'B', rule: 'stance.attributed', party: 'Ana Vel' },
      }),
    ).toBeNull();
  });
  it('cuts a long sentence at a word', () => {
    const long = `${'word '.repeat(50)}end.`;
    const w = whyLine({ ...base, why: { sentence: long, outlet: 'B', rule: 'stance.deny-verb' } })!;
    expect(w.sentence.length).toBeLessThanOrEqual(162);
    expect(w.sentence).toMatch(/word …$/);
  });
});
