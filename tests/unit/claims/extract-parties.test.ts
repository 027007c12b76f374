// The party rules that read across sentences (party.quotation-run, party.medium-is-person, party.embedded-clause in
// lib/claims/rules.ts): whose word a sentence is in a whole article, one row a case. Pronouns: extract-pronouns.test.ts.
import { describe, expect, it } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { article, checkParty as check, ruleTable, type PartyCase as Case } from './cases';

const REOPEN = 'The Tarn bridge will reopen in May.';
const REPAIRS = 'The repairs to the Tarn bridge have cost the city 12 million dollars.';
const SHELLED = 'The Pellian army shelled the Tarn bridge again on Monday.';
const LESSA = 'The Tarn council will pay for the new Lessa road.';
const TWEET = '— Ana Vel (@anavel) October 22, 2014';
const SAID = `Mayor Ana Vel said in a statement on Monday:\n\n${REPAIRS} ${LESSA}\n\nThe Pellian army shelled the Tarn bridge again on Tuesday.`;
const INLINE = `The Pellian army shelled the Tarn bridge on Monday.\nThe Tarn bridge is shut for good. The Lessa road is the only way out of Tarn.${TWEET}`;
const LONE = `The Pellian army shelled the Tarn bridge on Monday.\nThe Tarn bridge is shut for good, and the Lessa road is closed.\n${TWEET}`;

ruleTable<Case>(
  'party.quotation-run',
  [
    {
      name: 'a quotation named where it opens',
      text: `Mayor Ana Vel said on Monday: “${REOPEN} ${REPAIRS}”`,
      sentence: /repairs/,
      party: 'Mayor Ana Vel',
    },
    {
      name: 'a quotation named where it closes',
      text: `“${REOPEN} The repairs to the Tarn bridge have cost the city 12 million dollars,” Mayor Ana Vel said.`,
      sentence: /reopen in May/,
      party: 'Mayor Ana Vel',
    },
    {
      name: 'a tokenised quotation closes with two apostrophes',
      text: `"The Tarn bridge will reopen in May, '' Mayor Ana Vel said. ${SHELLED}`,
      sentence: /shelled/,
      party: null,
    },
    {
      name: 'runs on into the next paragraph when it reopens there',
      text: `Mayor Ana Vel said: “${REOPEN}\n\n“${REPAIRS}”`,
      sentence: /repairs/,
      party: 'Mayor Ana Vel',
    },
    {
      name: 'ends at its paragraph when the next does not reopen it',
      text: `Mayor Ana Vel said: “${REOPEN}\n\n${SHELLED}`,
      sentence: /shelled/,
      party: null,
    },
    {
      name: 'a quotation in the paragraph after a colon is the introducer’s',
      text: `The Tarn Post reported on Friday:\n\n“${REPAIRS} ${LESSA}”`,
      sentence: /Lessa road/,
      party: 'The Tarn Post',
    },
    {
      name: 'without the colon the next paragraph’s quotation is no one’s',
      text: `The Tarn Post reported on Friday that the bridge was shut.\n\n“${REPAIRS} ${LESSA}”`,
      sentence: /Lessa road/,
      party: null,
    },
    { name: 'an embedded tweet’s earlier sentence is its account’s', text: INLINE, sentence: /shut for good/, party: 'Ana Vel' },
    { name: 'the sentence before a tweet’s paragraph is not the account’s', text: INLINE, sentence: /shelled/, party: null },
    { name: 'the paragraph before a lone signature is the account’s', text: LONE, sentence: /shut for good/, party: 'Ana Vel' },
    { name: 'the paragraph before that is not', text: LONE, sentence: /shelled/, party: null },
    { name: 'a block quotation after "<speaker> said:"', text: SAID, sentence: /repairs/, party: 'Mayor Ana Vel' },
    { name: 'a block quotation’s second sentence', text: SAID, sentence: /Lessa road/, party: 'Mayor Ana Vel' },
    { name: 'the paragraph after a block quotation', text: SAID, sentence: /shelled/, party: null },
    {
      name: 'a block quotation after "The report read:"',
      text: 'A fake site spread the story. The report read:\n\nSources are reporting that the Tarn bridge collapsed into the river on Monday.',
      sentence: /collapsed/,
      party: 'The report',
    },
    {
      name: 'a list after a colon is no quotation',
      text: `Here are the Tarn council figures for the bridge:\n\n${REPAIRS}`,
      sentence: /repairs/,
      party: null,
    },
    {
      name: 'carries a speaker four sentences on within the quotation',
      text: `Mayor Ana Vel said: “${REOPEN} The repairs to the Tarn bridge cost 12 million dollars. The Tarn council paid for the repairs. The Pellian army shelled the bridge twice.”\n\n“We did not lose the Tarn vote today,” she said after the council meeting in Tarn.`,
      sentence: /twice/,
      party: 'Mayor Ana Vel',
    },
  ],
  check,
);

