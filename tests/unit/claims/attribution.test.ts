// Unit tests for the speaker phrase on long political prose (BASIL's clause fragments), on invented sentences.
import { describe, expect, it } from 'vitest';
import { attribute, sideOf } from '../../../lib/claims/extract/attribution';
import { cleanParty } from '../../../lib/claims/extract/speaker-phrase';

describe('attribution: a speaker is a name or a role, never a clause', () => {
  it('does not take the complement of "said" for the speaker', () => {
    expect(
      attribute('But Governor Lenn of Tarn, who is not running himself, said he was not sure his friend Pell would run either.')
        .party,
    ).toBeNull();
    expect(
      attribute('The envoy, who drafted the plan, said it was possible that Ostria could refute the claims at a trial.').party,
    ).toBe('The envoy');
  });
  it('takes the speaker after a quote, not the quote', () => {
    expect(attribute('"We are talking about a foot in the door," Mayor Pell said.').party).toBe('Mayor Pell');
    expect(attribute('“The whole question is whether they should or not,” he told Tarn Radio.').party).toBe('he');
  });
  it('takes "said X" after a quote with a setting after the speaker, and a cited outlet as the medium', () => {
    const a = attribute(
      '"I want to see the Tarn bridge plans," said Pell in an interview on Tarn Radio\'s "Morning" show, according to the Tarn Post.',
    );
    expect([a.party, a.via]).toEqual(['Pell', 'the Tarn Post']);
    expect(attribute('"We will rebuild the bridge," says Mayor Ann Pell in the new ad titled "Strong."').party).toBe(
      'Mayor Ann Pell',
    );
    expect(attribute('"We will rebuild the bridge," said officials in Tarn.').party).toBe('officials in Tarn');
    // A trailing speaker with a programme's quoted title after "on"; a quotation in a clause is no title.
    expect(attribute('The Tarn bridge will stand," he said on Tarn Radio\'s "Meet the Mayor."').span![0]).toBe(26);
    expect(attribute('"The Tarn bridge will stand," Mayor Pell said on Tarn Radio\'s "Meet the Mayor."').party).toBe(
      'Mayor Pell',
    );
    const clause = attribute(
      'Last week, Pell asserted in a Tarn Post interview that he had the “absolute right to close the Tarn bridge whenever he likes.”',
    );
    expect(clause.party).toBe('Pell');
    expect(clause.span![1]).toBeLessThan(40);
    // Whom it was said to; never "to" a verb or a clause, which is what was said.
    expect(
      attribute(
        '“We have learned something important since the days I served in Tarn,” Mr. Pell said to the group gathered in Lessa in March 2008.',
      ).party,
    ).toBe('Mr. Pell');
    expect(attribute('Last week a source close to the Tarn council confirmed today.').party).toBe(
      'a source close to the Tarn council',
    );
    const toWhom = attribute('On Wednesday, an anonymous source confirmed to the Tarn Post that the buyer was indeed Pell.');
    expect(toWhom.party).toBe('an anonymous source');
    expect(toWhom.span![1]).toBeLessThan(70);
    // A named speaker between two parts of a quotation, however late in the sentence; a "he said" there is not taken.
    expect(
      attribute(
        'I think his actions standing up for the people of Tarn for a long time speak volumes," Menendez said, "I\'m sure he will stay in the race."',
      ).party,
    ).toBe('Menendez');
  });
  it('takes the speaker before "told", a medium’s named staff, and the keeper of an official figure', () => {
    // "X, an appositive, told Outlet." is X's word, never the outlet's.
    expect(attribute('“We all know the Tarn council has views,” Sen. Ann Pell, D-Conn., told the Tarn Post.').party).toBe(
      'Sen. Ann Pell',
    );
    expect(attribute('“The bill is enacted,” Ivo Lenz, Pell’s chief of staff, told Tarn Radio at the time.').party).toBe(
      'Ivo Lenz',
    );
    expect(
      attribute('“We are fine,” Ana Vel, a spokeswoman for the Tarn Harbour Authority, told reporters on Friday.').party,
    ).toBe('Ana Vel');
    expect(attribute('He signed the deal on Saturday, his agent Marc Odo, told Tarn Sport.').party).toBe('his agent Marc Odo');
    // A medium's named staff speak for themselves, through it; the medium's own name is the press.
    const staff = attribute('Heavy rain will fall on Tarn tonight, according to CNN meteorologist Ann Pell.');
    expect([staff.party, staff.via]).toEqual(['CNN meteorologist Ann Pell', 'CNN']);
    expect(attribute('Heavy rain will fall on Tarn tonight, according to Yonhap News Agency.').party).toBeNull();
    // "say" speaks for a plural subject, leading or trailing; not after "to", a modal or a contraction.
    expect(attribute('Police say a man outside the Tarn Club told the driver to stop.').party).toBe('Police');
    expect(attribute('The driver kept going past the Tarn Club, police say.').party).toBe('police');
    expect(attribute('The mayor of Tarn declined to say whether the bridge would reopen.').party).toBeNull();
    expect(attribute('They’d say the Tarn bridge is safe.').party).toBeNull();
    // "X accused Y of …" is X's charge; "the man accused of …" is the one accused.
    expect(attribute('Pellia accused Ostria of using civilians as cover, and said Ostria could stop the assault.').party).toBe(
      'Pellia',
    );
    expect(attribute('The Tarn man accused of shooting three co-workers was arraigned on Wednesday.').party).toBeNull();
    // "The announcement came days after X said …": the speaker is X, not the clause before "after".
    expect(attribute('The announcement came just eleven days after Mayor Pell said the Tarn bridge was safe.').party).toBe(
      'Mayor Pell',
    );
    expect(
      attribute('News of the Tarn gains came as the Ostrian ministry admitted airstrikes alone will not be enough.').party,
    ).toBe('the Ostrian ministry');
    // "His response: “…”" is his.
    expect(attribute('His response: "Well, I have people that have been studying the Tarn bridge."').party).toBe('he');
    expect(attribute('Mayor Ann Pell’s reply: “The Tarn bridge is safe.”').party).toBe('Mayor Ann Pell');
    // Whoever keeps an official figure is its source.
    expect(attribute('The Tarn Civil Protection Agency also raised the number of injured people to 9,900.').party).toBe(
      'The Tarn Civil Protection Agency',
    );
    expect(attribute('The storm raised the water level of the Tarn river.').party).toBeNull();
    // "told" names the listener: no speaker is taken from "told CNN she is still in shock".
    expect(attribute('Her mother, a teacher in Tarn, told Tarn Radio she is still in shock.').party).not.toBe('Tarn Radio she');
  });
  it('drops datelines, unclosed quotes and phrases cut off at a conjunction', () => {
    expect(attribute('TARN -- The city’s leading advocate for pensioners says that it has not wavered.').party).toBe(
      'The city’s leading advocate for pensioners',
    );
    expect(attribute('Pell released a statement saying: "As I said, the bridge is safe.').party).toBeNull();
    expect(attribute('Pell issued an apology at the time and described the bridge as safe.').party).toBeNull();
  });
  it('leaves a time or a "first" after the speaker out of it', () => {
    expect(attribute('Mayor Ann Pell on Friday said the Tarn bridge would reopen in May.').party).toBe('Mayor Ann Pell');
    expect(attribute('The Tarn Gazette on July 20 reported that the bridge had cracks.').party).toBe('The Tarn Gazette');
    expect(attribute('The Tarn Gazette first reported that the bridge had cracks.').party).toBe('The Tarn Gazette');
  });
  it('skips a time that opens the sentence, and keeps a name that is also a month', () => {
    expect(attribute('Today, both the Tarn council and the mayor’s lawyer flatly deny the claim.').party).toBe(
      'both the Tarn council and the mayor’s lawyer',
    );
    expect(attribute('Yesterday, the police explained that officers had closed the bridge.').party).toBe('the police');
    expect(attribute('May, the spokeswoman, said the bridge was closed.').party).toBe('May');
  });
  it('skips a leading participle phrase for the speaker after it', () => {
    expect(attribute('Asked about the pending appeal, Mayor Ann Pell said the bridge would reopen.').party).toBe(
      'Mayor Ann Pell',
    );
    expect(attribute('Reached for comment by the Tarn Gazette, Tarn port officials said the fees had not changed.').party).toBe(
      'Tarn port officials',
    );
  });
  it('reads a verb of saying after a determiner as an adjective', () => {
    expect(attribute('No specific information on his alleged health troubles has been made public.').party).toBeNull();
  });
  it('takes no speaker from a phrase cut off at a function word', () => {
    expect(attribute('The Tarn Gazette in September reported that the bridge had cracks.').party).toBe('The Tarn Gazette');
    expect(attribute('Ana Vel posted another photo that showed the bridge.').party).toBeNull();
  });
  it('cuts a speaker off at "who" only when what is left is short, and never at "the WHO"', () => {
    expect(attribute('A Tarn doctor who treated the patient said the fever had passed.').party).toBe('A Tarn doctor');
    expect(attribute('The Tarn Gazette found three other women who said the mayor had lied.').party).toBeNull();
    expect(attribute('A spokesperson for the WHO said the Tarn fever had passed.').party).toBe('A spokesperson for the WHO');
    expect(attribute('The Ministry of Health and the WHO said the Tarn fever had passed.').party).toBe(
      'The Ministry of Health and the WHO',
    );
  });
  it('leaves "further" before the verb, and a leading "Rushed to hospital", out of the speaker', () => {
    expect(attribute('The statement further said that the Tarn bridge was safe.').party).toBe('The statement');
    expect(attribute('Rushed to hospital, the Tarn mayor told reporters the bridge was safe.').party).toBe('the Tarn mayor');
  });
  it('takes the speaker of a passive from "by", and none without it', () => {
    expect(attribute("Lenz's death also was confirmed by Ana Vel, a spokeswoman for the Tarn police.").party).toBe('Ana Vel');
    expect(attribute('The truce was announced on Friday by Tarn’s defence chief, who ordered his troops to comply.').party).toBe(
      'Tarn’s defence chief',
    );
    expect(attribute('His death was confirmed on Monday in Tarn.').party).toBeNull();
  });
  it('reads "added to" as adding, and leaves "at the time" and an opening "About the same time" out', () => {
    expect(attribute('The detentions added to the mystery around the Tarn leader.').party).toBeNull();
    expect(attribute('Mayor Ana Vel at the time said the Tarn bridge was safe.').party).toBe('Mayor Ana Vel');
    expect(attribute('About the same time, Ivo Lenz said, he sent an e-mail to the Tarn mayor.').party).toBe('Ivo Lenz');
    expect(attribute('If her death is confirmed, she would be the fourth Tarn hostage to die.').party).toBeNull();
  });
  it('takes the name just before the verb when the sentence opens with no name, but not a place or party tag', () => {
    expect(attribute('The issues raised by the Tarn flood, Vel said, have simmered for years.').party).toBe('Vel');
    expect(attribute('Mr. Lenz, the mayor of Tarn, said the bridge was safe.').party).toBe('Mr. Lenz');
    expect(attribute('The town’s leading advocate for pensioners, Ana Vel, said the fund was safe.').party).toBe('Ana Vel');
    expect(attribute('Ivo Lenz of Lessa, Tarnia, said the bridge was safe.').party).toBe('Ivo Lenz of Lessa');
    expect(attribute('The senior senator from Tarn, R-Ky., said the bridge was safe.').party).toBe(
      'The senior senator from Tarn',
    );
  });
  it('reads any past-tense verb right after a closed quotation as speech, but not after a quoted title', () => {
    expect(attribute('“The Tarn bridge will stay shut until the spring,” Ana Vel continued.').party).toBe('Ana Vel');
    expect(attribute('"We had never seen the river so high in Tarn," Mayor Ivo Lenz recalled.').party).toBe('Mayor Ivo Lenz');
    expect(attribute('It is the second film after "Tarn," the ill-received Lessa vehicle released in 2013.').party).toBeNull();
  });
  it('reads a past participle with a time between commas as a description, not a speaker', () => {
    expect(attribute('The all-cash deal, announced Tuesday, is the biggest in Tarn.').party).toBeNull();
    expect(attribute('The Tarn Gazette, in its Sunday edition, reported that the bridge had cracks.').party).toBe(
      'The Tarn Gazette',
    );
  });
  it('reads any past-tense verb between the parts of a quotation as speech', () => {
    expect(attribute('“The Tarn bridge is still standing today,” Ana Vel posited, “it just needs new cables.').party).toBe(
      'Ana Vel',
    );
    expect(attribute('The Tarn bridge opened in 1990, Ana Vel painted, and the cables were new.').party).toBeNull();
  });
  it('drops a tokenised closing quote before the speaker', () => {
    expect(attribute("We will rebuild the Tarn bridge this year , '' Ivo Lenz said.").party).toBe('Ivo Lenz');
  });
  it('leaves "continues to" and "still" before the verb out of the speaker', () => {
    expect(attribute('Pellia continues to insist that most of those killed were fighters.').party).toBe('Pellia');
    expect(attribute('The Tarn Gazette still maintains that the bridge had cracks.').party).toBe('The Tarn Gazette');
  });
  it('takes no speaker from a time phrase or a prepositional fragment', () => {
    expect(attribute('Just hours before the Tarn council meeting, Mayor Ann Pell said the bridge was safe.').party).toBe(
      'Mayor Ann Pell',
    );
  });
  it('keeps the pronoun when the speaker phrase ends in one', () => {
    expect(attribute('Pell highlighted the millions of dollars she said the city had paid.').party).toBe('she');
  });
  it('cuts a cited source at its apposition or relative clause, keeps a list', () => {
    expect(attribute('The bridge closed, according to Sen. Ann Pell, D-Tarn, the second Democrat in the chamber.').party).toBe(
      'Sen. Ann Pell',
    );
    expect(attribute('The vote was delayed, according to two officials who were at the meeting.').party).toBe('two officials');
    expect(attribute('Some 3,000 soldiers moved north, according to Ostria, the U.S. and South Pellia.').party).toBe(
      'Ostria, the U.S. and South Pellia',
    );
  });
  it('does not read "citing" a reason as citing a source', () => {
    expect(
      attribute('After winning re-election, he resigned, citing his health and the investigation into his campaign.').party ?? '',
    ).not.toMatch(/health/);
  });
  it('reads "rejected" as a denial only when a claim or a clause follows', () => {
    expect(
      attribute('The Tarn council on Wednesday overwhelmingly rejected the mayor’s veto of the bridge bill.').kind,
    ).toBeNull();
    expect(attribute('Ostrian officials rejected the offer before Pell even announced it.').party).toBeNull();
    expect(attribute('Ostria’s army firmly rejected claims that it had left Tarn.').kind).toBe('deny');
    expect(attribute('Mayor Pell categorically rejected that notion.').kind).toBe('deny');
  });
  it('reads the speaker before "told" after a long quotation, the listener and a programme’s title after it', () => {
    const q = '“We have people who have been studying the records in Tarn for weeks and cannot believe what they are finding,”';
    expect(attribute(`${q} Pell told Tarn TV’s “Morning” show on Thursday.`).party).toBe('Pell');
    expect(attribute(`${q} Mayor Ana Vel told reporters in Pella.`).party).toBe('Mayor Ana Vel');
    // The last item of a list before "told" is no speaker.
    expect(
      attribute(`${q} Ana Vel, the chair of the council’s committee on Roads, Bridges and Harbours, told the Tarn Post.`).party,
    ).toBe('Ana Vel');
    expect(attribute('Update 12:23 PM: Sources close to Tarn Radio said the mayor will resign.').party).toBe(
      'Sources close to Tarn Radio',
    );
  });
  it('reads the speaker before "said" and an appositive, with a time or a setting after the verb', () => {
    const q = '“The Tarn bridge will reopen in May,”';
    expect(attribute(`${q} Ana Vel, a Pellian, said during a bill signing ceremony.`).party).toBe('Ana Vel');
    expect(attribute(`${q} Representative Ana Vel, Republican of Tarn, said on Thursday.`).party).toBe('Representative Ana Vel');
    expect(attribute(`${q} Ana Vel, research director at the rights group, TARNWATCH, said after the vote.`).party).toBe(
      'Ana Vel',
    );
    expect(attribute(`${q} Sen. Ana Vel, R-Tarn, said on "Tarn Sunday."`).party).toBe('Sen. Ana Vel');
    // A quoted phrase between the commas is no speaker.
    expect(
      attribute(`${q} Vel, who wrote the phrase, 'More bridges, fewer ferries', on her page, said in an interview.`).party,
    ).not.toBe('More bridges');
  });
  it('keeps a quotation before its speaker out of the cue, so the claim keeps its words', () => {
    const text = '“There was no such impropriety,” Ana Vel said, adding that the Tarn council would publish the contract.';
    const a = attribute(text);
    expect(a.party).toBe('Ana Vel');
    expect(a.span![0]).toBeGreaterThan(text.indexOf('impropriety'));
  });
  it('takes no clause with a verb in it for a speaker', () => {
    for (const p of [
      'The Tarn agent also read from a council record',
      'Vel needs about 100 days to recuperate',
      'Investigators found 28 boats there',
      'The gunmen then ran to the Tarn bridge',
    ])
      expect(cleanParty(p)).toBeNull();
    expect(cleanParty('An opinion poll published by the Tarn Post')).toBe('An opinion poll published by the Tarn Post');
    expect(cleanParty('A later message from Vel')).toBe('A later message from Vel');
  });
  it('reads the speaker of "said," and a quotation after appositives, however far into the sentence', () => {
    const t =
      'Asked in the interview how serious her plan for the bridge is, Vel, who would have to leave the Tarn council in order to run the port, said, "I always take things seriously, but never like this.';
    const a = attribute(t);
    expect(a.party).toBe('Vel');
    // The quotation stays in the claim.
    expect(a.span![1]).toBeLessThan(t.indexOf('I always'));
  });
  it('reads "said <name>, who …" after a quotation, and leaves "on several occasions" out of the speaker', () => {
    expect(attribute('"Tarn will rebuild the bridge," said Vel, who added that "the money is there."').party).toBe('Vel');
    expect(attribute('"The bridge will reopen in May," said Ana Vel, a Tarn councillor, in a statement on Monday.').party).toBe(
      'Ana Vel',
    );
    expect(attribute('Vel on several occasions maintained that the Tarn bridge was safe.').party).toBe('Vel');
  });
  it('leaves an update note out of the speaker', () => {
    expect(attribute('[UPDATE: Tarn Radio spokesman Ana Vel said the Tarn bridge will reopen in May.').party).toBe(
      'Tarn Radio spokesman Ana Vel',
    );
    expect(attribute('Update: Ana Vel said the Tarn bridge will reopen in May.').party).toBe('Ana Vel');
  });
  it('skips titles with their stop when naming a side', () => {
    expect(sideOf('Mr. Pell')).toBe('pell');
    expect(sideOf('Sen. Ann Pell')).toBe('pell');
    expect(sideOf('Attorney General Lenn')).toBe('lenn');
  });
  it('names a person’s side by the surname, however the person is introduced', () => {
    for (const p of [
      'Anna Pell',
      'Mayor Anna Pell',
      'Mrs. Pell',
      'Pell',
      'Anna Pell’s lawyer',
      'Tarn Police Chief Anna Pell',
      'prison spokesman Anna Pell',
    ])
      expect(sideOf(p)).toBe('pell');
    expect(sideOf('John Lenn')).not.toBe(sideOf('John Kerr'));
    expect(sideOf('Kim Jong Un')).toBe(sideOf('Kim'));
    // Bodies are named by their first word, a body's spokesman speaks for it.
    expect(sideOf('the Tarn Harbour Authority')).toBe('tarn');
    expect(sideOf('Tarn Times')).toBe('tarn');
    expect(sideOf('Pellcorp spokesman Tom Lenn')).toBe('pellcorp');
  });
});

describe('attribution: an embedded tweet', () => {
  it('is said by the account whose signature ends it, through Twitter', () => {
    const a = attribute('The Tarn bridge is shut again, avoid the Lessa road.— Ana Vel (@anavel) October 22, 2014');
    expect([a.party, a.via, a.kind]).toEqual(['Ana Vel', 'Twitter', 'say']);
    expect(a.span![0]).toBe('The Tarn bridge is shut again, avoid the Lessa road.'.length);
    expect(attribute('Bridge shut pic.twitter.com/x1 — â€” Tarn Radio (@tarnradio) May 2, 2015').party).toBe('Tarn Radio');
  });
  it('needs the whole signature: a handle alone names no one', () => {
    expect(attribute('The Tarn council (@tarncouncil) shut the bridge on Monday.').party).toBeNull();
  });
});
