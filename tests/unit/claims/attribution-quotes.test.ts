// The trailing and quotation speaker rules (party.trailing-say-verb, party.*-after-quote, party.said-then-quote,
// party.between-quotes in lib/claims/rules.ts), one table a rule and one row a case. The phrase clean-up and the side a
// speaker is on: party-side.test.ts.
import { checkAttribution, ruleTable, type AttributionCase } from './cases';

const LONG = '“We have people who have been studying the records in Tarn for weeks and cannot believe what they are finding,”';
const MAY = '“The Tarn bridge will reopen in May,”';

ruleTable<AttributionCase>(
  'party.trailing-say-verb',
  [
    {
      name: 'a speaker and "said" after the last comma',
      clause: 'Pellian troops recaptured Tarn on Monday, the ministry said.',
      party: 'the ministry',
    },
    {
      name: 'a trailing speaker with a day',
      clause: 'Troops crossed the river near Tarn, the Valdorian ministry said Friday.',
      party: 'the Valdorian ministry',
      kind: 'say',
    },
    {
      name: 'the speaker after a quote, not the quote',
      clause: '"We are talking about a foot in the door," Mayor Pell said.',
      party: 'Mayor Pell',
    },
    {
      name: 'a programme’s quoted title after "on"',
      clause: '"The Tarn bridge will stand," Mayor Pell said on Tarn Radio\'s "Meet the Mayor."',
      party: 'Mayor Pell',
    },
    {
      name: 'a quotation in the clause is no title: the cue starts after it',
      clause: 'The Tarn bridge will stand," he said on Tarn Radio\'s "Meet the Mayor."',
      party: 'he',
      cueAt: 26,
    },
    {
      name: 'whom it was said to, never "to" a clause',
      clause:
        '“We have learned something important since the days I served in Tarn,” Mr. Pell said to the group gathered in Lessa in March 2008.',
      party: 'Mr. Pell',
    },
    {
      name: '"say" for a plural subject, trailing',
      clause: 'The driver kept going past the Tarn Club, police say.',
      party: 'police',
    },
    {
      name: '"tweeted" after a quotation',
      clause: '“The Tarn bridge stays shut,” Mayor Ana Vel tweeted on Monday.',
      party: 'Mayor Ana Vel',
    },
    { name: '"replied" after a quotation', clause: '“The Tarn bridge stays shut,” Ana Vel replied.', party: 'Ana Vel' },
    {
      name: 'any past-tense verb right after a closed quotation ("continued")',
      clause: '“The Tarn bridge will stay shut until the spring,” Ana Vel continued.',
      party: 'Ana Vel',
    },
    {
      name: 'any past-tense verb right after a closed quotation ("recalled")',
      clause: '"We had never seen the river so high in Tarn," Mayor Ivo Lenz recalled.',
      party: 'Mayor Ivo Lenz',
    },
    {
      name: 'drops a tokenised closing quote before the speaker',
      clause: "We will rebuild the Tarn bridge this year , '' Ivo Lenz said.",
      party: 'Ivo Lenz',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.told-after-quote',
  [
    {
      name: 'a pronoun that "told" after a quote',
      clause: '“The whole question is whether they should or not,” he told Tarn Radio.',
      party: 'he',
    },
    {
      name: 'the speaker before "told", then a programme’s title',
      clause: `${LONG} Pell told Tarn TV’s “Morning” show on Thursday.`,
      party: 'Pell',
    },
    {
      name: 'the speaker before "told", then the listener',
      clause: `${LONG} Mayor Ana Vel told reporters in Pella.`,
      party: 'Mayor Ana Vel',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.said-to-after-quote',
  [
    {
      name: '"X, an appositive, told Outlet" is X\'s word, never the outlet\'s',
      clause: '“We all know the Tarn council has views,” Sen. Ann Pell, D-Conn., told the Tarn Post.',
      party: 'Sen. Ann Pell',
    },
    {
      name: 'an appositive with a possessive, a time after the listener',
      clause: '“The bill is enacted,” Ivo Lenz, Pell’s chief of staff, told Tarn Radio at the time.',
      party: 'Ivo Lenz',
    },
    {
      name: 'an appositive naming a body, "told reporters"',
      clause: '“We are fine,” Ana Vel, a spokeswoman for the Tarn Harbour Authority, told reporters on Friday.',
      party: 'Ana Vel',
    },
    {
      name: 'a speaker between commas with no quotation',
      clause: 'He signed the deal on Saturday, his agent Marc Odo, told Tarn Sport.',
      party: 'his agent Marc Odo',
    },
    {
      name: '"told" names the listener: not "Tarn Radio she"',
      clause: 'Her mother, a teacher in Tarn, told Tarn Radio she is still in shock.',
      notParty: 'Tarn Radio she',
    },
    {
      name: 'the last item of a list before "told" is no speaker',
      clause: `${LONG} Ana Vel, the chair of the council’s committee on Roads, Bridges and Harbours, told the Tarn Post.`,
      party: 'Ana Vel',
    },
    {
      name: '"said" after an appositive, then a setting',
      clause: `${MAY} Ana Vel, a Pellian, said during a bill signing ceremony.`,
      party: 'Ana Vel',
    },
    {
      name: '"said" after a party tag, then a day',
      clause: `${MAY} Representative Ana Vel, Republican of Tarn, said on Thursday.`,
      party: 'Representative Ana Vel',
    },
    {
      name: '"said" after a long appositive, then a time',
      clause: `${MAY} Ana Vel, research director at the rights group, TARNWATCH, said after the vote.`,
      party: 'Ana Vel',
    },
    {
      name: '"said" then a quoted programme',
      clause: `${MAY} Sen. Ana Vel, R-Tarn, said on "Tarn Sunday."`,
      party: 'Sen. Ana Vel',
    },
    {
      name: 'a quoted phrase between the commas is no speaker',
      clause: `${MAY} Vel, who wrote the phrase, 'More bridges, fewer ferries', on her page, said in an interview.`,
      notParty: 'More bridges',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.said-then-quote',
  [
    {
      name: 'the speaker of "said," and a quotation after appositives, the quotation left in the claim',
      clause:
        'Asked in the interview how serious her plan for the bridge is, Vel, who would have to leave the Tarn council in order to run the port, said, "I always take things seriously, but never like this.',
      party: 'Vel',
      cueBefore: 'I always',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.between-quotes',
  [
    {
      name: 'a speaker between two parts of a long quotation',
      clause:
        '“I think the old bridge over the river in the north of Tarn will be safe for a long while yet,” Ana Vel said, “and it will reopen on Friday.”',
      party: 'Ana Vel',
    },
    {
      name: 'however late in the sentence, with no opening mark',
      clause:
        'I think his actions standing up for the people of Tarn for a long time speak volumes," Menendez said, "I\'m sure he will stay in the race."',
      party: 'Menendez',
    },
  ],
  checkAttribution,
);
