// Negation and denial scope (extract/polarity.ts, extract/refusal.ts, proposition.negated): the polarity.negator rule
// as a table, one row a case, then the helpers the denial rules rest on, each a table. What reads as a denial and is
// none: "not … until", "has not confirmed", "deny <thing> to <someone>", a denial of an argument's reason.
import { describe, expect, it } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { carriesDenial, deniedPart, denialScopeTerms, negationSubject } from '../../../lib/claims/extract/polarity';
import { proposition } from '../../../lib/claims/extract/proposition';
import { passiveRefusal, withholds } from '../../../lib/claims/extract/refusal';
import { article, ruleTable } from './cases';

interface NegationCase {
  name: string;
  text: string;
  negated?: boolean;
  negatedTerm?: string;
  /** Check the article's first claim instead of the bare proposition, with this table's rule among its rules. */
  extracted?: boolean;
}

ruleTable<NegationCase>(
  'polarity.negator',
  [
    {
      name: 'a negator in an extracted claim',
      text: 'The Tarn bridge was not destroyed by Pellian troops on Monday.',
      negated: true,
      extracted: true,
    },
    { name: 'a plain "not"', text: 'The bridge was not destroyed', negated: true },
    { name: 'only the main clause is negated', text: 'The town paid families that could not return', negated: false },
    {
      name: 'a "not" inside a quotation is its speaker’s',
      text: '"We have not seen the report," the mayor of Tarn said.',
      negated: false,
    },
    { name: 'a reported "not" is the claim’s', text: 'The mayor of Tarn said the report was not true.', negated: true },
    { name: 'British single quotes are a quotation', text: "He said: 'I couldn't see the bridge at Tarn.'", negated: false },
    {
      name: 'an apostrophe inside a word is no quotation',
      text: "The Tarn bridge wasn't damaged, officials said.",
      negated: true,
    },
    {
      name: '"not … until" is a condition',
      text: 'The union will not negotiate with the mayor until the port reopens.',
      negated: false,
    },
    { name: '"not … unless" is a condition', text: 'The union will not sign unless the port reopens.', negated: false },
    { name: '"will not negotiate" is a negation', text: 'The union will not negotiate with the mayor.', negated: true },
    {
      name: '"It’s not …, but …" asserts what follows "but"',
      text: 'It’s not market day, but the Tarn council has opened the new bridge.',
      negated: false,
    },
    {
      name: '"It ’ s not …, but …" tokenised',
      text: 'It ’ s not market day, but the Tarn council has opened the new bridge.',
      negated: false,
    },
    {
      name: 'a negation after the "but" of a correction',
      text: 'This isn’t a drill, but the Tarn council has not opened the bridge.',
      negated: true,
    },
    {
      name: 'a negated main clause before "but"',
      text: 'The Tarn council did not open the bridge, but it opened the road.',
      negated: true,
    },
    { name: '"not only"', text: 'The 11th of September not only marks the anniversary of the Tarn attack.', negated: false },
    { name: '"has not confirmed"', text: 'The ministry has not confirmed the death of the Pellian commander.', negated: false },
    {
      name: '"did not immediately respond"',
      text: 'The port authority did not immediately respond to a request for comment.',
      negated: false,
    },
    {
      name: '"has not yet been independently confirmed"',
      text: 'The death has not yet been independently confirmed.',
      negated: false,
    },
    { name: '"did not immediately collapse" is a negation', text: 'The bridge did not immediately collapse.', negated: true },
    { name: '"did not say" is a negation', text: 'The mayor did not say the bridge had been destroyed.', negated: true },
    {
      name: '"has not released any official statement" says nothing',
      text: 'The studio has not released any official statement on the early release date of the film.',
      negated: false,
    },
    {
      name: '"has not issued a formal response"',
      text: 'The port authority has not issued a formal response to the report.',
      negated: false,
    },
    { name: '"has not released the film" is a negation', text: 'The studio has not released the film in Tarn.', negated: true },
    { name: 'not seen in public in a year', text: 'The Pellian leader had not been seen in public in a year.', negated: false },
    {
      name: 'not appeared in public since a date',
      text: 'The governor of Tarn has not appeared in public since Sept. 3.',
      negated: false,
    },
    {
      name: 'the first time in years someone had not attended',
      text: 'It was the first time in three years the mayor had not attended the Tarn parade.',
      negated: false,
    },
    { name: 'not seen at an event is a negation', text: 'The Pellian leader was not seen at the Tarn parade.', negated: true },
    { name: 'a span on another verb is negated', text: 'The Tarn bridge did not close for several days.', negated: true },
    {
      name: '"no sign that" negates what follows',
      text: 'There is no sign that Tarn Burgers will sell marijuana.',
      negatedTerm: 'tarn',
    },
    {
      name: '"no evidence of" negates what follows',
      text: 'There is no evidence of wrongdoing by the mayor.',
      negatedTerm: 'wrongdo',
    },
    {
      name: 'a negation ends at a goal verb',
      text: 'The agencies must be consulted to ensure the dredging did not harm the fish.',
      negated: false,
    },
  ],
  ({ text, negated, negatedTerm, extracted }, rule) => {
    if (extracted) {
      const [claim] = extractArticleClaims(article('a', text));
      expect(claim!.negated).toBe(negated);
      expect(claim!.rules).toContain(rule);
      return;
    }
    const p = proposition(text);
    if (negated !== undefined) expect(p.negated).toBe(negated);
    if (negatedTerm !== undefined) expect(p.negatedTerm).toBe(negatedTerm);
  },
);

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
