// What a figure counts (extract/quantities.ts): one table, one row a case, on invented sentences. The comparison of
// figures across outlets is in analyze.test.ts.
import { describe, expect, it } from 'vitest';
import { extractDates, extractQuantities } from '../../../lib/claims/extract/quantities';

interface Case {
  name: string;
  text: string;
  /** No figure at all, or none that counts something. */
  none?: boolean;
  noneCounted?: boolean;
  pairs?: [number, string | null][];
  whats?: (string | null)[];
  nouns?: (string | null)[];
  values?: number[];
  texts?: string[];
  triples?: [number, string | null, string | null][];
  /** The unit of one figure: [index, unit]. */
  unit?: [number, string];
}

function check(c: Case): void {
  expect.hasAssertions();
  const q = extractQuantities(c.text);
  if (c.none) expect(q).toEqual([]);
  if (c.noneCounted) expect(q.filter((x) => x.what)).toEqual([]);
  if (c.pairs) expect(q.map((x) => [x.value, x.what])).toEqual(c.pairs);
  if (c.whats) expect(q.map((x) => x.what)).toEqual(c.whats);
  if (c.nouns) expect(q.map((x) => x.noun)).toEqual(c.nouns);
  if (c.values) expect(q.map((x) => x.value)).toEqual(c.values);
  if (c.texts) expect(q.map((x) => x.text)).toEqual(c.texts);
  if (c.triples) expect(q.map((x) => [x.value, x.what, x.noun])).toEqual(c.triples);
  if (c.unit) expect(q[c.unit[0]]!.unit).toBe(c.unit[1]);
}

describe('extractQuantities: what is counted', () => {
  it.each<Case>([
    {
      name: 'qualifiers and money',
      text: 'Ostria lost more than 4,500 soldiers and 12 Pellian drones, and made aid payments of around $300 to families.',
      pairs: [
        [4500, 'troops'],
        [12, 'drones'],
        [300, 'payment'],
      ],
      unit: [2, 'USD'],
    },
    {
      name: 'the qualifier of a word number, as of digits',
      text: 'The flood killed at least nine people.',
      texts: ['at least nine'],
    },
    { name: 'what is counted after a copula', text: 'Of 26 dead, at least nine were children.', whats: ['deaths', 'children'] },
    { name: 'people killed are deaths', text: 'A quake on Saturday killed at least 1,419 people.', whats: ['deaths'] },
    { name: 'hundreds of people killed are deaths', text: 'The quake killed hundreds of people.', whats: ['deaths'] },
    {
      name: 'a death toll raised',
      text: 'Officials raised the death toll from the quake to 1,941 on Tuesday.',
      whats: ['deaths'],
    },
    {
      name: 'a number of injured raised',
      text: 'The agency also raised the number of injured people to 9,900.',
      whats: ['injured'],
    },
    { name: 'people injured', text: 'The blast injured 30 people.', whats: ['injured'] },
    {
      name: 'people wounded beside a word number',
      text: 'Fourteen people were killed and 30 people were wounded.',
      whats: ['injured'],
    },
    { name: 'people killed in a passive', text: 'At least 14 people were killed in the blast.', whats: ['deaths'] },
    {
      name: 'other counted nouns keep their name, with what befell them',
      text: 'The blast killed 3 children.',
      whats: ['children killed'],
    },
    { name: 'people with nothing said of them stay people', text: 'About 300 people attended the vigil.', whats: ['people'] },
    {
      name: 'a study’s patients, not its months',
      text: 'Protection fell after six months, the study of 4,000 patients found.',
      pairs: [[4000, 'patient']],
    },
    {
      name: 'a tokenised thousands separator',
      text: 'The tsunami killed 170, 000 people in the province.',
      pairs: [[170000, 'deaths']],
    },
    { name: 'tokenised hyphens', text: 'The 39 - year - old man shot three co - workers.', pairs: [[3, 'co-work']] },
    {
      name: 'a tokenised currency sign, and no euro from "e85"',
      text: 'Robbers took $ 108 million worth of rings; e85 million, said another.',
      values: [108_000_000],
    },
    {
      name: 'a total apart from its parts',
      text: 'Playing in a combined 157 games with Tarn and Lessa, Lenz scored often.',
      triples: [[157, 'total game', 'games in all']],
    },
    { name: 'games played', text: 'Lenz played 54 games with Tarn.', whats: ['game'] },
    { name: 'a total "in all"', text: 'Lenz scored 14 goals in all.', whats: ['total goal'] },
    { name: 'a kind of a thing apart from the thing', text: 'Nine assault rifles were seized.', whats: ['assault rifl'] },
    { name: 'the phrase ends at a comma', text: 'She drew a .357 Magnum and opened fire, killing two.', pairs: [[2, 'deaths']] },
    { name: '"and" is crossed after names only', text: 'The quake killed 10 persons and wounded others.', whats: ['deaths'] },
    { name: 'a remainder counts nothing', text: 'Police seized seven rifles and three other automatic rifles.', values: [7] },
  ])('$name', check);
});

