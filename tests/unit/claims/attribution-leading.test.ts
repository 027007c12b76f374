// The leading-speaker rule for verbs of saying (party.leading-say-verb in lib/claims/rules.ts): a speaker before the
// verb, with what must stay out of it (datelines, times, participle phrases, update notes). One row a case. Verbs of
// denial and contest: attribution-denial.test.ts.
import { checkAttribution, ruleTable, type AttributionCase } from './cases';

ruleTable<AttributionCase>(
  'party.leading-say-verb',
  [
    { name: 'a speaker before "said"', clause: 'The Kremlin said Pellian troops had recaptured Tarn.', party: 'The Kremlin' },
    {
      name: 'a speaker with "that" after a time',
      clause: 'Pellia announced on May 2 that its army had retaken Tarn.',
      party: 'Pellia',
    },
    {
      name: '"testified" is a verb of saying',
      clause: 'A Tarn engineer testified that the cables had cracked.',
      party: 'A Tarn engineer',
    },
    {
      name: 'not the complement of "said", after an appositive',
      clause: 'The envoy, who drafted the plan, said it was possible that Ostria could refute the claims at a trial.',
      party: 'The envoy',
    },
    {
      name: 'not the complement of "said", after a long relative clause',
      clause: 'But Governor Lenn of Tarn, who is not running himself, said he was not sure his friend Pell would run either.',
      party: null,
    },
    {
      name: 'a source with a time after the verb',
      clause: 'Last week a source close to the Tarn council confirmed today.',
      party: 'a source close to the Tarn council',
    },
    {
      name: 'whom it was confirmed to is no part of the speaker',
      clause: 'On Wednesday, an anonymous source confirmed to the Tarn Post that the buyer was indeed Pell.',
      party: 'an anonymous source',
      cueBefore: 70,
    },
    {
      name: 'a cue that ends before the quotation it introduces',
      clause:
        'Last week, Pell asserted in a Tarn Post interview that he had the “absolute right to close the Tarn bridge whenever he likes.”',
      party: 'Pell',
      cueBefore: 40,
    },
    {
      name: '"say" speaks for a plural subject',
      clause: 'Police say a man outside the Tarn Club told the driver to stop.',
      party: 'Police',
    },
    {
      name: '"X accused Y of …" is X\'s charge',
      clause: 'Pellia accused Ostria of using civilians as cover, and said Ostria could stop the assault.',
      party: 'Pellia',
    },
    {
      name: '"came days after X said …": the speaker is X',
      clause: 'The announcement came just eleven days after Mayor Pell said the Tarn bridge was safe.',
      party: 'Mayor Pell',
    },
    {
      name: '"came as X admitted …": the speaker is X',
      clause: 'News of the Tarn gains came as the Ostrian ministry admitted airstrikes alone will not be enough.',
      party: 'the Ostrian ministry',
    },
    {
      name: 'drops a dateline',
      clause: 'TARN -- The city’s leading advocate for pensioners says that it has not wavered.',
      party: 'The city’s leading advocate for pensioners',
    },
    {
      name: 'leaves a day after the speaker out',
      clause: 'Mayor Ann Pell on Friday said the Tarn bridge would reopen in May.',
      party: 'Mayor Ann Pell',
    },
    {
      name: 'leaves a date after the speaker out',
      clause: 'The Tarn Gazette on July 20 reported that the bridge had cracks.',
      party: 'The Tarn Gazette',
    },
    {
      name: 'leaves "first" after the speaker out',
      clause: 'The Tarn Gazette first reported that the bridge had cracks.',
      party: 'The Tarn Gazette',
    },
    {
      name: 'leaves a month after the speaker out',
      clause: 'The Tarn Gazette in September reported that the bridge had cracks.',
      party: 'The Tarn Gazette',
    },
    {
      name: 'leaves a setting between commas out',
      clause: 'The Tarn Gazette, in its Sunday edition, reported that the bridge had cracks.',
      party: 'The Tarn Gazette',
    },
    {
      name: 'leaves "at the time" out',
      clause: 'Mayor Ana Vel at the time said the Tarn bridge was safe.',
      party: 'Mayor Ana Vel',
    },
    { name: 'leaves "further" out', clause: 'The statement further said that the Tarn bridge was safe.', party: 'The statement' },
    {
      name: 'skips an opening time',
      clause: 'Yesterday, the police explained that officers had closed the bridge.',
      party: 'the police',
    },
    {
      name: 'skips an opening "About the same time"',
      clause: 'About the same time, Ivo Lenz said, he sent an e-mail to the Tarn mayor.',
      party: 'Ivo Lenz',
    },
    {
      name: 'skips an opening time phrase with a prepositional fragment',
      clause: 'Just hours before the Tarn council meeting, Mayor Ann Pell said the bridge was safe.',
      party: 'Mayor Ann Pell',
    },
    { name: 'keeps a name that is also a month', clause: 'May, the spokeswoman, said the bridge was closed.', party: 'May' },
    {
      name: 'skips a leading participle phrase ("Asked about …")',
      clause: 'Asked about the pending appeal, Mayor Ann Pell said the bridge would reopen.',
      party: 'Mayor Ann Pell',
    },
    {
      name: 'skips a leading participle phrase ("Reached for comment …")',
      clause: 'Reached for comment by the Tarn Gazette, Tarn port officials said the fees had not changed.',
      party: 'Tarn port officials',
    },
    {
      name: 'skips a leading "Rushed to hospital"',
      clause: 'Rushed to hospital, the Tarn mayor told reporters the bridge was safe.',
      party: 'the Tarn mayor',
    },
    {
      name: 'cuts a speaker at "who" when what is left is short',
      clause: 'A Tarn doctor who treated the patient said the fever had passed.',
      party: 'A Tarn doctor',
    },
    {
      name: 'never cuts at "the WHO"',
      clause: 'A spokesperson for the WHO said the Tarn fever had passed.',
      party: 'A spokesperson for the WHO',
    },
    {
      name: 'never cuts a list at "the WHO"',
      clause: 'The Ministry of Health and the WHO said the Tarn fever had passed.',
      party: 'The Ministry of Health and the WHO',
    },
    {
      name: 'the name just before the verb when the sentence opens with no name',
      clause: 'The issues raised by the Tarn flood, Vel said, have simmered for years.',
      party: 'Vel',
    },
    { name: 'a name before its appositive', clause: 'Mr. Lenz, the mayor of Tarn, said the bridge was safe.', party: 'Mr. Lenz' },
    {
      name: 'the name in an appositive after a role',
      clause: 'The town’s leading advocate for pensioners, Ana Vel, said the fund was safe.',
      party: 'Ana Vel',
    },
    { name: 'not a place tag', clause: 'Ivo Lenz of Lessa, Tarnia, said the bridge was safe.', party: 'Ivo Lenz of Lessa' },
    {
      name: 'not a party tag',
      clause: 'The senior senator from Tarn, R-Ky., said the bridge was safe.',
      party: 'The senior senator from Tarn',
    },
    {
      name: 'a past-tense verb between the parts of a quotation is speech',
      clause: '“The Tarn bridge is still standing today,” Ana Vel posited, “it just needs new cables.',
      party: 'Ana Vel',
    },
    {
      name: 'keeps a quotation before its speaker out of the cue',
      clause: '“There was no such impropriety,” Ana Vel said, adding that the Tarn council would publish the contract.',
      party: 'Ana Vel',
      cueAfter: 'impropriety',
    },
    {
      name: 'keeps the pronoun a speaker phrase ends in',
      clause: 'Pell highlighted the millions of dollars she said the city had paid.',
      party: 'she',
    },
    {
      name: 'leaves an opening update time out',
      clause: 'Update 12:23 PM: Sources close to Tarn Radio said the mayor will resign.',
      party: 'Sources close to Tarn Radio',
    },
    {
      name: 'leaves a bracketed update note out',
      clause: '[UPDATE: Tarn Radio spokesman Ana Vel said the Tarn bridge will reopen in May.',
      party: 'Tarn Radio spokesman Ana Vel',
    },
    { name: 'leaves an update note out', clause: 'Update: Ana Vel said the Tarn bridge will reopen in May.', party: 'Ana Vel' },
  ],
  checkAttribution,
);
