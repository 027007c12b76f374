// Unit tests for how a claim disputed across the story is told: which other events deny or state it, and when.
import { describe, expect, it } from 'vitest';
import type { ClaimQuote, Report, ReportClaim } from '../../../lib/types';
import { quoteEventNote, storySides, storySideWhere } from '../../../lib/ui/story-claims';
import { storyTimeline } from '../../../lib/ui/timeline';

const context: Pick<Report, 'story' | 'event'> = {
  event: { id: 'e1', title: 'Pellia says it took Tarn', date: '2030-05-02' },
  story: {
    id: 's',
    title: 'Tarn',
    events: [
      { id: 'e0', title: 'Fighting in Tarn', date: '2030-04-20' },
      { id: 'e1', title: 'Pellia says it took Tarn', date: '2030-05-02' },
      { id: 'e2', title: 'Ostria holds out in Tarn', date: '2030-05-20' },
      { id: 'e3', title: 'Tarn, undated', date: null },
    ],
  },
};
const q = (outlet: string, stance: ClaimQuote['stance'], eventId?: string, published?: string | null): ClaimQuote => ({
  outlet,
  articleId: `${outlet}-${eventId}`,
  text: 'x',
  stance,
  ...(eventId ? { eventId, published: published ?? null } : {}),
});
const claim = (quotes: ClaimQuote[]): ReportClaim => ({
  id: 'claim-1',
  text: 'Pellia took Tarn',
  status: 'disputed',
  assertedBy: ['Current Daily'],
  deniedBy: ['Ostria Post'],
  attributedBy: [],
  attributedTo: null,
  inThisArticle: true,
  quotes,
});

describe('storySides', () => {
  it.each([
    {
      name: 'a later denial',
      quotes: [q('Current Daily', 'asserts'), q('Ostria Post', 'denies', 'e2', '2030-05-21')],
      want: [['e2', 'later', true, ['Ostria Post']]],
    },
    {
      name: 'an earlier statement',
      quotes: [q('Current Daily', 'denies'), q('Pellia Herald', 'attributes', 'e0', '2030-04-20')],
      want: [['e0', 'earlier', false, ['Pellia Herald']]],
    },
    {
      name: 'an undated event, last',
      quotes: [q('A', 'denies', 'e3'), q('B', 'denies', 'e2'), q('C', 'denies', 'e2')],
      want: [
        ['e2', 'later', true, ['B', 'C']],
        ['e3', 'another', true, ['A']],
      ],
    },
    { name: 'nothing from other events', quotes: [q('Current Daily', 'asserts'), q('Ostria Post', 'denies')], want: [] },
  ])('$name', ({ quotes, want }) => {
    expect(storySides(claim(quotes), context).map((s) => [s.eventId, s.when, s.denies, s.outlets])).toEqual(want);
  });

  it('says where and when in words', () => {
    const [s] = storySides(claim([q('Ostria Post', 'denies', 'e2')]), context);
    expect(storySideWhere(s!)).toBe('in a later event of the story, 20 May 2030: “Ostria holds out in Tarn”');
    const [e] = storySides(claim([q('Pellia Herald', 'asserts', 'e0')]), context);
    expect(storySideWhere(e!)).toBe('in an earlier event of the story, 20 Apr 2030: “Fighting in Tarn”');
    expect(quoteEventNote(q('Ostria Post', 'denies', 'e2'), context)).toBe(
      '20 May 2030, another event of the story (“Ostria holds out in Tarn”)',
    );
    expect(quoteEventNote(q('Current Daily', 'asserts'), context)).toBeNull();
  });
});

describe('storyTimeline with a denial from another event', () => {
  it('dates the denial by its own article even when the coverage list does not hold it', () => {
    const t = storyTimeline({
      ...context,
      coverage: [],
      claims: [claim([q('Current Daily', 'asserts'), q('Ostria Post', 'denies', 'e2', '2030-05-21')])],
    });
    expect(t.map((e) => [e.kind, e.date])).toEqual([
      ['event', '2030-04-20'],
      ['event', '2030-05-02'],
      ['event', '2030-05-20'],
      ['denial', '2030-05-21'],
      ['event', null],
    ]);
    expect(t[3]!.outlets).toEqual(['Ostria Post']);
  });
});
