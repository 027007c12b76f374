// The party rules that read across sentences (party.quotation-run, party.pronoun-*, party.medium-is-person,
// party.embedded-clause in lib/claims/rules.ts): whose word a sentence is in a whole article, one row a case.
import { describe, expect, it } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import { article, ruleTable } from './cases';

interface Case {
  name: string;
  text: string;
  /** The sentence whose claim is checked. */
  sentence: RegExp;
  party?: string | null;
  notParty?: string;
}

/** The party of the (stored and unpacked) claim of the sentence; a party is checked to be decided by `rule`. */
function check({ text, sentence, party, notParty }: Case, rule: string | null): void {
  const found = unpackClaims(extractClaims(article('q', text))).find((c) => sentence.test(c.sentence))?.party ?? null;
  if (party !== undefined) expect(found).toBe(party);
  if (notParty !== undefined) expect(found).not.toBe(notParty);
  if (party && rule)
    expect(extractArticleClaims(article('q', text)).find((c) => sentence.test(c.sentence))?.rules).toContain(rule);
}

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
  'party.pronoun-subject',
  [
    {
      name: '"she said" with no speaker before is the person the sentence before opens with',
      text: 'Senator Ana Vel criticised the Tarn bridge plan on Monday. “It is a waste of 12 million dollars,” she said.',
      sentence: /waste of 12 million/,
      party: 'Senator Ana Vel',
    },
    ...[/cost 12 million/, /waste of the Tarn/].map((sentence) => ({
      name: `a surname alone is the person named in full, and a pronoun opening the next sentence carries on (${sentence.source})`,
      text: 'Ana Vel opened the Tarn bridge in May.\n\nVel criticised the repairs plan on Monday. She told reporters the repairs cost 12 million dollars. “It is a waste of the Tarn council money,” she said.',
      sentence,
      party: 'Ana Vel',
    })),
    {
      name: 'not when the sentence before is a quotation',
      text: '“Ivo Lenz was not happy with the Tarn bridge.” The repairs cost 12 million dollars, he said.',
      sentence: /repairs cost/,
      party: null,
    },
    {
      name: 'not when the sentence before names someone else he could be',
      text: `Ana Vel met Mayor Ivo Lenz in Tarn on Monday. “${REOPEN.slice(0, -1)},” he said.`,
      sentence: /reopen in May/,
      party: null,
    },
    {
      name: 'not "he" for a woman',
      text: `Vel finished her plan for the Tarn bridge on Monday. “${REOPEN.slice(0, -1)},” he said.`,
      sentence: /reopen in May/,
      party: null,
    },
    {
      name: 'not when the sentence has its own speaker',
      text: 'Ana Vel criticised the Tarn plan on Monday. Mayor Ivo Lenz defended the Tarn bridge repairs, which he said cost 12 million dollars.',
      sentence: /cost 12 million/,
      notParty: 'Ana Vel',
    },
    {
      name: 'not the subject of a subordinate opener',
      text: `Though Vel is the mayor, the Tarn council decides. “${REOPEN.slice(0, -1)},” he said.`,
      sentence: /reopen in May/,
      party: null,
    },
    {
      name: 'not a carried-over speaker in the next paragraph',
      text: `Mayor Ana Vel said: “${REOPEN} The repairs to the Tarn bridge cost 12 million dollars. The Tarn council paid for the repairs. The Pellian army shelled the bridge twice.”\n\n“We did not lose the Tarn vote today,” she said after the council meeting in Tarn.`,
      sentence: /lose the Tarn vote/,
      party: null,
    },
    {
      name: 'never a medium for the "she" of a later quotation',
      text: 'The Tarn dam broke after heavy rain on Sunday, Tarn TV 24 reported.\n\n“The water came up to the first floor of every house on the street,” she told the Pella Herald.',
      sentence: /first floor/,
      party: null,
    },
  ],
  check,
);

ruleTable<Case>(
  'party.pronoun-last-named',
  [
    {
      name: 'the "she" of a later quotation is the person last named',
      text: 'The Tarn dam broke after heavy rain on Sunday, said Ana Vel of the Tarn council.\n\n“The water came up to the first floor of every house on the street,” she told the Pella Herald.',
      sentence: /first floor/,
      party: 'Ana Vel of the Tarn council',
    },
  ],
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
