// The status rules (status.* in lib/claims/rules.ts, and stance.stored-denial): a claim's status across the outlets of
// one event, one table a rule and one row a case (status-cases.ts). What reads as a denial and is none marks the edge
// of status.denied-and-carried. The rules that make a clause a denial in comparison: deny-rules.test.ts.
import { checkStatus as check, O, W, type StatusCase as Case } from './status-cases';
import { ruleTable } from './cases';

const DESTROYED = 'The Pellian army destroyed the Tarn bridge on Monday, the Pellian defence ministry said.';
const DENIED = 'Ostrian officials denied that the Pellian army destroyed the Tarn bridge on Monday.';
const CREW = 'Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors';

ruleTable<Case>(
  'status.denied-and-carried',
  [
    {
      name: 'a claim another outlet denies is disputed',
      text: DESTROYED,
      others: [[O, DENIED]],
      claim: /Tarn bridge/,
      status: 'disputed',
      deniedBy: O,
      rules: ['status.denied-and-carried', 'stance.deny-verb'],
    },
    {
      name: 'a denial of an arrest itself disputes it',
      text: 'Tarn police arrested the harbour master on Sunday over the warehouse fire.',
      others: [[W, 'Tarn police denied that they had arrested the harbour master over the warehouse fire.']],
      disputed: true,
    },
    {
      name: 'both outlets reporting the same denial agree',
      text: 'The Tarn Port Authority issued a statement saying that its harbour fees had not changed this year and refuting the story.',
      others: [
        [
          W,
          'Tarn Port Authority chief Ana Vel called the story "misleading", saying "the harbour fees have not changed this year."',
        ],
      ],
      claim: /harbour fees/,
      notStatus: 'disputed',
    },
    {
      name: 'a negotiation put off until a reopening is no denial',
      text: 'Tarn dockworkers insist they will not negotiate with the port authority over wages until the harbour reopens.',
      others: [
        [W, 'Union leader Ana Vel said negotiation with the port authority over wages can proceed once the harbour reopens.'],
        [
          O,
          'Union leader Ana Vel said a real negotiation with the port authority over wages can start after the harbour reopens.',
        ],
      ],
      disputed: false,
    },
    {
      name: 'a plan that would deny something to someone is no denial',
      text: 'The Tarn council on Friday approved a plan that could deny harbour berths to Pellian ferries that skip inspections.',
      others: [
        [
          W,
          'The Tarn council on Friday approved a plan that would bar Pellian ferries that skip inspections from harbour berths.',
        ],
      ],
      disputed: false,
    },
    {
      name: 'one outlet telling the same falsity, another saying nothing of it, is no dispute',
      text: "Tarn councillors voted on Wednesday to remove Ana Vel from her post for her rebuttals of the mayor's false claims that the harbour vote was rigged.",
      others: [
        [
          W,
          "In a bow to the mayor, Tarn councillors voted Wednesday to remove Ana Vel from her post, punishing her for daring to refute the mayor's lie that the harbour vote was rigged.",
        ],
        [
          O,
          'Tarn councillors on Wednesday removed Ana Vel from her post and set the stage for a successor less keen on challenging the mayor.',
        ],
      ],
      disputed: false,
    },
    {
      name: 'a denial of an argument leaves the facts given as its reason alone',
      text: 'They argued that the judge could not be impartial because his brother, a port official, was fired by the mayor of Tarn. The judge rejected that notion.',
      others: [[W, "The judge's brother, a port official, was fired by the mayor of Tarn in 2019, records show."]],
      disputed: false,
    },
    {
      name: "the accused's denial leaves a charge standing",
      text: 'A man has been charged with arson after a fire at the Tarn harbour warehouse on Sunday.',
      others: [
        [W, 'A man has denied arson following a fire at a Tarn harbour warehouse early on Sunday.'],
        [O, 'Ivo Lenz, 24, was charged with arson following the fire at the Tarn harbour warehouse at the weekend.'],
      ],
      disputed: false,
    },
    {
      name: "the accused's plea leaves a verdict standing",
      text: 'A Tarn man was found guilty of two counts of murder on Thursday in the 2019 shooting death of a Lessa woman.',
      others: [[W, 'A Tarn man has pleaded not guilty to two counts of murder in the shooting death of a Lessa woman.']],
      disputed: false,
    },
    {
      name: "a verb of faking before what was faked is the story's content",
      text: 'Ivo Lenz, who feigned mental illness for decades to avoid trial, died on Monday in a Tarn prison.',
      others: [
        [
          W,
          'He was known as the Oddfather for faking mental illness to beat raps Mob boss Ivo Lenz, the Tarn mafioso who avoided trial for decades, died Monday in prison.',
        ],
        [
          O,
          'Ivo Lenz, the Tarn mafioso who avoided trial for decades with his show of mental illness, died in prison on Monday.',
        ],
      ],
      disputed: false,
    },
  ],
  check,
);

ruleTable<Case>(
  'status.independent-outlets',
  [
    {
      name: 'a denial of something else in the same sentence leaves the claim corroborated',
      text: `${CREW}.`,
      others: [[W, `${CREW}, but the Pellian navy denies any role in the collision.`]],
      claim: /crew members/,
      status: 'corroborated',
      rules: ['status.independent-outlets'],
    },
  ],
  check,
);

ruleTable<Case>(
  'status.one-source',
  [
    {
      name: "one party's word, however many outlets carry it",
      text: 'Mayor Anna Pell said the Tarn bridge will reopen on Friday after repairs.',
      others: [
        ['Pellia Herald', 'The Tarn bridge will reopen on Friday after repairs, Mrs. Pell said.'],
        [O, 'Pell said the Tarn bridge would reopen on Friday after the repairs.'],
      ],
      claim: /bridge will reopen/,
      status: 'single-source',
      attributedTo: /Pell/,
      rules: ['status.one-source', 'stance.attributed'],
    },
  ],
  check,
);

ruleTable<Case>(
  'stance.stored-denial',
  [
    {
      name: 'a denial from an index that stored no stance rule',
      text: DESTROYED,
      others: [[O, DENIED]],
      olderIndex: true,
      claim: /Tarn bridge/,
      status: 'disputed',
      rules: ['status.denied-and-carried', 'stance.stored-denial'],
    },
  ],
  check,
);
