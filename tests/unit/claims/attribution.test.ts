// The party rules (party.* in lib/claims/rules.ts): who speaks in one clause, attribute(clause), one table a rule and
// one row a case, on invented sentences (BASIL's long political prose, wire copy, tweets). A row that expects a
// speaker also checks that its table's rule found it; a row that expects none names the rule whose edge it marks.
import { checkAttribution, ruleTable, type AttributionCase } from './cases';

ruleTable<AttributionCase>(
  'party.tweet-signature',
  [
    {
      name: 'the account signing a tweet',
      clause: 'The dog was adopted. — Ana Vel (@anavel) October 22, 2014',
      party: 'Ana Vel',
    },
    {
      name: 'says the words before the signature, through Twitter',
      clause: 'The Tarn bridge is shut again, avoid the Lessa road.— Ana Vel (@anavel) October 22, 2014',
      party: 'Ana Vel',
      via: 'Twitter',
      kind: 'say',
      cueAt: 'The Tarn bridge is shut again, avoid the Lessa road.'.length,
    },
    {
      name: 'a dash garbled by a wrong encoding stays out of the name',
      clause: 'Bridge shut pic.twitter.com/x1 — â€” Tarn Radio (@tarnradio) May 2, 2015',
      party: 'Tarn Radio',
    },
    {
      name: 'needs the whole signature: a handle alone names no one',
      clause: 'The Tarn council (@tarncouncil) shut the bridge on Monday.',
      party: null,
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.according-to',
  [
    { name: 'the source after "according to"', clause: 'Some 3,000 soldiers moved north, according to Pellia.', party: 'Pellia' },
    {
      name: 'keeps a list of sources',
      clause: 'Some 3,000 soldiers moved north, according to Ostria, the U.N. and Pellia.',
      party: 'Ostria, the U.N. and Pellia',
    },
    {
      name: 'keeps a list of sources with "the U.S."',
      clause: 'Some 3,000 soldiers moved north, according to Ostria, the U.S. and South Pellia.',
      party: 'Ostria, the U.S. and South Pellia',
    },
    {
      name: 'cuts a cited source at its apposition',
      clause: 'The bridge closed, according to Sen. Ann Pell, D-Tarn, the second Democrat in the chamber.',
      party: 'Sen. Ann Pell',
    },
    {
      name: 'cuts a cited source at its relative clause',
      clause: 'The vote was delayed, according to two officials who were at the meeting.',
      party: 'two officials',
    },
    {
      name: "a medium's named staff speak for themselves, through it",
      clause: 'Heavy rain will fall on Tarn tonight, according to CNN meteorologist Ann Pell.',
      party: 'CNN meteorologist Ann Pell',
      via: 'CNN',
    },
    {
      name: "a medium's own name is the press, no party",
      clause: 'Heavy rain will fall on Tarn tonight, according to Yonhap News Agency.',
      party: null,
    },
    {
      name: 'does not read "citing" a reason as citing a source',
      clause: 'After winning re-election, he resigned, citing his health and the investigation into his campaign.',
      notParty: /health/,
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.inverted-verb',
  [
    { name: 'a speaker after a quote and the verb', clause: '“We will rebuild the bridge,” said Ana Vel.', party: 'Ana Vel' },
    {
      name: 'leaves a quoted ad title after the speaker out',
      clause: '"We will rebuild the bridge," says Mayor Ann Pell in the new ad titled "Strong."',
      party: 'Mayor Ann Pell',
    },
    {
      name: 'keeps a place after the speaker',
      clause: '"We will rebuild the bridge," said officials in Tarn.',
      party: 'officials in Tarn',
    },
    {
      name: 'a setting after the speaker, and a cited outlet as the medium',
      clause:
        '"I want to see the Tarn bridge plans," said Pell in an interview on Tarn Radio\'s "Morning" show, according to the Tarn Post.',
      party: 'Pell',
      via: 'the Tarn Post',
    },
    {
      name: 'a wire service after the verb is the press, not a party',
      clause: 'The envoy arrived in Tarn on Sunday, reported AFP.',
      party: null,
      via: 'AFP',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.inverted-appositive',
  [
    {
      name: '"said <name>, who …" after a quotation',
      clause: '"Tarn will rebuild the bridge," said Vel, who added that "the money is there."',
      party: 'Vel',
    },
    {
      name: '"said <name>, <appositive>, in a statement"',
      clause: '"The bridge will reopen in May," said Ana Vel, a Tarn councillor, in a statement on Monday.',
      party: 'Ana Vel',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.passive-by',
  [
    {
      name: 'the agent of a passive verb of saying',
      clause: 'His death was confirmed by Ana Vel, a spokeswoman for the Tarn police.',
      party: 'Ana Vel',
    },
    {
      name: 'the agent with "also" before the verb',
      clause: "Lenz's death also was confirmed by Ana Vel, a spokeswoman for the Tarn police.",
      party: 'Ana Vel',
    },
    {
      name: 'the agent after a time, cut at its relative clause',
      clause: 'The truce was announced on Friday by Tarn’s defence chief, who ordered his troops to comply.',
      party: 'Tarn’s defence chief',
    },
    { name: 'no agent without "by"', clause: 'His death was confirmed on Monday in Tarn.', party: null },
    {
      name: 'a condition is no passive of saying',
      clause: 'If her death is confirmed, she would be the fourth Tarn hostage to die.',
      party: null,
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.owned-words',
  [
    {
      name: '"His response: …" is his',
      clause: 'His response: "Well, I have people that have been studying the Tarn bridge."',
      party: 'he',
    },
    {
      name: '"<name>’s reply: …" is theirs',
      clause: 'Mayor Ann Pell’s reply: “The Tarn bridge is safe.”',
      party: 'Mayor Ann Pell',
    },
  ],
  checkAttribution,
);

ruleTable<AttributionCase>(
  'party.toll-keeper',
  [
    {
      name: 'whoever raises an official figure is its source',
      clause: 'The Tarn Civil Protection Agency also raised the number of injured people to 9,900.',
      party: 'The Tarn Civil Protection Agency',
    },
    {
      name: 'raising something that is no figure names no one',
      clause: 'The storm raised the water level of the Tarn river.',
      party: null,
    },
  ],
  checkAttribution,
);
