// Figures in conflict across the outlets of one event (analyzeEvent's numbers): whole-pipeline behaviour no single rule
// owns, so one table of what is a conflict and one of what is none, one row a case, on invented articles about Tarn.
import { describe, expect, it } from 'vitest';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import { article } from './cases';

function member(id: string, outlet: string, text: string): EventMember {
  const a = article(id, text, outlet);
  return { article: a, claims: extractClaims(a), copyOf: null, eventId: 'e' };
}

function analyse(currentText: string, members: EventMember[]) {
  const cur = article('cur', currentText, 'Current Daily');
  return analyzeEvent({ article: cur, claims: extractClaims(cur), copyOf: null }, members);
}

interface Case {
  name: string;
  text: string;
  others: [id: string, outlet: string, text: string][];
  /** The conflict's values, sorted; `inOrder`: as listed. */
  values?: number[];
  inOrder?: boolean;
  what?: string;
}

const numbersOf = ({ text, others }: Case) =>
  analyse(
    text,
    others.map(([id, outlet, t]) => member(id, outlet, t)),
  ).numbers;
const H = 'Pellia Herald';

describe('analyzeEvent: one conflict of figures', () => {
  it.each<Case>([
    {
      name: 'the same place, or a place named on one side only, is one quantity',
      text: 'The 2004 flood in Tarn killed 17,000 people in the province of Tarn.',
      others: [
        ['p1', H, 'The 2004 flood in Tarn killed about 23,000 people in Tarn province.'],
        ['p2', 'Ostria Post', 'The 2004 flood in Tarn killed 30,000 people.'],
      ],
      values: [17000, 23000, 30000],
    },
    {
      name: 'the same count given different values by different outlets',
      text: 'Ostria said the storm in Tarn killed 12 people on Sunday.',
      others: [['y1', H, 'The storm in Tarn killed 30 people on Sunday, Pellian officials said.']],
      what: 'deaths',
      values: [12, 30],
    },
    {
      name: 'a toll given by officials of a place against the toll other outlets give for that place',
      text: 'A storm dumped heavy rain on Tarn, where an earthquake on Saturday killed 1,419 people.',
      others: [
        [
          'y8',
          H,
          'Officials in Tarn raised the death toll from the weekend earthquake to 1,941 on Tuesday, as a storm brought heavy rain to the Lessa coast.',
        ],
      ],
      values: [1419, 1941],
      inOrder: true,
    },
    {
      name: 'a figure whose "he" is only the speaker',
      text: 'The storm in Tarn killed 12 people on Sunday, Ostria said.',
      others: [['y8', H, 'He said the storm in Tarn killed 30 people on Sunday.']],
    },
    {
      name: 'two outlets printing one figure each (who printed what)',
      text: 'Pellia withdrew 2,000 troops from Tarn on Sunday, officials said.',
      others: [['y4', H, 'Pellia withdrew 7,000 troops from Tarn on Sunday, Pellian aides said.']],
    },
  ])('$name', (c) => {
    expect.hasAssertions();
    const numbers = numbersOf(c);
    expect(numbers).toHaveLength(1);
    const values = numbers[0]!.values.map((v) => v.value);
    if (c.values) expect(c.inOrder ? values : values.sort()).toEqual(c.values);
    if (c.what) expect(numbers[0]!.what).toBe(c.what);
  });

  it('shows every figure in conflict before any figure twice', () => {
    const same = (i: number) =>
      member(`s${i}`, `Outlet ${i}`, 'The storm in Tarn killed 30 people on Sunday, Tarn officials said.');
    const r2 = analyse('The storm in Tarn killed 30 people on Sunday, Tarn officials said.', [
      ...[1, 2, 3, 4, 5, 6].map(same),
      member('z', H, 'The storm in Tarn killed 45 people on Sunday, Tarn officials said.'),
    ]);
    expect(r2.numbers).toHaveLength(1);
    expect(r2.numbers[0]!.values.length).toBeLessThanOrEqual(6);
    expect(r2.numbers[0]!.values.map((v) => v.value)).toContain(45);
  });

  it('shows each figure with its sentence, and only the figures of the outlets in conflict', () => {
    const r = analyse('The storm in Tarn killed 12 people on Sunday, Ostria said.', [
      member('y5', H, 'The storm in Tarn killed 30 people on Sunday, Pellian officials said.'),
      // Grouped alongside, but about another place: no side of the conflict.
      member('y6', 'Lessa Courier', 'The storm in Lessa killed 20 people on Sunday, officials said.'),
    ]);
    expect(r.numbers).toHaveLength(1);
    expect(r.numbers[0]!.values.map((v) => [v.value, v.outlet])).toEqual([
      [12, 'Current Daily'],
      [30, H],
    ]);
    expect(r.numbers[0]!.values[1]!.quote).toBe('The storm in Tarn killed 30 people on Sunday, Pellian officials said.');
    // The conflict names the listed claim its outlets' sentences were grouped under.
    const claim = r.claims.find((c) => c.id === r.numbers[0]!.claimId);
    expect(claim?.quotes.map((q) => q.outlet)).toEqual(expect.arrayContaining(['Current Daily', H]));
    // Only this article's own figure can be shown in the page.
    expect(r.numbers[0]!.values.map((v) => v.sentenceInArticle ?? null)).toEqual([
      'The storm in Tarn killed 12 people on Sunday, Ostria said.',
      null,
    ]);
  });
});

describe('analyzeEvent: figures in no conflict', () => {
  it.each<Case>([
    {
      name: 'a count for one place against a count for another',
      text: 'The 2004 flood in Tarn killed 17,000 people in the province of Tarn alone.',
      others: [['p1', H, 'The 2004 flood in Tarn killed about 23,000 people across Pellia.']],
    },
    {
      name: 'a figure said of an unnamed "he"',
      text: 'Tarn striker Ivo Lenz scored twice on Sunday. He has scored 12 goals for Tarn this season.',
      others: [['y7', H, 'Ivo Lenz scored twice for Tarn on Sunday. He has scored 3 goals for Tarn in two games.']],
    },
    {
      name: 'compatible figures ("more than 40" and "nearly 50")',
      text: 'The storm in Tarn killed more than 40 people on Sunday, Ostria said.',
      others: [['y2', H, 'The storm in Tarn killed nearly 50 people on Sunday, Pellian officials said.']],
    },
    {
      name: 'outlets that each print both figures (the pairing of figure to place is left to the reader)',
      text: 'Pellia withdrew 2,000 troops from Tarn on Sunday, officials said. Critics noted that the plan to pull some 7,000 soldiers out of distant Lessa by summer was also drawing anger.',
      others: [
        [
          'y3',
          H,
          'Pellia withdrew 7,000 troops from Tarn on Sunday, Pellian aides said. Critics noted that the plan to pull 2,000 soldiers out of distant Lessa by summer was also drawing anger.',
        ],
      ],
    },
    {
      name: 'figures of two named people',
      text: 'Tarn striker Ana Vel has scored 12 goals for Pella United this season.',
      others: [['n1', 'Herald', 'Tarn striker Ivo Lenz has scored 9 goals for Pella United this season.']],
    },
    {
      name: 'parts counted in one clause',
      text: 'In the Tarn final, Ana Vel landed 178 of 369 punches against Ivo Lenz.',
      others: [['n2', 'Herald', 'In the Tarn final, Ana Vel landed 28 of her 68 punches against Ivo Lenz in the last round.']],
    },
  ])('$name', (c) => expect(numbersOf(c)).toEqual([]));
});
