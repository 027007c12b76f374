// The contest-link rules (link.* in lib/claims/rules.ts): which earlier claim of an article a denial or a counter-claim
// stands against, one table a rule and one row a case. A row that expects a link checks that its table's rule made it.
import { expect } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import type { Stance } from '../../../lib/types';
import { article, ruleTable } from './cases';

interface Case {
  name: string;
  text: string;
  /** The claim checked. */
  at?: number;
  /** The claim it contests, null for none. */
  contests?: number | null;
  counter?: boolean | null;
  stance?: Stance;
  notStance?: Stance;
  party?: string;
  claims?: number;
  /** Whether any claim of the article contests another. */
  anyContest?: boolean;
}

function check(c: Case, rule: string): void {
  const claims = unpackClaims(extractClaims(article('a', c.text)));
  const claim = claims[c.at ?? 0];
  if (c.claims !== undefined) expect(claims).toHaveLength(c.claims);
  if (c.contests !== undefined) expect(claim!.contests).toBe(c.contests ?? undefined);
  if (c.counter !== undefined) expect(claim!.counter).toBe(c.counter ?? undefined);
  if (c.stance) expect(claim!.stance).toBe(c.stance);
  if (c.notStance) expect(claim!.stance).not.toBe(c.notStance);
  if (c.party) expect(claim!.party).toBe(c.party);
  if (c.anyContest !== undefined) expect(claims.some((x) => x.contests !== undefined)).toBe(c.anyContest);
  if (typeof c.contests === 'number') expect(extractArticleClaims(article('a', c.text))[c.at ?? 0]!.rules).toContain(rule);
}

ruleTable<Case>(
  'link.denies-earlier',
  [
    {
      name: 'a bare denial contests the claim before it',
      text: 'Pellia announced on May 2 that its forces had recaptured Tarn. Ostrian officials denied the claim.',
      at: 1,
      contests: 0,
    },
    {
      name: 'a bare denial of a claim in other words',
      text: 'Pellia announced on May 2 that its forces had pushed Ostrian units out of Tarn. Ostrian officials denied the claim.',
      at: 1,
      contests: 0,
      stance: 'denies',
      claims: 2,
    },
  ],
  check,
);

const INSISTED = 'Ostrian authorities insisted that their frigate had acted against a pirate vessel that attacked it near Tarn.';
const ILLNESS =
  'Mayor Pell died in the Tarn prison hospital, where he had suffered from heart disease for years, said prison spokesman Odo Marr.';
const DEATH = 'His death in Tarn was confirmed by the Pellian police.';

ruleTable<Case>(
  'link.counter-claim',
  [
    {
      name: 'the other side insists against a claim',
      text: 'Pellia claimed it had recaptured Tarn. Ostria insists its units are still fighting inside Tarn.',
      at: 1,
      contests: 0,
    },
    {
      name: 'a counter-claim of the other side',
      text: 'Moscow claimed last week that its troops had recaptured the village of Lessa. Kyiv has insisted its units are still fighting inside Lessa. The Kremlin said the weather in Lessa remains cold.',
      at: 1,
      counter: true,
      contests: 0,
    },
    {
      name: 'a same-side remark contests nothing',
      text: 'Moscow claimed last week that its troops had recaptured the village of Lessa. Kyiv has insisted its units are still fighting inside Lessa. The Kremlin said the weather in Lessa remains cold.',
      at: 2,
      contests: null,
    },
    {
      name: 'a "Despite …" opener is a counter-claim',
      text: 'Pellian officials said their troops had retaken Tarn. Despite the claims from Pellia, Ostrian officials said their units were in Tarn.',
      at: 1,
      counter: true,
      contests: 0,
    },
    {
      name: 'a "But" opener is no counter-claim',
      text: 'Pellian officials said their troops had retaken Tarn. Ostrian officials said the roads were icy. But they acknowledged that Pellia has the power to close the Tarn bridge.',
      at: 2,
      party: 'Ostrian officials',
      counter: null,
    },
    {
      name: 'a country’s counter-claim does not contest a neutral bureau’s claim',
      text: `This year, pirates attacked 90 vessels near Tarn, the Maritime Bureau said. ${INSISTED}`,
      at: 1,
      party: 'Ostrian authorities',
      contests: null,
    },
    {
      name: 'a country’s counter-claim contests a claim that names it',
      text: `The Maritime Bureau said the pirate vessel attacked near Tarn was an Ostrian trawler. ${INSISTED}`,
      at: 1,
      contests: 0,
    },
    {
      name: 'a country’s counter-claim contests another country’s claim',
      text: `Pellian officials said pirates attacked a vessel near Tarn. ${INSISTED}`,
      at: 1,
      contests: 0,
    },
    {
      name: 'a person’s counter-claim on a contested event alone contests nothing',
      text: `${DEATH} Relatives insisted he suffered from dementia.`,
      at: 1,
      stance: 'attributes',
      contests: null,
    },
    {
      name: 'a prosecutor countering a prosecutor contests nothing',
      text: 'Deputy Prosecutor Ana Vel showed the jury the wounds of the victim shot in Tarn. Prosecutor Odo Marr countered that Pell was trying to deflect blame.',
      at: 1,
      contests: null,
    },
    {
      name: 'the same sentences from a state contest the report of the death',
      text: `${DEATH} Ostria insisted he suffered from dementia.`,
      at: 1,
      contests: 0,
    },
    {
      name: 'a country’s kept-up ties are no counter-claim',
      text: 'Pellian troops fought Ostrian units in Tarn, a Tarn official said. Ostria has maintained discreet military and business ties with the Tarn clans since 1960.',
      at: 1,
      notStance: 'attributes',
      contests: null,
    },
    {
      name: 'one illness insisted on does not contest another',
      text: `${ILLNESS} Relatives of Pell insisted he suffered from dementia and Alzheimer’s disease.`,
      anyContest: false,
    },
    {
      name: 'denying the illness contests it',
      text: 'Mayor Pell suffered from heart disease for years, said prison spokesman Odo Marr. Relatives of Pell insisted he never suffered from heart disease.',
      anyContest: true,
    },
  ],
  check,
);
