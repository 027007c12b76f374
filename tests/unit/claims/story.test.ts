// Unit tests for story-level disputes: a claim made in one event of a story and denied in another is disputed on both
// pages, with each side's event and date; claims that agree across events, or share nothing, stay as they were.
import { describe, expect, it } from 'vitest';
import { addStoryDisputes, analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import type { ReportClaim } from '../../../lib/types';
import { article, ruleTable } from './cases';

function member(id: string, outlet: string, text: string, eventId: string, published: string | null): EventMember {
  const a = { ...article(id, text, outlet), published };
  return { article: a, claims: extractClaims(a), copyOf: null, eventId };
}

/** The claims of the page `text` (event e1, May 2) with `event` as its event's other articles and `story` as the
 *  articles of the story's other events. */
function read(text: string, event: EventMember[], story: EventMember[]): { before: ReportClaim[]; after: ReportClaim[] } {
  const cur = { ...article('cur', text, 'Current Daily'), published: '2030-05-02' };
  const current = { article: cur, claims: extractClaims(cur), copyOf: null };
  const before = analyzeEvent(current, event).claims;
  return { before, after: addStoryDisputes(before, { ...current, eventId: 'e1' }, event, story) };
}

const ASSERTS = 'Pellia fully liberated the town of Tarn from Ostrian units this past April, the defence ministry said.';
const DENIES = 'Ostria denied that Pellia had liberated Tarn, saying its units still hold the town.';
const find = (cs: ReportClaim[], re: RegExp): ReportClaim | undefined =>
  cs.find((c) => c.inThisArticle && (re.test(c.text) || re.test(c.sentenceInArticle ?? '')));

interface Case {
  name: string;
  page: string;
  story: EventMember[];
  claim: RegExp;
  status: string;
  elsewhere: { outlet: string; stance: string; eventId: string; published: string }[];
  /** The outlet whose sentence the "why" shows. */
  whyOutlet?: string;
}

function check({ page, story, claim, status, elsewhere, whyOutlet }: Case, rule: string): void {
  const { before, after } = read(page, [], story);
  const c = find(after, claim);
  expect(c, JSON.stringify(after.map((x) => [x.status, x.text]))).toBeDefined();
  expect(c!.status).toBe(status);
  const fromOthers = c!.quotes
    .filter((q) => q.eventId)
    .map(({ outlet, stance, eventId, published }) => ({ outlet, stance, eventId, published }));
  expect(fromOthers).toEqual(elsewhere);
  if (!elsewhere.length) expect(after).toEqual(before);
  if (status === 'disputed') {
    expect(c!.rules).toEqual(['status.denied-across-events', 'deny.in-another-event']);
    expect(c!.rules).toContain(rule);
  }
  if (whyOutlet) expect(c!.why).toMatchObject({ outlet: whyOutlet, rule });
}

const ASSERTED_HERE: Case = {
  name: 'a claim asserted here and denied in a later event is disputed here, the denial dated in its event',
  page: ASSERTS,
  story: [member('s1', 'Ostria Post', DENIES, 'e2', '2030-05-20')],
  claim: /liberated/,
  status: 'disputed',
  elsewhere: [{ outlet: 'Ostria Post', stance: 'denies', eventId: 'e2', published: '2030-05-20' }],
};
const DENIED_HERE: Case = {
  name: 'a denial here of a claim asserted in an earlier event is disputed here, the claim dated in its event',
  page: DENIES,
  story: [member('s1', 'Pellia Herald', ASSERTS, 'e0', '2030-04-28')],
  claim: /liberated/,
  status: 'disputed',
  elsewhere: [{ outlet: 'Pellia Herald', stance: 'attributes', eventId: 'e0', published: '2030-04-28' }],
};

ruleTable<Case>(
  'status.denied-across-events',
  [
    ASSERTED_HERE,
    DENIED_HERE,
    {
      name: 'a claim another event repeats without a denial stays as it was',
      page: ASSERTS,
      story: [
        member(
          's1',
          'Pellia Herald',
          'Pellian troops fully liberated Tarn from Ostrian units in April, the ministry said.',
          'e2',
          '2030-05-20',
        ),
      ],
      claim: /liberated/,
      status: 'single-source',
      elsewhere: [],
    },
    {
      name: 'a denial in another event of something else leaves the claim alone',
      page: ASSERTS,
      story: [
        member(
          's1',
          'Ostria Post',
          'Ostria denied that its navy had sunk a Pellian ferry near the port of Vell.',
          'e2',
          '2030-05-20',
        ),
      ],
      claim: /liberated/,
      status: 'single-source',
      elsewhere: [],
    },
  ],
  check,
);

ruleTable<Case>(
  'deny.in-another-event',
  [
    { ...ASSERTED_HERE, name: 'the "why" of a claim asserted here is the later event’s denial', whyOutlet: 'Ostria Post' },
    { ...DENIED_HERE, name: 'the "why" of a denial here is this page’s own sentence', whyOutlet: 'Current Daily' },
  ],
  check,
);

describe('addStoryDisputes', () => {
  it('names both sides and puts the disputed claim first', () => {
    const { after } = read(
      `The Pellian president opened a hospital in Vell on Tuesday. ${ASSERTS}`,
      [],
      [member('s1', 'Ostria Post', DENIES, 'e2', '2030-05-20')],
    );
    expect(after[0]!.status).toBe('disputed');
    expect(after[0]!.attributedBy).toContain('Current Daily');
    expect(after[0]!.attributedTo).toMatch(/defence ministry/);
    expect(after[0]!.deniedBy).toEqual(['Ostria Post']);
    expect(after[0]!.deniedByParty).toBe('Ostria');
    expect(after[0]!.why).toMatchObject({ outlet: 'Ostria Post', rule: 'deny.in-another-event' });
    expect(after[0]!.rules).toEqual(['status.denied-across-events', 'deny.in-another-event']);
  });

  it('changes nothing when the story has no other event', () => {
    const { before, after } = read(ASSERTS, [member('m1', 'Ostria Post', DENIES, 'e1', '2030-05-02')], []);
    expect(after).toBe(before);
  });
});