describe('extractQuantities: the head noun of what is counted', () => {
  it.each<Case>([
    {
      name: 'past coordinated modifiers',
      text: 'Hundreds of government and private buildings were damaged in Tarn.',
      nouns: ['private buildings'],
    },
    {
      name: 'past stacked modifiers',
      text: 'The quake damaged 42 government office buildings in Tarn.',
      nouns: ['office buildings'],
    },
    {
      name: 'games by what was done in them (missed)',
      text: 'Pell missed four games after knee surgery.',
      nouns: ['games missed'],
    },
    {
      name: 'games missed after a qualifier',
      text: 'Pell missed more than 10 games after knee surgery.',
      nouns: ['games missed'],
    },
    { name: 'games played', text: 'Pell played in 10 games for Tarn.', nouns: ['games'] },
    { name: 'troops lost', text: 'The Tarn army lost 4,500 troops.', nouns: ['troops'] },
    { name: 'games won and lost', text: 'Tarn won 10 games and lost four games.', nouns: ['games won', 'games lost'] },
    { name: 'tickets bought', text: 'Tarn fans bought 300 tickets.', nouns: ['tickets'] },
    { name: 'people killed', text: 'Three students were killed in Tarn.', nouns: ['students killed'] },
    { name: 'people vanished are missing', text: 'More than 50 students vanished in Tarn.', nouns: ['students missing'] },
    {
      name: 'people evacuated are displaced',
      text: 'Rescuers evacuated more than 80 families from Tarn.',
      nouns: ['families displaced'],
    },
    { name: 'people saved are rescued', text: 'Rescuers saved 18 families in Tarn.', nouns: ['families rescued'] },
    { name: 'people seized are missing', text: 'Some 276 schoolgirls were seized in Tarn.', nouns: ['schoolgirls missing'] },
    { name: 'people abducted are missing', text: 'Gunmen abducted 219 schoolgirls in Tarn.', nouns: ['schoolgirls missing'] },
    { name: 'people with nothing befalling them', text: 'The Tarn school has 300 students.', nouns: ['students'] },
    { name: 'no word number joined to a unit', text: 'A four-minute video of the Tarn bridge was posted.', nouns: [] },
    { name: 'a burst within the whole counts no whole', text: 'An expert heard a cluster of six gunshots in Tarn.', nouns: [] },
    {
      name: 'a record’s figure is the old mark',
      text: 'Pell broke the Tarn scoring record of 2,116 points.',
      nouns: ['points (record)'],
    },
    { name: 'a new total is no record', text: 'Pell became the Tarn scoring leader with 2,117 points.', nouns: ['points'] },
    {
      name: 'a lower-case word before a plural noun names a kind of it',
      text: 'Three undersea cables were cut.',
      nouns: ['undersea cables'],
    },
    { name: 'two kinds of things', text: 'Navy boarded 3 pirate ships and held 26 pirates.', nouns: ['pirate ships', 'pirates'] },
  ])('$name', check);
});

describe('extractQuantities: no figure', () => {
  it.each<Case>([
    { name: 'years, dates and hyphenated descriptions', text: 'In August 2023 a 30-day truce began on May 4.', none: true },
    { name: 'a name made of numbers', text: 'The Tarn 9/11 victims bill passed.', none: true },
    { name: 'ages', text: 'Boosters go to people 65 and older and to those aged 50 with risks.', none: true },
    {
      name: 'a street address',
      text: 'The deputy was shot outside an apartment in the 12000 block of East Tarn Street.',
      none: true,
    },
    {
      name: 'how many times something happened',
      text: 'Ivo Lenz had been arrested four times since October.',
      noneCounted: true,
    },
    { name: 'a range', text: 'The storm may dump between 5-10 inches of rain.', none: true },
    { name: 'an ordinal', text: 'He knocked Ivo Lenz out in the 11th round.', none: true },
    { name: 'a date', text: 'Fifteen of the Sept. 11 hijackers were Tarnish.', none: true },
    { name: 'a measure', text: 'Tarn Corp leased 1.9 million square feet of offices.', noneCounted: true },
    { name: 'a window counted in order', text: 'Ivo Lenz completed his first 17 passes for Tarn.', none: true },
    { name: 'the final games of a season', text: 'Ivo Lenz will miss the final two games of the Tarn season.', none: true },
    { name: 'a verb after a number', text: 'The jury split, nine voting for death.', noneCounted: true },
    { name: '"as" after a number', text: 'It was minus 20 as firefighters fought the blaze.', noneCounted: true },
  ])('$name', check);
});

describe('extractDates', () => {
  it('reads weekdays and month dates', () => {
    expect(extractDates('The talks on Thursday followed the May 4 truce.')).toEqual(['Thursday', 'May 4']);
  });
});
