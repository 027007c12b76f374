// The deny rules (deny.* in lib/claims/rules.ts): what makes a clause a denial when outlets are compared, one table a
// rule and one row a case (status-cases.ts): a negation of what others affirm, a plain clause against what most
// negate, a counter-claim and the outlets that carry the claim it holds out against.
import { checkStatus as check, O, W, type StatusCase as Case } from './status-cases';
import { ruleTable } from './cases';

const NO_ONE = 'No-one was injured in the fire at the Tarn market on Sunday.';

ruleTable<Case>(
  'deny.negates-affirmed-term',
  [
    {
      name: 'a negation of the same subject denies the claim',
      text: 'Pellian troops destroyed the Tarn bridge on Monday, the Pellian army said.',
      others: [
        [O, 'The Tarn bridge was not destroyed by Pellian troops on Monday, Ostrian officials said.'],
        [W, 'The Pellian army said its troops destroyed the Tarn bridge on Monday.'],
      ],
      disputed: true,
      claim: /destroyed the Tarn bridge/,
      rules: ['status.denied-and-carried', 'deny.negates-affirmed-term'],
    },
    {
      name: 'a negation said of someone else denies nothing of the others',
      text: 'The three leads Ana Vel, Ivo Ostrovic and Mark Lenz are already signed on to appear in the sequel.',
      others: [
        [W, 'Unlike stars Ana Vel, Ivo Ostrovic and Mark Lenz, Tom Ross is not signed for a sequel.'],
        [O, 'Stars Ana Vel, Ivo Ostrovic and Mark Lenz are signed on for the rest of the films in the series.'],
      ],
      disputed: false,
    },
  ],
  check,
);

ruleTable<Case>(
  'deny.affirms-what-others-negate',
  [
    {
      name: 'a plain clause affirming what most outlets negate denies them',
      text: 'Three people were injured in the fire at the Tarn market on Sunday.',
      others: [
        [W, NO_ONE],
        [O, 'Nobody was injured in the fire at the Tarn market on Sunday, police said.'],
        ['Pellia Herald', 'No one was injured in the fire at the Tarn market on Sunday.'],
        ['Lessa Courier', 'A fire broke out at the Tarn market on Sunday.'],
      ],
      claim: /injured/,
      status: 'disputed',
      deniedBy: 'Current Daily',
      rules: ['status.denied-and-carried', 'deny.affirms-what-others-negate'],
    },
    {
      name: 'a plain statement in a mostly negated group that affirms nothing they negate is no denial',
      text: 'No-one was injured in the fire at the Tarn market, which police are treating as suspicious.',
      others: [
        [W, 'Nobody is believed to have been injured in the fire at the Tarn market.'],
        [O, 'A statement from Tarn police said the fire at the Tarn market was being treated as suspicious.'],
      ],
      disputed: false,
    },
  ],
  check,
);

const CLAIMED = 'Pellia claimed it had recaptured Tarn on Monday.';
const COUNTER = `${CLAIMED} Ostria insists its units are still fighting inside Tarn.`;

ruleTable<Case>(
  'deny.counter-claim',
  [
    {
      name: 'a counter-claim in another outlet disputes the claim it holds out against',
      text: CLAIMED,
      others: [[O, COUNTER]],
      claim: /recaptured Tarn/,
      status: 'disputed',
      deniedBy: O,
      rules: ['status.denied-and-carried', 'deny.counter-claim'],
    },
    {
      name: 'a contest verb about another matter is no counter-claim',
      text: 'Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records. Ostrovic has maintained that he had no knowledge of the scheme.',
      others: [
        [
          W,
          'Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records on Friday.',
        ],
      ],
      claim: /subpoenas/,
      notStatus: 'disputed',
      uncontested: true,
    },
  ],
  check,
);

ruleTable<Case>(
  'deny.carries-contested-claim',
  [
    {
      name: 'the outlet carrying the claim a counter-claim holds out against contests the counter-claim',
      text: CLAIMED,
      others: [[O, COUNTER]],
      claim: /still fighting/,
      status: 'disputed',
      deniedBy: 'Current Daily',
      rules: ['status.denied-and-carried', 'deny.carries-contested-claim'],
    },
  ],
  check,
);
