// A headline's stance toward a claim (lib/claims/headline/headline-stance.ts), one table a headline.* rule and one row
// a case, on headlines written for these tests about an invented town (Tarn) and country (Pellia). A row that expects
// a stance checks that its table's rule decided it; a row that expects "not against" marks the edge of its rule.
import { expect } from 'vitest';
import { claimCues, headlineStanceWhy, type ClaimCues, type HeadlineStance } from '../../../lib/claims/headline/headline-stance';
import { ruleTable } from './cases';

interface Case {
  name: string;
  claim: string | ClaimCues;
  headline: string;
  stance?: HeadlineStance;
  not?: HeadlineStance;
}

function check({ claim, headline, stance, not }: Case, rule: string): void {
  const why = headlineStanceWhy(claim, headline);
  if (stance) expect(why).toEqual({ stance, rules: [rule] });
  if (not) expect(why.stance).not.toBe(not);
}

const METEORITE = 'A meteorite landed near Tarn';
const CAR = 'The mayor of Tarn’s car was stolen';
const DOUGHNUT = 'A Tarn bakery is launching a pickle doughnut';
const MURAL = 'Someone painted a mural on the Tarn bridge';
const BANK = 'A Tarn bank got a man fired after he complained';
const CLOSED = 'The Tarn bridge was closed after the flood';
const BANKSY = 'Banksy was arrested in London';
const SPEECH = claimCues('The mayor of Tarn said the bridge is unsafe');

ruleTable<Case>(
  'headline.denies',
  [
    { name: 'a denial of the claim', claim: BANKSY, headline: 'Police deny that Banksy was arrested', stance: 'against' },
    {
      name: 'rumours shut down',
      claim: DOUGHNUT,
      headline: 'Tarn bakery shuts down rumors of a pickle doughnut',
      stance: 'against',
    },
    {
      name: 'a denial with a reason after "for"',
      claim: BANK,
      headline: 'Tarn bank denies getting man fired for complaining',
      stance: 'against',
    },
    {
      name: 'a reason given with "for" and a gerund is not the headline’s stance',
      claim: BANK,
      headline: 'Tarn bank got him fired for contesting bogus charges',
      not: 'against',
    },
  ],
  check,
);

ruleTable<Case>(
  'headline.retraction',
  [
    {
      name: 'a newspaper pulls its story',
      claim: BANKSY,
      headline: 'Newspaper pulls its story on Banksy arrest',
      stance: 'against',
    },
    { name: 'a story pulled', claim: METEORITE, headline: 'Tarn Gazette pulls story about meteorite landing', stance: 'against' },
    { name: 'a rumour put to rest', claim: CAR, headline: 'Stolen Tarn car rumor put to rest', stance: 'against' },
    { name: 'a rumour made fun of', claim: CAR, headline: 'Tarn mayor makes fun of stolen car rumor', stance: 'against' },
  ],
  check,
);

ruleTable<Case>(
  'headline.safe-or-alive',
  [
    {
      name: '"alive and well" against a death',
      claim: 'The singer died in a crash',
      headline: 'The singer is alive and well',
      stance: 'against',
    },
    {
      name: '"is safe" against a kidnapping',
      claim: 'A Tarn aid worker was kidnapped in Pellia',
      headline: 'Tarn aid worker kidnapped in Pellia says she is safe',
      stance: 'against',
    },
    { name: '"is safe" against a theft', claim: CAR, headline: 'Police say the Tarn mayor’s car is safe', stance: 'against' },
    {
      name: '"is alive" against a claimed death',
      claim: 'The mayor of Tarn died',
      headline: 'Tarn mayor is alive, family says',
      stance: 'against',
    },
    {
      name: '"safe" without a copula is no answer',
      claim: 'A Tarn aid worker wore a mask on the plane',
      headline: 'Tarn aid worker plays it safe with a mask on the plane',
      not: 'against',
    },
    {
      name: '"is safe" against no claim of harm',
      claim: 'The Tarn bridge reopened',
      headline: 'Tarn bridge reopened and is safe, engineers say',
      not: 'against',
    },
    {
      name: '"is alive" against a claim of harm that is no death',
      claim: 'A Tarn aid worker was kidnapped in Pellia',
      headline: 'Kidnapped Tarn aid worker is alive in new video',
      not: 'against',
    },
  ],
  check,
);

ruleTable<Case>(
  'headline.doubt',
  [
    { name: 'doubts cast', claim: BANKSY, headline: 'Doubts cast over Banksy arrest in London', stance: 'against' },
    { name: 'experts cast doubt', claim: METEORITE, headline: 'Experts cast doubt on Tarn meteorite claim', stance: 'against' },
    { name: 'a yes/no hoax question', claim: METEORITE, headline: 'Was the Tarn meteorite video all a hoax?', stance: 'against' },
    {
      name: 'a trick',
      claim: METEORITE,
      headline: 'Someone trolled Twitter into thinking a meteorite hit Tarn',
      stance: 'against',
    },
    { name: '"not a thing"', claim: METEORITE, headline: 'The Tarn meteorite is not a thing', stance: 'against' },
    {
      name: 'a staged-video question',
      claim: CAR,
      headline: 'Did the Tarn mayor stage the theft of his car?',
      stance: 'against',
    },
    { name: 'a duping question', claim: CAR, headline: 'How did a fake Pellian site dupe three papers?', stance: 'against' },
    { name: 'all a prank', claim: MURAL, headline: 'Tarn bridge mural was just for a prank video', stance: 'against' },
    {
      name: 'not what it seems',
      claim: MURAL,
      headline: 'Tarn bridge mural? Viral photo isn’t what it seems',
      stance: 'against',
    },
    {
      name: 'doubt is for a claim that itself doubts',
      claim: 'A Pellian paper ran a report that questions the official account of the Tarn fire',
      headline: 'Doubts raised over official account of Tarn fire',
      not: 'against',
    },
  ],
  check,
);

ruleTable<Case>(
  'headline.not-happening',
  [
    { name: 'not happening', claim: DOUGHNUT, headline: 'The pickle doughnut is not happening', stance: 'against' },
    {
      name: 'one of the flavours that aren’t happening',
      claim: DOUGHNUT,
      headline: 'Pickle doughnuts, and 5 other flavors that aren’t happening',
      stance: 'against',
    },
    { name: 'not coming', claim: DOUGHNUT, headline: 'Not coming to a bakery near you: the pickle doughnut', stance: 'against' },
    {
      name: 'a figment of the imagination',
      claim: DOUGHNUT,
      headline: 'The pickle doughnut is a figment of your imagination',
      stance: 'against',
    },
    { name: 'never happened', claim: DOUGHNUT, headline: 'Pickle doughnut launch never happened', stance: 'against' },
    {
      name: 'not happening agrees with a claim that it will not take place',
      claim: 'The Tarn festival will not take place',
      headline: 'Tarn festival is not happening this year',
      not: 'against',
    },
  ],
  check,
);

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
