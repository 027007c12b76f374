// The helpers the denial rules rest on (extract/polarity.ts, extract/refusal.ts), each a table, one row a case: what a
// denial bears on and of whom, and what is refused or withheld rather than denied ("deny <thing> to <someone>", a
// denial of an argument's reason). The polarity.negator rule itself: negation.test.ts.
import { describe, expect, it } from 'vitest';
import { carriesDenial, deniedPart, denialScopeTerms, negationSubject } from '../../../lib/claims/extract/polarity';
import { proposition } from '../../../lib/claims/extract/proposition';
import { passiveRefusal, withholds } from '../../../lib/claims/extract/refusal';

describe('carriesDenial: negators, denial verbs and falsity words, quoted or not', () => {
  it.each([
    { name: 'a quoted negator', text: 'The mayor said "the budget has not changed."', carries: true },
    { name: 'a denial verb and a falsity word', text: 'The ministry rejected the report as inaccurate.', carries: true },
    { name: 'none', text: 'The mayor opened the new bridge in Tarn on Tuesday.', carries: false },
  ])('$name', ({ text, carries }) => expect(carriesDenial(text)).toBe(carries));
});

describe('denialScopeTerms: what a denial bears on', () => {
  it.each([
    {
      name: 'what follows a denial inside the sentence, up to the clause break',
      text: 'Most of the crew were Pellian sailors, but the Pellian navy denies any role in the collision and says so.',
      has: ['role'],
      lacks: ['sailor'],
    },
    {
      name: 'what precedes a trailing verdict',
      text: 'At the hearing, the mayor told the council that accusations of bribery by his staff were false.',
      has: ['accus', 'briberi'],
      lacks: ['hear'],
    },
    {
      name: 'a refusal is no denial at all',
      text: 'The court denied a request by the port authority to delay the Tarn inquiry.',
      is: [],
    },
    {
      name: 'a short verb object is scoped to itself',
      text: 'The Tarn boss, feigning mental illness, died on Monday.',
      is: ['mental', 'ill'],
    },
    {
      name: 'an adjective is scoped to what it brands',
      text: 'The bogus report read: the Tarn bridge will close for six days in December.',
      has: ['bridg'],
    },
    {
      name: 'ends where its circumstances begin ("following")',
      text: 'arson following a fire at a Tarn warehouse',
      whole: ['arson', 'fire', 'tarn', 'warehous'],
      is: ['arson'],
    },
    {
      name: 'ends where its circumstances begin ("after")',
      text: 'Ostria denied the attack after a long silence.',
      whole: ['ostria', 'attack', 'long', 'silenc'],
      is: ['attack'],
    },
  ] as { name: string; text: string; whole?: string[]; is?: string[]; has?: string[]; lacks?: string[] }[])(
    '$name',
    ({ text, whole, is, has, lacks }) => {
      expect.hasAssertions();
      const t = denialScopeTerms(text, whole ?? proposition(text).terms);
      if (is) expect(t).toEqual(is);
      if (has) expect(t).toEqual(expect.arrayContaining(has));
      for (const w of lacks ?? []) expect(t).not.toContain(w);
    },
  );
});

describe('deniedPart and negationSubject: what a denial denies, of whom', () => {
  it('denies the conclusion of an argument, not the reason given for it', () => {
    const text =
      'They argued that the judge could not be impartial because his brother, a port official, was fired by the mayor.';
    const part = deniedPart(text, proposition(text).terms);
    expect(part).toContain('imparti');
    expect(part).not.toContain('brother');
  });
  it.each([
    {
      name: 'the subject a negation is said of',
      text: 'Unlike stars Ana Vel and Ivo Ostrovic, Mark Lenz is not signed for a sequel.',
      subject: ['mark', 'lenz'],
    },
    { name: 'no subject for "No-one"', text: 'No-one was injured in the fire.', subject: [] },
  ])('negationSubject: $name', ({ text, subject }) => expect(negationSubject(text)).toEqual(subject));
});

describe('refusal: something refused or withheld is no denial', () => {
  const ws = (t: string) => t.toLowerCase().split(' ');
  it.each([
    { name: 'a rebuffed person is refused', words: 'mr. lenz a retired general was rebuffed', at: 6, refused: true },
    { name: 'rebuffed claims are denied', words: 'the claims were rebuffed', at: 3, refused: false },
    { name: 'a tenure denied is refused', words: 'a professor whose tenure had been denied', at: 6, refused: true },
    { name: 'denied allegations are denied', words: 'the allegations were denied', at: 3, refused: false },
    { name: '"it was denied" is a denial', words: 'it was denied', at: 2, refused: false },
  ])('passiveRefusal: $name', ({ words, at, refused }) => expect(passiveRefusal(ws(words), at)).toBe(refused));
  it.each([
    {
      name: 'berths a rule could deny to ferries',
      verb: 'deny',
      after: ['berths', 'to', 'pellian', 'ferries'],
      before: 'could',
      asked: false,
      withheld: true,
    },
    {
      name: 'a truce denied, to release sailors',
      verb: 'denies',
      after: ['truce', 'to', 'release', 'the', 'sailors'],
      before: 'militia',
      asked: false,
      withheld: false,
    },
    { name: 'bail denied where asked', verb: 'denied', after: ['bail'], before: 'was', asked: true, withheld: true },
    {
      name: 'plans to open a port denied',
      verb: 'denies',
      after: ['plans', 'to', 'open', 'a', 'port'],
      before: 'pellia',
      asked: false,
      withheld: false,
    },
    {
      name: 'the claims denied to reporters',
      verb: 'deny',
      after: ['the', 'claims', 'to', 'reporters'],
      before: 'would',
      asked: false,
      withheld: false,
    },
    {
      name: 'denied to be true',
      verb: 'deny',
      after: ['it', 'to', 'be', 'true'],
      before: 'would',
      asked: false,
      withheld: false,
    },
    { name: 'bail denied after "been"', verb: 'denied', after: ['bail'], before: 'been', asked: false, withheld: true },
    {
      name: 'an offer denied',
      verb: 'denied',
      after: ['a', 'nichols', 'offer', 'a', 'year', 'ago'],
      before: 'he',
      asked: false,
      withheld: true,
    },
    {
      name: 'rights denied to sailors',
      verb: 'deny',
      after: ['the', 'sailors', 'their', 'rights'],
      before: 'to',
      asked: false,
      withheld: true,
    },
  ])('withholds: $name', ({ verb, after, before, asked, withheld }) =>
    expect(withholds(verb, after, before, asked)).toBe(withheld),
  );
});
