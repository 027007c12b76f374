// The stance rules (stance.* in lib/claims/rules.ts): whether a clause asserts, attributes, hedges or denies, one table
// a rule and one row a case. A row gives an article (`text`, its claim `at`) or a bare clause for stanceWhy; a row that
// expects the stance its table's rule decides also checks that the rule decided it.
import { expect } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { stanceWhy } from '../../../lib/claims/extract/stance';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import type { Stance } from '../../../lib/types';
import { article, ruleTable } from './cases';

interface Case {
  name: string;
  /** An article, and which of its claims is checked (0 when absent). */
  text?: string;
  at?: number;
  /** Or a bare clause, with the cue kind and speaker attribution found. */
  clause?: string;
  kind?: 'say' | 'deny' | 'contest' | null;
  speaker?: string | null;
  stance?: Stance;
  notStance?: Stance;
  party?: string | null;
  /** How many claims the article holds. */
  claims?: number;
}

const DECIDES: Record<string, Stance> = {
  'stance.deny-verb': 'denies',
  'stance.falsity-word': 'denies',
  'stance.debunk-phrase': 'denies',
  'stance.attributed': 'attributes',
  'stance.hedge-word': 'hedges',
  'stance.asserted': 'asserts',
};

function check(c: Case, rule: string): void {
  if (c.clause !== undefined) {
    const why = stanceWhy(c.kind ?? null, c.speaker ?? null, c.clause, false, true);
    if (c.stance) expect(why.stance).toBe(c.stance);
    if (c.notStance) expect(why.stance).not.toBe(c.notStance);
    if (c.stance === DECIDES[rule]) expect(why.rule).toBe(rule);
    return;
  }
  const claims = unpackClaims(extractClaims(article('a', c.text!)));
  const claim = claims[c.at ?? 0];
  if (c.claims !== undefined) expect(claims).toHaveLength(c.claims);
  if (c.stance) expect(claim?.stance).toBe(c.stance);
  if (c.notStance) expect(claim?.stance).not.toBe(c.notStance);
  if (c.party !== undefined) expect(claim?.party).toBe(c.party);
  if (c.stance === DECIDES[rule]) expect(extractArticleClaims(article('a', c.text!))[c.at ?? 0]!.rules).toContain(rule);
}

/** Four sentences, one a stance: told apart in one article. */
const FOUR = [
  'Floods closed the Tarn bridge on Monday.',
  'The Pellian ministry said 40 houses were damaged in Tarn.',
  'Three villages were reportedly cut off near Tarn.',
  'Ostrian officials denied that their dam caused the flood in Tarn.',
].join(' ');
const FALSE = [
  'Mayor Pell of Tarn was indicted on charges of filing false campaign records in Tarn.',
  'The Tarn council called the reports of a bridge collapse false claims.',
  'Pell said the bridge collapse story in Tarn was bogus.',
].join(' ');

ruleTable<Case>(
  'stance.deny-verb',
  [
    {
      name: 'a verb of denial',
      clause: 'Ostrian officials denied the claim.',
      kind: 'deny',
      speaker: 'Ostrian officials',
      stance: 'denies',
    },
    { name: 'a denial among other stances', text: FOUR, at: 3, stance: 'denies' },
  ],
  check,
);

ruleTable<Case>(
  'stance.falsity-word',
  [
    { name: 'a hoax', clause: 'The report of a recapture is a hoax.', stance: 'denies' },
    { name: 'a falsity adjective before a content noun is content', text: FALSE, at: 0, stance: 'asserts', claims: 3 },
    { name: 'a falsity adjective before a claim word', text: FALSE, at: 1, stance: 'denies' },
    { name: 'a falsity adjective as the verdict', text: FALSE, at: 2, stance: 'denies' },
    {
      name: '"the satirical magazine" is what the magazine is',
      clause: 'Twelve people were killed in an attack on the satirical magazine Tarn Weekly on Wednesday.',
      stance: 'asserts',
    },
    {
      name: '"a satirical news site" brands the story',
      clause: 'The story of the Tarn bridge collapse first appeared on a satirical news site.',
      stance: 'denies',
    },
    {
      name: 'a verb of faking before its object is content',
      clause: 'The Tarn coach said he believes Pell was faking the back injury he cited in withdrawing.',
      stance: 'asserts',
    },
    { name: 'a story faked', clause: 'The Tarn Post faked the story about the bridge collapse.', stance: 'denies' },
    {
      name: 'faking with no object after it brands',
      text: 'The photos of the Tarn harbour fire shared on Monday were faked.',
      stance: 'denies',
    },
  ],
  check,
);

ruleTable<Case>(
  'stance.debunk-phrase',
  [
    { name: 'reports shot down', clause: 'The ministry shot down reports of a recapture of Tarn.', stance: 'denies' },
    {
      name: 'a debunk with a typographic apostrophe',
      text: 'An article saying the Tarn bridge will close in December isn’t real.',
      stance: 'denies',
    },
    {
      name: '"made it all up" about a story',
      text: 'Tarn Gazette reporter Ivo Lenz made it all up about the Pellian bridge collapse, the paper said.',
      stance: 'denies',
    },
    {
      name: '"made up" as "formed" is no debunk',
      text: 'Ana Vel and Ivo Ostrovic made up the Tarn Gazette’s investigative duo in 1972.',
      notStance: 'denies',
    },
    {
      name: 'a report said to be not true',
      text: 'The Tarn defence minister, Ana Vel, said the report of the capture of Tarn is not true.',
      stance: 'denies',
    },
    {
      name: 'a hope that a report is untrue is no denial',
      text: 'Asked about the reports, the Tarn defence minister, Ana Vel, said: "I cannot confirm that and I hope that it is not true."',
      notStance: 'denies',
    },
  ],
  check,
);

ruleTable<Case>(
  'stance.attributed',
  [
    {
      name: 'a clause with a speaker',
      clause: 'Pellian troops recaptured Tarn, the ministry said.',
      kind: 'say',
      speaker: 'the ministry',
      stance: 'attributes',
    },
    { name: 'a speaker among other stances', text: FOUR, at: 1, stance: 'attributes', party: 'The Pellian ministry' },
  ],
  check,
);

ruleTable<Case>(
  'stance.hedge-word',
  [
    { name: '"reportedly"', clause: 'Pellian troops reportedly recaptured Tarn.', stance: 'hedges' },
    { name: 'a hedge among other stances', text: FOUR, at: 2, stance: 'hedges' },
  ],
  check,
);

ruleTable<Case>(
  'stance.asserted',
  [
    { name: "the outlet's own statement", clause: 'Pellian troops recaptured Tarn on Monday.', stance: 'asserts' },
    { name: 'a statement among other stances', text: FOUR, at: 0, stance: 'asserts', claims: 4 },
  ],
  check,
);
