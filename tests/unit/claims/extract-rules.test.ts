// Unit tests for the extraction steps that carry no rule id (sentences, clauses, propositions), one table a step and
// one row a case, on sentences written for these tests (an invented border dispute). Quantities: quantities.test.ts.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../lib/claims/extract/clauses';
import { proposition } from '../../../lib/claims/extract/proposition';
import { splitSentences } from '../../../lib/claims/extract/sentences';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import { article } from './cases';

describe('splitSentences', () => {
  it.each([
    {
      name: 'does not break after a title abbreviation',
      text: 'The mayor met Gov. Ana Ruiz on Monday. She left early.',
      sentences: ['The mayor met Gov. Ana Ruiz on Monday.', 'She left early.'],
    },
    {
      name: 'keeps a tokenised closing quote with the sentence it closes',
      text: "\"Enough people have died . '' Zahar said the school was hit.\n\nThe army disagreed.",
      sentences: ["\"Enough people have died . ''", 'Zahar said the school was hit.', 'The army disagreed.'],
      paragraphs: [0, 2],
    },
    {
      name: 'does not break after "Reps." or "a U.S."',
      text: 'Three other Republicans — Reps. Ana Vel and Ivo Lenz — voted no. Willie Tarn Jr., a U.S. Army veteran, spoke.',
      sentences: [
        'Three other Republicans — Reps. Ana Vel and Ivo Lenz — voted no.',
        'Willie Tarn Jr., a U.S. Army veteran, spoke.',
      ],
    },
    {
      name: 'keeps a short name after "the U.S." with its sentence',
      text: 'Prices rose 3 percent, according to the U.S. Energy Information Administration (EIA). Then they fell.',
      sentences: ['Prices rose 3 percent, according to the U.S. Energy Information Administration (EIA).', 'Then they fell.'],
    },
    {
      name: 'ends a sentence after "the U.S." at a paragraph break',
      text: 'Prices rose across the U.S.\n\nThe agency said so.',
      count: 2,
    },
    {
      name: 'does not break after a middle initial or "v."',
      text: 'Tarn Judge James R. Brandlin ruled on Monday. The case cited Roe v. Wade and Pell v. Tarn. It ended.',
      sentences: ['Tarn Judge James R. Brandlin ruled on Monday.', 'The case cited Roe v. Wade and Pell v. Tarn.', 'It ended.'],
    },
    { name: 'ends a sentence at a paragraph break', text: 'First line without stop\n\nSecond one.', count: 2 },
  ] as { name: string; text: string; sentences?: string[]; paragraphs?: number[]; count?: number }[])(
    '$name',
    ({ text, sentences, paragraphs, count }) => {
      expect.hasAssertions();
      const starts = new Set<number>();
      const got = splitSentences(text, starts);
      if (sentences) expect(got).toEqual(sentences);
      if (paragraphs) expect([...starts]).toEqual(paragraphs);
      if (count) expect(got).toHaveLength(count);
    },
  );

  it('splits one very long paragraph (a capture without line breaks) as it splits its sentences one by one', () => {
    // Segmented in pieces (Intl.Segmenter slows down sharply on long strings): no sentence may be cut at a piece's end,
    // and an abbreviation where a piece could end ("Gov. Ana Vel") still holds its sentence together.
    const one = (i: number): string =>
      `On day ${i} the mayor met Gov. Ana Vel in Tarn. The Tarn bridge will reopen in May, she said on day ${i}.`;
    const para = Array.from({ length: 1500 }, (_, i) => one(i)).join(' ');
    expect(para.length).toBeGreaterThan(100_000);
    const expected = Array.from({ length: 1500 }, (_, i) => splitSentences(one(i))).flat();
    expect(splitSentences(para)).toEqual(expected);
    // No sentence end for long stretches: cut at a space, no word lost or cut.
    const run = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ');
    expect(splitSentences(run).join(' ')).toBe(run);
  });
});

describe('splitClauses', () => {
  it.each([
    {
      name: 'splits an embedded claim out of a sentence about something else',
      text: 'The minister toured Tarn for the first time since Pellia declared it had retaken the town, officials said.',
      count: 2,
      second: 'Pellia declared it had retaken the town',
      hole: true,
    },
    {
      name: 'splits "While A insists X, B maintains Y" into two, the second a contrast',
      text: 'While Pellia insists the town is calm, Ostria maintains its units still hold the bridge.',
      clauses: ['Pellia insists the town is calm', 'Ostria maintains its units still hold the bridge.'],
      contrast: [1, true],
    },
    {
      name: 'splits a presupposed event ("since its full liberation")',
      text: 'The governor visited Tarn for the first time since its full liberation from Ostrian units, aides said.',
      count: 2,
    },
    {
      name: 'takes "despite" concerns as no contest',
      text: 'Despite concerns about the flooding, Ana Vel warned that it is premature to close the port.',
      contrast: [0, false],
    },
    {
      name: 'takes "despite" something said as a contest',
      text: 'Despite the declarations from Pellia, the Ostrian army said it still holds the bridge.',
      contrast: [0, true],
    },
  ] as {
    name: string;
    text: string;
    count?: number;
    second?: string;
    hole?: boolean;
    clauses?: string[];
    contrast?: [number, boolean];
  }[])('$name', ({ text, count, second, hole, clauses, contrast }) => {
    expect.hasAssertions();
    const cs = splitClauses(text);
    if (count) expect(cs).toHaveLength(count);
    if (second) expect(text.slice(cs[1]!.start, cs[1]!.end)).toBe(second);
    if (hole) expect(cs[0]!.hole).toEqual([cs[1]!.start, cs[1]!.end]);
    if (clauses) expect(cs.map((c) => text.slice(c.start, c.end))).toEqual(clauses);
    if (contrast) expect(cs[contrast[0]]!.contrast).toBe(contrast[1]);
  });

  it('reads a correction after ", but the fact is," as a clause of its own, with its negation', () => {
    const cs = unpackClaims(
      extractClaims(
        article(
          'a',
          'A story that began circulating in Tarn on Tuesday created a frenzy, but the fact is, there is no sign the Tarn council will sell the bridge.',
        ),
      ),
    );
    const fix = cs.find((c) => /council will sell/.test(c.span ? c.sentence.slice(c.span[0], c.span[1]) : c.sentence))!;
    expect(fix.span![0]).toBeGreaterThan(cs[0]!.sentence.indexOf('fact is'));
    expect(fix.negated).toBe(true);
  });
});

describe('proposition: the terms compared across outlets', () => {
  it.each([
    'Pellia recaptured Tarn',
    'Pellia liberated Tarn',
    'Pellia drove Ostrian units out of Tarn',
    'Pellia ousted the units from Tarn',
    'Pellia expelled the units',
    'Pellia reclaimed Tarn',
    'Pellia pushed them out',
  ])('folds the event-verb paraphrase "%s" into one class', (text) => {
    expect(proposition(text).events[0]).toBe('recapture');
  });

  it('drops attribution words and numbers, folds capitals to their country', () => {
    const p = proposition('Moscow claimed 400 drones were downed');
    expect(p.terms).toContain('@russia');
    expect(p.terms).not.toContain('claim');
    expect(p.terms.some((t) => /\d/.test(t))).toBe(false);
  });
});
