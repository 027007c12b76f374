// A headline that states a claim against one that only reports it (headline.states, headline.observes in
// lib/claims/rules.ts), one table a rule and one row a case, on headlines about an invented town (Tarn). A row's stance
// is checked to be decided by its table's rule. Headlines against a claim: headline-stance.test.ts.
import { expect } from 'vitest';
import { claimCues } from '../../../lib/claims/headline/headline-stance';
import { checkHeadline as check, ruleTable, type HeadlineCase as Case } from './cases';

const METEORITE = 'A meteorite landed near Tarn';
const CLOSED = 'The Tarn bridge was closed after the flood';
const BANKSY = 'Banksy was arrested in London';
const SPEECH = claimCues('The mayor of Tarn said the bridge is unsafe');

ruleTable<Case>(
  'headline.states',
  [
    { name: 'a plain statement', claim: CLOSED, headline: 'Tarn bridge closed after flood', stance: 'for' },
    { name: 'a statement confirmed', claim: CLOSED, headline: 'Tarn bridge closed after flood, mayor confirms', stance: 'for' },
    { name: 'a topic label before a colon', claim: CLOSED, headline: 'Flood: Tarn bridge closed', stance: 'for' },
    { name: 'a plain statement of an arrest', claim: BANKSY, headline: 'Banksy arrested in London', stance: 'for' },
    {
      name: 'trick words are verbs only ("punk")',
      claim: 'A Tarn punk band played in Pellia',
      headline: 'Tarn punk band played in Pellia',
      stance: 'for',
    },
    {
      name: '"<speaker> claims" for a claim about what the speaker said',
      claim: SPEECH,
      headline: 'Tarn mayor claims bridge is unsafe',
      stance: 'for',
    },
    {
      name: '"<speaker> says" for a claim about what the speaker said',
      claim: SPEECH,
      headline: 'Tarn mayor says bridge is unsafe',
      stance: 'for',
    },
  ],
  (c, rule) => {
    if (typeof c.claim !== 'string') expect(c.claim.speech).toBe(true);
    check(c, rule);
  },
);

ruleTable<Case>(
  'headline.observes',
  [
    { name: 'a question', claim: BANKSY, headline: 'Is Banksy arrested in London?', stance: 'observing' },
    {
      name: 'a question about a topic is no doubt',
      claim: METEORITE,
      headline: 'Tarn meteorite or hoax? New photos spark debate',
      stance: 'observing',
    },
    { name: 'rumours', claim: CLOSED, headline: 'Rumors of Tarn bridge closure spread after flood', stance: 'observing' },
    { name: 'a report', claim: CLOSED, headline: 'Report claims Tarn bridge closed after flood', stance: 'observing' },
    { name: 'a belief', claim: CLOSED, headline: 'People in Pellia think the Tarn bridge closed', stance: 'observing' },
    { name: 'a forecast', claim: CLOSED, headline: 'Analyst predicts Tarn bridge will close after flood', stance: 'observing' },
    {
      name: 'a question before the statement',
      claim: CLOSED,
      headline: 'Is this the end for Tarn? Bridge closed after flood',
      stance: 'observing',
    },
    { name: 'confusion', claim: CLOSED, headline: 'Confusion as Tarn bridge closed after flood', stance: 'observing' },
    { name: 'a speaker before a colon', claim: CLOSED, headline: 'Senator: Tarn bridge closed after flood', stance: 'observing' },
    {
      name: 'a described speaker before a colon',
      claim: CLOSED,
      headline: 'Former Tarn resident: bridge closed after flood',
      stance: 'observing',
    },
    {
      name: 'two speakers before a colon',
      claim: CLOSED,
      headline: 'Council, agent: Tarn bridge closed after flood',
      stance: 'observing',
    },
    {
      name: 'a witness before a colon',
      claim: CLOSED,
      headline: 'Driver: I saw the Tarn bridge closed after the flood',
      stance: 'observing',
    },
    { name: '"…, officials say"', claim: CLOSED, headline: 'Tarn bridge closed after flood, officials say', stance: 'observing' },
    {
      name: '"<speaker> says …" in Title Case',
      claim: CLOSED,
      headline: 'Mayor Says Tarn Bridge Closed After Flood',
      stance: 'observing',
    },
    { name: '"…, mayor said"', claim: CLOSED, headline: 'Tarn bridge closed after flood, mayor said', stance: 'observing' },
  ],
  check,
);
