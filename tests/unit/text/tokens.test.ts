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
    // Plain text (ASCII, typographic quotes and dashes) skips normalisation; the rest is decomposed as before.
    { name: 'fold: plain text, quotes straightened', got: () => fold('“Kyiv’s” `bid` — ‘No’'), want: "“kyiv's” 'bid' — 'no'" },
    { name: 'fold: the acute accent decomposes to a space', got: () => fold('don´t'), want: 'don t' },
    { name: 'fold: ellipsis and no-break space decompose', got: () => fold('Wait…\u00a0Now'), want: 'wait... now' },
    {
      name: 'words: plain text, digits and joined letters',
      got: () => words("It’s 9/11's rock'n5 A1b"),
      want: ["it's", '9', "11's", "rock'n", '5', 'a1b'],
    },
    { name: 'words: letters folded to ASCII', got: () => words('ÉCOLE d’été'), want: ['ecole', "d'ete"] },
    { name: 'words: letters beyond ASCII, marks stripped', got: () => words('Київ Straße'), want: ['киів', 'straße'] },
    { name: 'stem: drops possessives', got: () => stem("russia's"), want: 'russia' },
    { name: 'stem: one stem for the forms of a verb', got: () => stem('recaptured'), want: stem('recapture') },
    {
      name: 'contentTerms: drops stopwords and reporting verbs',
      got: () => contentTerms('The Kremlin said that Putin visited Kursk'),
      want: ['kremlin', 'putin', 'visit', 'kursk'],
    },
  ])('$name', ({ got, want }) => expect(got()).toEqual(want));
});
