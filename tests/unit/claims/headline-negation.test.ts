// A headline that negates a claim's own terms, or the saying a speech claim reports (headline.negates-claim-term,
// headline.negates-saying in lib/claims/rules.ts), one table a rule and one row a case: what a negation bears on. A
// row's stance is checked to be decided by its table's rule; a "not against" row marks where the negation stops.
import { checkHeadline as check, ruleTable, type HeadlineCase as Case } from './cases';

const BANKSY = 'Banksy was arrested in London';

ruleTable<Case>(
  'headline.negates-claim-term',
  [
    { name: 'a negated claim term', claim: BANKSY, headline: "Banksy wasn't arrested in London", stance: 'against' },
    {
      name: 'reaches past a preposition to the claim’s own terms',
      claim: 'Bodies found in a Tarn grave are those of the missing students',
      headline: 'Missing students not among 12 bodies found in Tarn grave',
      stance: 'against',
    },
    {
      name: 'counts content words, so auxiliaries do not use up its reach',
      claim: 'The mayor of Tarn rode in a golden carriage',
      headline: 'Sadly The Mayor Has Not Been Riding Round In A Golden Carriage',
      stance: 'against',
    },
    {
      name: 'advice is its own clause only',
      claim: 'The Tarn bridge is closed',
      headline: "Don't panic, the Tarn bridge is not closed",
      stance: 'against',
    },
    {
      name: 'a negated "arrested" against a claimed detention',
      claim: 'The mayor of Tarn was detained in Pellia',
      headline: 'Pellia says Tarn mayor has not been arrested',
      stance: 'against',
    },
    {
      name: 'the negation after a label and colon',
      claim: 'Some Tarn fighters have contracted Pellian fever',
      headline: 'WHO: Tarn fighters do not have Pellian fever but a plan is ready',
      stance: 'against',
    },
    {
      name: 'stops at a comma',
      claim: 'The mayor of Tarn had knee surgery',
      headline: 'Mayor of Tarn not missing, just recovering from knee surgery',
      not: 'against',
    },
    {
      name: 'stops at a wh- word',
      claim: 'A Tarn baker’s van was seen in Pellia',
      headline: 'Tarn baker has no idea how his van ended up in Pellia',
      not: 'against',
    },
    {
      name: 'does not count a negation the claim itself makes',
      claim: 'The Tarn bridge will not reopen',
      headline: 'Tarn bridge will not reopen this year',
      not: 'against',
    },
  ],
  check,
);

ruleTable<Case>(
  'headline.negates-saying',
  [
    {
      name: 'a negated saying against a claim that someone said something',
      claim: 'The mayor of Tarn told a boy that the river is open to all boats',
      headline: 'Mayor of Tarn turns out not to have made ferries in heaven comment',
      stance: 'against',
    },
    {
      name: 'negating a comment is no answer to a claim that is not about speech',
      claim: 'The Tarn bridge reopened',
      headline: 'Tarn bridge reopened; the mayor did not comment',
      not: 'against',
    },
  ],
  check,
);
