// A claim's wording as the reader is shown it (extract/claim-text.ts): a sentence cut from inside a quotation gets
// the marks it lacks, whole quotations are left alone. One row a case.
import { describe, expect, it } from 'vitest';
import { balanceQuotes } from '../../../lib/claims/extract/claim-text';

describe('claim wording shown to the reader', () => {
  it.each([
    {
      name: 'gives a sentence from inside a quotation its opening mark',
      text: 'They won’t be laughing if I’m elected mayor of Tarn.”',
      shown: '“They won’t be laughing if I’m elected mayor of Tarn.”',
    },
    {
      name: 'gives a sentence from inside a straight quotation its opening mark',
      text: "They won't be laughing if I'm elected mayor of Tarn.\"",
      shown: '"They won\'t be laughing if I\'m elected mayor of Tarn."',
    },
    {
      name: 'gives a quotation cut at its end its closing mark',
      text: '“Needless to say, the Tarn bridge will stand.',
      shown: '“Needless to say, the Tarn bridge will stand.”',
    },
    {
      name: 'leaves a whole quotation alone',
      text: '“The bridge will stand,” Mayor Pell said.',
      shown: '“The bridge will stand,” Mayor Pell said.',
    },
    {
      name: 'leaves a quoted phrase alone',
      text: 'The mayor called the plan "a foot in the door" on Friday.',
      shown: 'The mayor called the plan "a foot in the door" on Friday.',
    },
  ])('balanceQuotes: $name', ({ text, shown }) => expect(balanceQuotes(text)).toBe(shown));
});
