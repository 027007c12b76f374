// Grouping by event, folding copies under originals, and counting other/independent outlets.
import { describe, expect, it } from 'vitest';
import type { CoverageItem, Report } from '../../../lib/types.js';
import { countOutlets, domainsOf, foldCopies, groupCoverage, outletKey } from '../../../lib/ui/coverage.js';
import { bridgeReport } from '../../../lib/ui/mock/bridge-story.js';

const item = (id: string, over: Partial<CoverageItem> = {}): CoverageItem => ({
  id,
  outlet: `Outlet ${id}`,
  domain: `${id}.example`,
  title: `Title ${id}`,
  url: null,
  published: null,
  relation: 'same-event',
  eventId: 'e1',
  ...over,
});

describe('foldCopies', () => {
  it('puts a copy under its original, and a copy of a copy under the first original', () => {
    const entries = foldCopies([
      item('c2', { relation: 'copy', copyOf: 'c1' }),
      item('c1', { relation: 'copy', copyOf: 'a' }),
      item('a'),
      item('b'),
    ]);
    expect(entries.map((e) => [e.item.id, e.copies.map((c) => c.id)])).toEqual([
      ['a', ['c1', 'c2']],
      ['b', []],
    ]);
  });

  it('keeps a copy whose original is not in the list on its own, and survives a copy cycle', () => {
    expect(foldCopies([item('x', { relation: 'copy', copyOf: 'missing' })]).map((e) => e.item.id)).toEqual(['x']);
    const cyc = foldCopies([item('p', { relation: 'copy', copyOf: 'q' }), item('q', { relation: 'copy', copyOf: 'p' })]);
    expect(cyc.flatMap((e) => [e.item.id, ...e.copies.map((c) => c.id)]).sort()).toEqual(['p', 'q']);
  });

  it('orders by date, unknown dates last', () => {
    const ids = foldCopies([
      item('n'),
      item('late', { published: '2031-05-02' }),
      item('early', { published: '2031-05-01T10:00:00Z' }),
    ]);
    expect(ids.map((e) => e.item.id)).toEqual(['early', 'late', 'n']);
  });
});

describe('groupCoverage', () => {
  it('puts this event first, then the story events in timeline order', () => {
    const groups = groupCoverage(bridgeReport);
    expect(groups.map((g) => [g.eventId, g.isThisEvent])).toEqual([
      ['ev-reopen', true],
      ['ev-closure', false],
    ]);
    expect(groups[1]!.title).toBe('Larkspur Bridge closed after cracks found');
  });
});

describe('countOutlets', () => {
  it('counts copies as outlets but not as independent ones, and leaves out related events', () => {
    expect(countOutlets(bridgeReport)).toEqual({
      others: 4,
      independent: 3,
      names: ['Harbor Times', 'Metro Daily', 'unknown outlet', 'Valley Wire'],
    });
  });

  it("does not count the reader's own outlet, nor the same outlet twice", () => {
    const report: Pick<Report, 'coverage' | 'event' | 'article'> = {
      article: { ...bridgeReport.article, domain: 'a.example' },
      event: { id: 'e1', title: 'E', date: null },
      coverage: [item('a'), item('b'), item('b2', { domain: 'b.example' }), item('c', { relation: 'copy', copyOf: 'b' })],
    };
    expect(countOutlets(report)).toEqual({ others: 2, independent: 1, names: ['Outlet b', 'Outlet c'] });
  });

  it('keeps unnamed outlets apart rather than merging them into one', () => {
    expect(outletKey({ id: 'u1', outlet: null, domain: null })).not.toBe(outletKey({ id: 'u2', outlet: null, domain: null }));
    expect(outletKey({ id: '1', outlet: ' Harbor Times ', domain: null })).toBe(
      outletKey({ id: '2', outlet: 'harbor times', domain: null }),
    );
  });
});

describe('domainsOf', () => {
  it('lists each known domain once', () => {
    expect(domainsOf(bridgeReport).sort()).toEqual([
      'harbortimes.example',
      'metrodaily.example',
      'riverside-gazette.example',
      'valleywire.example',
    ]);
  });
});
