// Claim order: disputed first, then single-source, then corroborated; in-article and widely reported first.
import { describe, expect, it } from 'vitest';
import type { ReportClaim } from '../../../lib/types.js';
import { groupClaims, orderClaims, quotesByStance, topDisputed } from '../../../lib/ui/claims.js';

const claim = (id: string, over: Partial<ReportClaim> = {}): ReportClaim => ({
  id, text: id, status: 'corroborated', assertedBy: [], deniedBy: [], attributedBy: [], attributedTo: null,
  inThisArticle: false, quotes: [], ...over,
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
      ['disputed', 3], ['single-source', 1], ['corroborated', 1],
    ]);
    expect(groupClaims([claim('x')]).map((g) => g.status)).toEqual(['corroborated']);
    expect(topDisputed(claims, 2).map((c) => c.id)).toEqual(['d-here', 'd-wide']);
  });

  it('puts the two sides of the quotes apart', () => {
    const q = (stance: 'asserts' | 'denies' | 'attributes') => ({ outlet: 'O', articleId: 'a', text: stance, stance });
    expect(quotesByStance([q('denies'), q('asserts'), q('attributes')]).map((g) => g.stance)).toEqual(['asserts', 'attributes', 'denies']);
  });
});
