// Unit tests for polarity.ts and the status rules built on it: one denial reported by two outlets is agreement, a
// denial of something else or a refusal is no contest, and a denial of the claim itself still disputes it.
import { describe, expect, it } from 'vitest';
import { carriesDenial, denialScopeTerms } from '../../../lib/claims/polarity';
import { proposition } from '../../../lib/claims/proposition';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import { article } from './extract-claims.test';

function analyse(currentText: string, others: [string, string][]) {
  const cur = article('cur', currentText, 'Current Daily');
  const members: EventMember[] = others.map(([outlet, text], i) => {
    const a = article(`m${i}`, text, outlet);
    return { article: a, claims: extractClaims(a), copyOf: null, eventId: 'e' };
  });
  return analyzeEvent({ article: cur, claims: extractClaims(cur), copyOf: null }, members);
}

describe('carriesDenial', () => {
  it('finds negators, denial verbs and falsity words, quoted or not', () => {
    expect(carriesDenial('The mayor said "the budget has not changed."')).toBe(true);
    expect(carriesDenial('The ministry rejected the report as inaccurate.')).toBe(true);
    expect(carriesDenial('The mayor opened the new bridge in Tarn on Tuesday.')).toBe(false);
  });
});

describe('denialScopeTerms', () => {
  const scopeOf = (text: string) => denialScopeTerms(text, proposition(text).terms);
  it('keeps what follows a denial inside the sentence, up to the clause break', () => {
    const t = scopeOf('Most of the crew were Pellian sailors, but the Pellian navy denies any role in the collision and says so.');
    expect(t).toContain('role');
    expect(t).not.toContain('sailor');
  });
  it('takes what precedes a trailing verdict', () => {
    const t = scopeOf('At the hearing, the mayor told the council that accusations of bribery by his staff were false.');
    expect(t).toEqual(expect.arrayContaining(['accus', 'briberi']));
    expect(t).not.toContain('hear');
  });
  it('reads a refusal as no denial at all', () => {
    expect(scopeOf('The court denied a request by the port authority to delay the Tarn inquiry.')).toEqual([]);
  });
});

describe('status with denials', () => {
  it('does not dispute a claim when both outlets report the same denial', () => {
    const r = analyse('The Tarn Port Authority issued a statement saying that its harbour fees had not changed this year and refuting the story.', [
      ['Wire Monitor', 'Tarn Port Authority chief Ana Vel called the story "misleading", saying "the harbour fees have not changed this year."'],
    ]);
    const c = r.claims.find((x) => /harbour fees/.test(x.text))!;
    expect(c.status).not.toBe('disputed');
  });
  it('does not dispute a claim with a denial of something else in the same sentence', () => {
    const r = analyse('Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors.', [
      ['Wire Monitor', 'Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors, but the Pellian navy denies any role in the collision.'],
    ]);
    const c = r.claims.find((x) => /crew members/.test(x.text))!;
    expect(c.status).toBe('corroborated');
  });
  it('still disputes a claim that another outlet denies', () => {
    const r = analyse('The Pellian army destroyed the Tarn bridge on Monday, the Pellian defence ministry said.', [
      ['Ostria Post', 'Ostrian officials denied that the Pellian army destroyed the Tarn bridge on Monday.'],
    ]);
    const c = r.claims.find((x) => /Tarn bridge/.test(x.text))!;
    expect(c.status).toBe('disputed');
    expect(c.deniedBy).toContain('Ostria Post');
  });
  it('links a contest verb only to a claim about the same thing', () => {
    const r = analyse('Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records. Ostrovic has maintained that he had no knowledge of the scheme.', [
      ['Wire Monitor', 'Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records on Friday.'],
    ]);
    const c = r.claims.find((x) => /subpoenas/.test(x.text))!;
    expect(c.status).not.toBe('disputed');
    expect(c.contestedBy ?? []).toEqual([]);
  });
});
