// The speaker rules for verbs of denial and contest (party.leading-deny-verb, party.leading-contest-verb,
// party.trailing-deny-verb, party.trailing-contest-verb in lib/claims/rules.ts), one table a rule and one row a case,
// with the look-alikes that are no denial ("rejected it", "insisted on").
import { checkAttribution, ruleTable, type AttributionCase } from './cases';

ruleTable<AttributionCase>(
  'party.leading-deny-verb',
  [
    {
      name: 'a speaker before "denied that"',
      clause: 'Ostrian officials denied that Pellian troops had recaptured Tarn.',
      party: 'Ostrian officials',
    },
    {
      name: 'skips an opening time and keeps a list',
      clause: 'Today, both the Tarn council and the mayor’s lawyer flatly deny the claim.',
      party: 'both the Tarn council and the mayor’s lawyer',
    },
    {
      name: 'skips an adverbial opening',
      clause: 'Despite the statements from Pellia, Ostria’s army firmly rejected claims that it had left.',
      party: 'Ostria’s army',
      kind: 'deny',
    },
    {
      name: '"rejected claims that" is a denial',
      clause: 'Ostria’s army firmly rejected claims that it had left Tarn.',
      party: 'Ostria’s army',
      kind: 'deny',
    },
    {
      name: '"rejected that notion" is a denial',
      clause: 'Mayor Pell categorically rejected that notion.',
      party: 'Mayor Pell',
      kind: 'deny',
    },
    { name: '"rejected that notion" is a denial (no adverb)', clause: 'Mayor Ivo Ostrovic rejected that notion.', kind: 'deny' },
    {
      name: '"rejected claims that" is a denial (no adverb)',
      clause: 'Mayor Ivo Ostrovic rejected claims that the vote was rigged.',
      kind: 'deny',
    },
    { name: '"rejected it" is no denial', clause: 'Mayor Ivo Ostrovic rejected it before the vote.', notKind: 'deny' },
    {
      name: '"rejected the veto" is no denial',
      clause: 'The Tarn council on Wednesday overwhelmingly rejected the mayor’s veto of the bridge bill.',
      kind: null,
    },
    {
      name: '"rejected the offer" names no speaker',
      clause: 'Ostrian officials rejected the offer before Pell even announced it.',
      party: null,
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.leading-contest-verb',
  [
    {
      name: 'a speaker before "insisted that"',
      clause: 'Ostria insisted that 300 of its troops were still fighting in Tarn.',
      party: 'Ostria',
    },
    { name: '"insisted that" is a contest', clause: 'Ana Vel insisted that the bridge still stands.', kind: 'contest' },
    { name: '"insisted on" is a demand', clause: 'Ana Vel insisted on remaining anonymous until 2005.', kind: null },
    {
      name: 'leaves "continues to" out of the speaker',
      clause: 'Pellia continues to insist that most of those killed were fighters.',
      party: 'Pellia',
    },
    {
      name: 'leaves "still" out of the speaker',
      clause: 'The Tarn Gazette still maintains that the bridge had cracks.',
      party: 'The Tarn Gazette',
    },
    {
      name: 'leaves "on several occasions" out of the speaker',
      clause: 'Vel on several occasions maintained that the Tarn bridge was safe.',
      party: 'Vel',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.trailing-deny-verb',
  [
    {
      name: 'a speaker and "denied" after the last comma',
      clause: 'Pellian troops had recaptured Tarn, Ostrian officials denied.',
      party: 'Ostrian officials',
      kind: 'deny',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.trailing-contest-verb',
  [
    {
      name: 'a speaker and "insisted" after the last comma',
      clause: 'Its units still hold the Tarn bridge, Ostria insisted.',
      party: 'Ostria',
      kind: 'contest',
    },
  ],
  checkAttribution,
);
