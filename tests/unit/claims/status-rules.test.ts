// The comparison rules (status.* and deny.* in lib/claims/rules.ts, and stance.stored-denial): a claim's status across
// the outlets of one event and the rule that made a clause a denial, one table a rule and one row a case. A row is
// this page's text and the other outlets' articles; what reads as a denial and is none marks the edge of a rule.
import { expect } from 'vitest';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import type { ClaimStatus } from '../../../lib/types';
import { article, ruleTable } from './cases';

interface Case {
  name: string;
  text: string;
  others: [outlet: string, text: string][];
  /** Members as an index built before stance rules were stored holds them (no stance rule kept). */
  olderIndex?: boolean;
  /** The claim checked, by its text. */
  claim?: RegExp;
  status?: ClaimStatus;
  notStatus?: ClaimStatus;
  /** The ids of the rules that decided its status; they must include the table's rule. */
  rules?: string[];
  deniedBy?: string;
  attributedTo?: RegExp;
  /** No claim of the page contests it. */
  uncontested?: boolean;
  /** Whether any claim of the page is disputed. */
  disputed?: boolean;
}

function check(c: Case, rule: string): void {
  const cur = article('cur', c.text, 'Current Daily');
  const members: EventMember[] = c.others.map(([outlet, text], i) => {
    const a = article(`m${i}`, text, outlet);
    const claims = extractClaims(a);
    return { article: a, claims: c.olderIndex ? claims.map(({ w: _, ...x }) => x) : claims, copyOf: null, eventId: 'e' };
  });
  const r = analyzeEvent({ article: cur, claims: extractClaims(cur), copyOf: null }, members);
  if (c.disputed === false) expect(r.claims.filter((x) => x.status === 'disputed')).toEqual([]);
  if (c.disputed === true) expect(r.claims.some((x) => x.status === 'disputed')).toBe(true);
  if (!c.claim) return;
  const claim = r.claims.find((x) => c.claim!.test(x.text))!;
  if (c.status) expect(claim.status).toBe(c.status);
  if (c.notStatus) expect(claim.status).not.toBe(c.notStatus);
  if (c.deniedBy) expect(claim.deniedBy).toContain(c.deniedBy);
  if (c.attributedTo) expect(claim.attributedTo).toMatch(c.attributedTo);
  if (c.uncontested) expect(claim.contestedBy ?? []).toEqual([]);
  if (c.rules) {
    expect(claim.rules).toEqual(c.rules);
    expect(claim.rules).toContain(rule);
  }
}

const W = 'Wire Monitor';
const O = 'Ostria Post';
const DESTROYED = 'The Pellian army destroyed the Tarn bridge on Monday, the Pellian defence ministry said.';
const DENIED = 'Ostrian officials denied that the Pellian army destroyed the Tarn bridge on Monday.';
const CREW = 'Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors';
const NO_ONE = 'No-one was injured in the fire at the Tarn market on Sunday.';

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
