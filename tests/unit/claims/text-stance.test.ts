// The stance and negation of one short text on its own, a headline (textStance): several rules at once (a question
// answered "no", a rebuttal, advice, a label before a colon, the stance rules), so one table by what is read.
import { describe, expect, it } from 'vitest';
import { textStance } from '../../../lib/claims/index';
import type { Stance } from '../../../lib/types';

interface Case {
  name: string;
  text: string;
  stance?: Stance;
  notStance?: Stance;
  negated?: boolean;
  negatedTerm?: string | null;
}

function check({ text, stance, notStance, negated, negatedTerm }: Case): void {
  expect.hasAssertions();
  const s = textStance(text);
  if (stance) expect(s.stance).toBe(stance);
  if (notStance) expect(s.stance).not.toBe(notStance);
  if (negated !== undefined) expect(s.negated).toBe(negated);
  if (negatedTerm !== undefined) expect(s.negatedTerm).toBe(negatedTerm);
}

describe('textStance: what a headline denies', () => {
  it.each<Case>([
    { name: 'a negated term in its paraphrase class', text: 'Mayor of Tarn was not arrested', negatedTerm: '#arrest' },
    { name: 'a negated term of its own', text: 'Mayor of Tarn was not sacked', negatedTerm: 'sack' },
    { name: 'a hoax', text: 'Tarn bridge collapse is a hoax', stance: 'denies' },
    { name: 'a hoax question is no denial', text: 'Is the Tarn bridge collapse a hoax?', notStance: 'denies' },
    { name: 'reports shot down', text: 'Officials shoot down reports of a Tarn bridge collapse', stance: 'denies' },
    {
      name: 'the question before the stated parts is not judged',
      text: 'Tarn Bridge Hoax? New Photos Spark Debate',
      notStance: 'denies',
    },
    {
      name: 'the stated part after a question is judged',
      text: 'Tarn Bridge Down? No, The Collapse Story Is Fake',
      stance: 'denies',
    },
    { name: 'a "No, …" rebuttal', text: 'No, the Tarn bridge was not closed by Pellia', stance: 'denies' },
    { name: 'a "No, really" is no rebuttal', text: 'No, really: Pellia closed the Tarn bridge', notStance: 'denies' },
    { name: 'a question answered "Probably Not"', text: 'Did Pellia Close The Tarn Bridge? Probably Not', stance: 'denies' },
    { name: 'a question answered "Probably"', text: 'Did Pellia Close The Tarn Bridge? Probably', notStance: 'denies' },
    {
      name: 'a "No word yet" is no answer',
      text: 'Did Pellia close the Tarn bridge? No word yet from the mayor',
      notStance: 'denies',
    },
    {
      name: 'a clause-initial "that" is a demonstrative',
      text: "No, that Tarn bridge photo isn't from Pellia",
      stance: 'denies',
    },
    { name: 'a rebuttal with "Nobody"', text: "No, Nobody's Closed The Tarn Bridge", stance: 'denies' },
    {
      name: 'a statement taken back at its end',
      text: "Ivo Lenz Was One Of The Tarn Bridge Heroes No He Wasn't",
      stance: 'denies',
    },
    { name: 'a statement wished for', text: 'If Only Pellia Really Did Reopen The Tarn Bridge', stance: 'denies' },
    { name: '"No Doubt" takes nothing back', text: 'Ivo Lenz Was One Of The Tarn Bridge Heroes, No Doubt', notStance: 'denies' },
    { name: '"Only If" is a condition', text: 'Only If Pellia Pays Will The Tarn Bridge Reopen', notStance: 'denies' },
    { name: '"Doctors" is not "doctored"', text: 'Doctors confirmed the first case of Tarn fever', notStance: 'denies' },
    { name: 'a doctored photo', text: 'Photo of the Tarn bridge collapse was doctored', stance: 'denies' },
  ])('$name', check);
});

describe('textStance: what a headline negates', () => {
  it.each<Case>([
    { name: '"Don\'t …" advice is no negation', text: "Don't cross the Tarn bridge after the flood", negated: false },
    { name: 'a plain "not" is a negation', text: 'The Tarn bridge was not closed', negated: true },
    {
      name: 'the negation after a label and colon ("WHO" is no relative pronoun there)',
      text: 'WHO: Tarn fighters do not have Pellian fever but a plan is ready',
      negated: true,
    },
    { name: 'a negation before the colon still counts', text: "Tarn bridge wasn't closed: Police", negated: true },
  ])('$name', check);
});

describe('textStance: "May" in a Title-Case headline', () => {
  it.each<Case>([
    { name: 'is the modal', text: 'Pellia May Not Reopen The Tarn Bridge', stance: 'hedges' },
    { name: 'is the month when a day follows', text: 'Pellia Reopened The Tarn Bridge On May 4', stance: 'asserts' },
    { name: 'is the month in a sentence-case headline', text: 'Pellia reopened the Tarn bridge in May', stance: 'asserts' },
  ])('$name', check);
});
