// What the claims tests share: an article to extract from, and a table of cases titled with the id of the rule they
// exercise (lib/claims/rules.ts), one row a case. rules.test.ts checks that every rule id has at least one table.
import { describe, expect, it } from 'vitest';
import { attribute, type CueKind } from '../../../lib/claims/extract/attribution';
import { headlineStanceWhy, type ClaimCues, type HeadlineStance } from '../../../lib/claims/headline/headline-stance';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { extractClaims, unpackClaims } from '../../../lib/claims/index';
import { RULES } from '../../../lib/claims/rules';
import type { Article } from '../../../lib/types';

export function article(id: string, text: string, outlet: string | null = null): Article {
  return {
    id,
    title: '',
    text,
    byline: null,
    siteName: null,
    outlet,
    domain: null,
    url: null,
    published: null,
    lang: 'en',
    republishedFrom: null,
  };
}

/** The table of one rule: `describe(<rule id>)` with one test a row, named by the row's `name`. The check receives
 *  the rule id, so a row that expects a decision can also check that this rule made it; a row that checks nothing
 *  (every expectation left out) fails. */
export function ruleTable<C extends { name: string }>(rule: string, rows: C[], check: (row: C, rule: string) => void): void {
  if (!RULES[rule]) throw new Error(`"${rule}" is no rule id of lib/claims/rules.ts`);
  describe(rule, () => {
    it.each(rows)('$name', (row) => {
      expect.hasAssertions();
      check(row, rule);
    });
  });
}

/** A clause's attribution (attribute(clause)): what a row of a party rule's table expects. */
export interface AttributionCase {
  name: string;
  clause: string;
  /** The speaker, null for none; a speaker is checked to be found by the table's rule. */
  party?: string | null;
  notParty?: string | RegExp;
  via?: string | null;
  kind?: CueKind | null;
  notKind?: CueKind;
  /** Where the cue starts, or a text of the clause it starts after. */
  cueAt?: number;
  cueAfter?: string;
  /** A position, or a text of the clause, that the cue ends before. */
  cueBefore?: number | string;
}

export function checkAttribution(c: AttributionCase, rule: string | null): void {
  const a = attribute(c.clause);
  if (c.party !== undefined) expect(a.party).toBe(c.party);
  if (typeof c.party === 'string') expect(a.rule).toBe(rule);
  if (typeof c.notParty === 'string') expect(a.party).not.toBe(c.notParty);
  if (c.notParty instanceof RegExp) expect(a.party ?? '').not.toMatch(c.notParty);
  if (c.via !== undefined) expect(a.via).toBe(c.via);
  if (c.kind !== undefined) expect(a.kind).toBe(c.kind);
  if (c.notKind) expect(a.kind).not.toBe(c.notKind);
  if (c.cueAt !== undefined) expect(a.span![0]).toBe(c.cueAt);
  if (c.cueAfter !== undefined) expect(a.span![0]).toBeGreaterThan(c.clause.indexOf(c.cueAfter));
  if (c.cueBefore !== undefined)
    expect(a.span![1]).toBeLessThan(typeof c.cueBefore === 'number' ? c.cueBefore : c.clause.indexOf(c.cueBefore));
}

/** A headline's stance toward a claim (headlineStanceWhy): a stance, checked to be the table's rule's, or one it is not. */
export interface HeadlineCase {
  name: string;
  claim: string | ClaimCues;
  headline: string;
  stance?: HeadlineStance;
  not?: HeadlineStance;
}

export function checkHeadline({ claim, headline, stance, not }: HeadlineCase, rule: string): void {
  const why = headlineStanceWhy(claim, headline);
  if (stance) expect(why).toEqual({ stance, rules: [rule] });
  if (not) expect(why.stance).not.toBe(not);
}

/** Whose word a sentence of a whole article is: the party of its claim (extractClaims, stored and unpacked). */
export interface PartyCase {
  name: string;
  text: string;
  /** The sentence whose claim is checked. */
  sentence: RegExp;
  party?: string | null;
  notParty?: string;
}

/** The party of the (stored and unpacked) claim of the sentence; a party is checked to be decided by `rule`. */
export function checkParty({ text, sentence, party, notParty }: PartyCase, rule: string | null): void {
  const found = unpackClaims(extractClaims(article('q', text))).find((c) => sentence.test(c.sentence))?.party ?? null;
  if (party !== undefined) expect(found).toBe(party);
  if (notParty !== undefined) expect(found).not.toBe(notParty);
  if (party && rule)
    expect(extractArticleClaims(article('q', text)).find((c) => sentence.test(c.sentence))?.rules).toContain(rule);
}
