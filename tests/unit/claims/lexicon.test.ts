// The claims stage's word lists (lib/claims/lexicon): each written once without repeats, patterns built from them by
// the one helper, and no party's side a word cut short by the demonym rule ("Republican officials" → "republica").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternation, entries } from '../../../lib/claims/lexicon/build';
import { IRREGULAR_DEMONYMS, NOT_DEMONYMS } from '../../../lib/claims/lexicon/index';
import { sideOf } from '../../../lib/claims/extract/attribution';

const dir = join(import.meta.dirname, '../../../lib/claims/lexicon');
/** Every list written one entry a line (a template literal passed to entries, forms or stems), with its file. */
const lists = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/\b(?:entries|forms|stems)\(`([^`]*)`\)/g)].map(
      (m, i) => [`${f} #${i + 1}`, m[1]!] as const,
    ),
  );
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

describe('claims lexicon', () => {
  it('finds the lists', () => expect(lists.length).toBeGreaterThan(12));

  it.each(lists)('%s: one entry a line, no entry twice', (_name, text) => {
    const es = entries(text);
    expect(es.length).toBeGreaterThan(0);
    expect(es.filter((e, i) => es.indexOf(e) !== i)).toEqual([]);
    for (const line of text.split('\n').filter((l) => l.trim())) expect(line.trim()).toBe(entries(line)[0]);
  });

  it('builds alternations longest first, escaped, spaces matching any space', () => {
    const re = new RegExp(`^${alternation(['Sep', 'Sept', 'U.S.', 'news agency'])}$`);
    expect(alternation(['Sep', 'Sept'])).toBe('(?:Sept|Sep)');
    expect(re.test('U.S.')).toBe(true);
    expect(re.test('UxS.')).toBe(false);
    expect(re.test('news  agency')).toBe(true);
  });
});

describe('demonym rule: a side is a country or a whole word, never one cut short', () => {
  it.each(NOT_DEMONYMS.map((w) => [w]))('look-alike "%s" is not folded', (w) => {
    expect(sideOf(`${capital(w)} officials`)).not.toBe(w.slice(0, -1));
  });

  it.each([...IRREGULAR_DEMONYMS].map(([d, c]) => [d, c]))('irregular demonym "%s" is the country %s', (d, c) => {
    expect(sideOf(`${capital(d)} officials`)).toBe(c);
  });

  it.each([
    ['Republican officials', 'republican'],
    ['The Metropolitan Police', 'metropolitan'],
    ['the Congressman', 'congressman'],
    ['Ostrian officials', 'ostria'],
    ['Kenyan police', 'kenya'],
    ['Syrian state media', 'syria'],
    ['Ukrainian officials', 'ukraine'],
  ])('demonymSide: %s → %s', (party, side) => expect(sideOf(party)).toBe(side));
});