ruleTable<Case>(
  'party.trailing-say-verb',
  [
    {
      name: 'a reopened quotation with a speaker of its own is that speaker’s',
      text: `Mayor Ana Vel said: “${REOPEN}\n\n“The repairs have cost the Tarn council 12 million dollars,” councillor Ivo Lenz said.`,
      sentence: /repairs/,
      party: 'councillor Ivo Lenz',
    },
  ],
  check,
);

ruleTable<Case>(
  'party.tweet-signature',
  [{ name: 'the signed sentence of an embedded tweet in a paragraph', text: INLINE, sentence: /only way out/, party: 'Ana Vel' }],
  check,
);

ruleTable<Case>(
  'party.medium-is-person',
  [
    {
      name: 'a medium’s name the article gives a person is that person',
      text: 'Michael Bloomberg spoke in Tarn on Monday. “I built a business in Tarn and I did not start it with a check from my father,” Bloomberg said.',
      sentence: /business in Tarn/,
      party: 'Bloomberg',
    },
    {
      name: 'a medium the article names no one by is the press',
      text: 'From CNN: Tarn bonds fell three percent on Monday in Pella, Bloomberg said.',
      sentence: /bonds fell/,
      party: null,
    },
  ],
  check,
);

ruleTable<Case>(
  'party.embedded-clause',
  [
    {
      name: 'an embedded clause with no speaker of its own is what its sentence’s speaker says',
      text: 'Pellian officials said the governor visited Tarn for the first time since its full liberation from Ostrian units.',
      sentence: /full liberation/,
      party: 'Pellian officials',
    },
  ],
  (c, rule) => {
    // The sentence's own claim, then the embedded clause (its span inside the sentence), which has no speaker of its own.
    const [outer, inner] = extractArticleClaims(article('q', c.text));
    expect(outer!.rules?.[0]).toBe('party.leading-say-verb');
    expect(inner!.sentence.slice(...inner!.span!)).toMatch(c.sentence);
    expect(inner!.party).toBe(c.party);
    expect(inner!.rules?.[0]).toBe(rule);
  },
);

describe('naming: a person given by surname alone is named as the article first named them', () => {
  const FIRST =
    'Heavy rain will reach the Tarn valley on Monday, according to Tarn Radio meteorologist Ana Vel. The rain over Tarn will ease by Tuesday afternoon, added Vel. The Tarn dam held on Sunday, Mr. Vel said, quoting Tarn officials.';
  it.each<Case>([
    {
      name: 'the surname is the person first named in full',
      text: FIRST,
      sentence: /ease by Tuesday/,
      party: 'Tarn Radio meteorologist Ana Vel',
    },
    {
      name: 'a word like "What" is no first name',
      text: 'What Vel said of the Tarn dam was wrong, Tarn officials said on Monday. The Tarn dam held on Sunday, Vel said.',
      sentence: /held on Sunday/,
      party: 'Vel',
    },
    {
      name: 'a title is no first name',
      text: 'The Tarn dam held on Sunday after the storm, Sgt Vel said. The Tarn bridge will reopen in May, Vel added.',
      sentence: /bridge will reopen/,
      party: 'Vel',
    },
  ])('$name', (c) => check(c, null));
});
