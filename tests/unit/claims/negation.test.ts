// The polarity.negator rule (lib/claims/rules.ts) as a table, one row a case: whether a clause's proposition is
// negated and what the negation bears on. What reads as a negation and is none: "not … until", "has not confirmed",
// "did not immediately respond", a "not" inside a quotation, not being seen over a stretch of time.
import { expect } from 'vitest';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { proposition } from '../../../lib/claims/extract/proposition';
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
