// The pronoun rules (party.pronoun-subject, party.pronoun-last-named in lib/claims/rules.ts): whom a "he" or "she"
// speaking in a whole article is, one table a rule and one row a case; unnamed rather than misnamed when the sentence
// before gives it someone else to be.
import { checkParty as check, ruleTable, type PartyCase as Case } from './cases';

const REOPEN = 'The Tarn bridge will reopen in May.';

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
