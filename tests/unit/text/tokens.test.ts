// The word tokens every comparison works on (lib/text/tokens.ts): one table a function, one row a case.
import { describe, expect, it } from 'vitest';
import { contentTerms, fold, stem, words } from '../../../lib/text/tokens';

describe('text tokens', () => {
  it.each([
    { name: 'fold: quotes, case and diacritics', got: () => fold('Kyiv’s Café'), want: "kyiv's cafe" },
    {
      name: 'words: keeps apostrophes inside words and splits on punctuation',
      got: () => words('Russia’s forces—pushed out.'),
      want: ["russia's", 'forces', 'pushed', 'out'],
    },
    { name: 'stem: drops possessives', got: () => stem("russia's"), want: 'russia' },
    { name: 'stem: one stem for the forms of a verb', got: () => stem('recaptured'), want: stem('recapture') },
    {
      name: 'contentTerms: drops stopwords and reporting verbs',
      got: () => contentTerms('The Kremlin said that Putin visited Kursk'),
      want: ['kremlin', 'putin', 'visit', 'kursk'],
    },
  ])('$name', ({ got, want }) => expect(got()).toEqual(want));
});
