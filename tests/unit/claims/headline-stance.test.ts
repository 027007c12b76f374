// A headline's stance toward a claim (lib/claims/headline/headline-stance.ts), one table a headline.* rule and one row
// a case, on headlines written for these tests about an invented town (Tarn) and country (Pellia). A row that expects
// a stance checks that its table's rule decided it; a row that expects "not against" marks the edge of its rule.
// Negations of the claim's terms or of its saying: headline-negation.test.ts; stating a claim against reporting it
// (headline.states, headline.observes): headline-states.test.ts.
import { checkHeadline as check, ruleTable, type HeadlineCase as Case } from './cases';

const METEORITE = 'A meteorite landed near Tarn';
const CAR = 'The mayor of Tarn’s car was stolen';
const DOUGHNUT = 'A Tarn bakery is launching a pickle doughnut';
const MURAL = 'Someone painted a mural on the Tarn bridge';
const BANK = 'A Tarn bank got a man fired after he complained';
const BANKSY = 'Banksy was arrested in London';

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
