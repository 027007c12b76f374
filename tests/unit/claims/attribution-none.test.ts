// Clauses in which attribute(clause) finds no speaker, each the edge of a party rule: a verb of saying that is no
// speech, a phrase cut short, a description. One row a case.
import { describe, it } from 'vitest';
import { checkAttribution, type AttributionCase } from './cases';

describe('no speaker: attribute(clause) finds none', () => {
  it.each<AttributionCase>([
    {
      name: 'not "to say" after a verb',
      clause: 'The mayor of Tarn declined to say whether the bridge would reopen.',
      party: null,
    },
    { name: 'not "say" after a contraction', clause: 'They’d say the Tarn bridge is safe.', party: null },
    {
      name: '"the man accused of …" is the one accused',
      clause: 'The Tarn man accused of shooting three co-workers was arraigned on Wednesday.',
      party: null,
    },
    {
      name: 'not the subject of a statement left unclosed',
      clause: 'Pell released a statement saying: "As I said, the bridge is safe.',
      party: null,
    },
    {
      name: 'not a phrase cut off at a conjunction',
      clause: 'Pell issued an apology at the time and described the bridge as safe.',
      party: null,
    },
    {
      name: 'a verb of saying after a determiner is an adjective',
      clause: 'No specific information on his alleged health troubles has been made public.',
      party: null,
    },
    {
      name: 'not a phrase cut off at a function word',
      clause: 'Ana Vel posted another photo that showed the bridge.',
      party: null,
    },
    {
      name: 'not a clause cut at "who" that leaves a long phrase',
      clause: 'The Tarn Gazette found three other women who said the mayor had lied.',
      party: null,
    },
    { name: '"added to" is adding', clause: 'The detentions added to the mystery around the Tarn leader.', party: null },
    {
      name: 'no past-tense verb after a quoted title is speech',
      clause: 'It is the second film after "Tarn," the ill-received Lessa vehicle released in 2013.',
      party: null,
    },
    {
      name: 'a past participle with a time between commas is a description',
      clause: 'The all-cash deal, announced Tuesday, is the biggest in Tarn.',
      party: null,
    },
    {
      name: 'a past-tense verb between commas outside a quotation is no speech',
      clause: 'The Tarn bridge opened in 1990, Ana Vel painted, and the cables were new.',
      party: null,
    },
    { name: '"responded to the scene" is no speech', clause: 'Tarn police responded to the scene on Monday.', party: null },
    { name: '"continued" with no quotation is no speech', clause: 'The fighting near Tarn continued on Monday.', party: null },
    {
      name: 'a noun is no verb of saying',
      clause: 'The declarations from both capitals were read aloud in Tarn.',
      party: null,
    },
  ])('$name', (c) => checkAttribution(c, null));
});
