// Each claims rule by its id (lib/claims/rules.ts), one row a case: the rule that decides a clause's party, stance,
// polarity and contest link, and a headline's stance toward a claim. A change that moves a row names the rule it moved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../lib/claims/extract/attribution';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { stanceWhy } from '../../../lib/claims/extract/stance';
import { headlineStanceWhy } from '../../../lib/claims/headline/headline-stance';
import { RULES, ruleWords } from '../../../lib/claims/rules';
import type { Article } from '../../../lib/types';

const article = (text: string): Article => ({
  id: 'a',
  title: '',
  text,
  byline: null,
  siteName: null,
  outlet: null,
  domain: null,
  url: null,
  published: null,
  lang: 'en',
  republishedFrom: null,
});

describe('party rules: attribute(clause).rule', () => {
  it.each([
    ['party.tweet-signature', 'The dog was adopted. — Ana Vel (@anavel) October 22, 2014', 'Ana Vel'],
    ['party.according-to', 'Some 3,000 soldiers moved north, according to Pellia.', 'Pellia'],
    ['party.inverted-verb', '“We will rebuild the bridge,” said Ana Vel.', 'Ana Vel'],
    ['party.trailing-say-verb', 'Pellian troops recaptured Tarn on Monday, the ministry said.', 'the ministry'],
    ['party.trailing-deny-verb', 'Pellian troops had recaptured Tarn, Ostrian officials denied.', 'Ostrian officials'],
    ['party.leading-say-verb', 'The Kremlin said Pellian troops had recaptured Tarn.', 'The Kremlin'],
    ['party.leading-deny-verb', 'Ostrian officials denied that Pellian troops had recaptured Tarn.', 'Ostrian officials'],
    ['party.leading-contest-verb', 'Ostria insisted that 300 of its troops were still fighting in Tarn.', 'Ostria'],
    ['party.passive-by', 'His death was confirmed by Ana Vel, a spokeswoman for the Tarn police.', 'Ana Vel'],
    [
      'party.between-quotes',
      '“I think the old bridge over the river in the north of Tarn will be safe for a long while yet,” Ana Vel said, “and it will reopen on Friday.”',
      'Ana Vel',
    ],
  ])('%s: %s', (rule, clause, party) => {
    const a = attribute(clause);
    expect(a.party).toBe(party);
    expect(a.rule).toBe(rule);
  });
});

describe('stance rules: stanceWhy(kind, party, clause)', () => {
  it.each([
    ['stance.deny-verb', 'deny', 'Ostrian officials', 'Ostrian officials denied the claim.', 'denies'],
    ['stance.falsity-word', null, null, 'The report of a recapture is a hoax.', 'denies'],
    ['stance.debunk-phrase', null, null, 'The ministry shot down reports of a recapture of Tarn.', 'denies'],
    ['stance.attributed', 'say', 'the ministry', 'Pellian troops recaptured Tarn, the ministry said.', 'attributes'],
    ['stance.hedge-word', null, null, 'Pellian troops reportedly recaptured Tarn.', 'hedges'],
    ['stance.asserted', null, null, 'Pellian troops recaptured Tarn on Monday.', 'asserts'],
  ] as const)('%s: %s', (rule, kind, party, clause, stance) => {
    expect(stanceWhy(kind, party, clause, false, true)).toEqual({ stance, rule });
  });
});

describe('polarity and link rules: Claim.rules', () => {
  it.each([
    ['polarity.negator', 'The Tarn bridge was not destroyed by Pellian troops on Monday.', 0],
    [
      'link.denies-earlier',
      'Pellia announced on May 2 that its forces had recaptured Tarn. Ostrian officials denied the claim.',
      1,
    ],
    ['link.counter-claim', 'Pellia claimed it had recaptured Tarn. Ostria insists its units are still fighting inside Tarn.', 1],
  ])('%s: %s', (rule, text, at) => {
    expect(extractArticleClaims(article(text))[at]!.rules).toContain(rule);
  });
});

describe('headline rules: headlineStanceWhy(claim, headline)', () => {
  const claim = 'Banksy was arrested in London';
  it.each([
    ['headline.denies', claim, 'Police deny that Banksy was arrested', 'against'],
    ['headline.retraction', claim, 'Newspaper pulls its story on Banksy arrest', 'against'],
    ['headline.safe-or-alive', 'The singer died in a crash', 'The singer is alive and well', 'against'],
    ['headline.doubt', claim, 'Doubts cast over Banksy arrest in London', 'against'],
    ['headline.negates-claim-term', claim, "Banksy wasn't arrested in London", 'against'],
    ['headline.states', claim, 'Banksy arrested in London', 'for'],
    ['headline.observes', claim, 'Is Banksy arrested in London?', 'observing'],
  ])('%s: %s / %s', (rule, c, headline, stance) => {
    expect(headlineStanceWhy(c, headline)).toEqual({ stance, rules: [rule] });
  });
});

describe('the rule table', () => {
  // Every id written in lib/claims (a literal, or a template over the three cue kinds) is in RULES, and back.
  const dir = join(import.meta.dirname, '../../../lib/claims');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
  const code = files(dir)
    .filter((f) => !f.endsWith('rules.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = new Set<string>();
  for (const m of code.matchAll(/['`]((?:party|stance|polarity|link|deny|status|headline)\.[a-z${}-]+)['`]/g)) {
    const id = m[1]!;
    for (const kind of id.includes('${kind}') ? ['say', 'deny', 'contest'] : ['']) used.add(id.replace('${kind}', kind));
  }
  it.each([...used].map((id) => [id]))('%s is in the table', (id) => expect(RULES[id]).toBeDefined());
  it.each(Object.keys(RULES).map((id) => [id]))('%s is used', (id) => expect(used.has(id)).toBe(true));
  it('words an unknown id neutrally', () => expect(ruleWords('gone.rule')).toBe('read this way'));
});
