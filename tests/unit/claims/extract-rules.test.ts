// Unit tests for the extraction rules, on sentences written for these tests (an invented border dispute).
import { describe, expect, it } from 'vitest';
import { attribute, sideOf } from '../../../lib/claims/extract/attribution';
import { textStance } from '../../../lib/claims/index';
import { headlineStance } from '../../../lib/claims/headline/headline-stance';
import { splitClauses } from '../../../lib/claims/extract/clauses';
import { proposition } from '../../../lib/claims/extract/proposition';
import { extractDates, extractQuantities } from '../../../lib/claims/extract/quantities';
import { splitSentences } from '../../../lib/claims/extract/sentences';

describe('sentences', () => {
  it('does not break after a title abbreviation', () => {
    expect(splitSentences('The mayor met Gov. Ana Ruiz on Monday. She left early.')).toEqual([
      'The mayor met Gov. Ana Ruiz on Monday.',
      'She left early.',
    ]);
  });
  it('keeps a tokenised closing quote with the sentence it closes, and tells where paragraphs begin', () => {
    const paragraphs = new Set<number>();
    expect(
      splitSentences("\"Enough people have died . '' Zahar said the school was hit.\n\nThe army disagreed.", paragraphs),
    ).toEqual(["\"Enough people have died . ''", 'Zahar said the school was hit.', 'The army disagreed.']);
    expect([...paragraphs]).toEqual([0, 2]);
  });
  it('does not break after "Reps." or "a U.S."', () => {
    expect(
      splitSentences(
        'Three other Republicans — Reps. Ana Vel and Ivo Lenz — voted no. Willie Tarn Jr., a U.S. Army veteran, spoke.',
      ),
    ).toEqual([
      'Three other Republicans — Reps. Ana Vel and Ivo Lenz — voted no.',
      'Willie Tarn Jr., a U.S. Army veteran, spoke.',
    ]);
  });
  it('keeps a short name after "the U.S." with its sentence', () => {
    expect(
      splitSentences('Prices rose 3 percent, according to the U.S. Energy Information Administration (EIA). Then they fell.'),
    ).toEqual(['Prices rose 3 percent, according to the U.S. Energy Information Administration (EIA).', 'Then they fell.']);
    expect(splitSentences('Prices rose across the U.S.\n\nThe agency said so.')).toHaveLength(2);
  });
  it('splits one very long paragraph (a capture without line breaks) as it splits its sentences one by one', () => {
    // Segmented in pieces (Intl.Segmenter slows down sharply on long strings): no sentence may be cut at a piece's end,
    // and an abbreviation where a piece could end ("Gov. Ana Vel") still holds its sentence together.
    const one = (i: number): string =>
      `On day ${i} the mayor met Gov. Ana Vel in Tarn. The Tarn bridge will reopen in May, she said on day ${i}.`;
    const para = Array.from({ length: 1500 }, (_, i) => one(i)).join(' ');
    expect(para.length).toBeGreaterThan(100_000);
    const expected = Array.from({ length: 1500 }, (_, i) => splitSentences(one(i))).flat();
    expect(splitSentences(para)).toEqual(expected);
    // No sentence end for long stretches: cut at a space, no word lost or cut.
    const run = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ');
    expect(splitSentences(run).join(' ')).toBe(run);
  });
  it('does not break after a middle initial or "v."', () => {
    expect(
      splitSentences('Tarn Judge James R. Brandlin ruled on Monday. The case cited Roe v. Wade and Pell v. Tarn. It ended.'),
    ).toEqual(['Tarn Judge James R. Brandlin ruled on Monday.', 'The case cited Roe v. Wade and Pell v. Tarn.', 'It ended.']);
  });
  it('ends a sentence at a paragraph break', () => {
    expect(splitSentences('First line without stop\n\nSecond one.')).toHaveLength(2);
  });
});

describe('attribution', () => {
  it('reads a trailing speaker with a day', () => {
    const a = attribute('Troops crossed the river near Tarn, the Valdorian ministry said Friday.');
    expect(a.party).toBe('the Valdorian ministry');
    expect(a.kind).toBe('say');
  });
  it('reads the speech verbs that follow quotations, and not the look-alikes', () => {
    expect(attribute('“The Tarn bridge stays shut,” Mayor Ana Vel tweeted on Monday.').party).toBe('Mayor Ana Vel');
    expect(attribute('“The Tarn bridge stays shut,” Ana Vel replied.').party).toBe('Ana Vel');
    expect(attribute('A Tarn engineer testified that the cables had cracked.').party).toBe('A Tarn engineer');
    expect(attribute('Tarn police responded to the scene on Monday.').party).toBeNull();
    expect(attribute('The fighting near Tarn continued on Monday.').party).toBeNull();
  });
  it('reads "according to" lists and a leading speaker with "that"', () => {
    expect(attribute('Some 3,000 soldiers moved north, according to Ostria, the U.N. and Pellia.').party).toBe(
      'Ostria, the U.N. and Pellia',
    );
    expect(attribute('Pellia announced on May 2 that its army had retaken Tarn.').party).toBe('Pellia');
  });
  it('reads a denial and skips an adverbial opening', () => {
    const a = attribute('Despite the statements from Pellia, Ostria’s army firmly rejected claims that it had left.');
    expect(a.kind).toBe('deny');
    expect(a.party).toBe('Ostria’s army');
  });
  it('treats a wire service as the press, not a party', () => {
    const a = attribute('The envoy arrived in Tarn on Sunday, reported AFP.');
    expect(a.party).toBeNull();
    expect(a.via).toBe('AFP');
  });
  it('does not read a noun as a verb of saying', () => {
    expect(attribute('The declarations from both capitals were read aloud in Tarn.').party).toBeNull();
  });
  it('maps capitals, seats of government and demonyms to a side', () => {
    expect(sideOf('the Kremlin')).toBe('russia');
    expect(sideOf('Kyiv officials')).toBe('ukraine');
    expect(sideOf('Ostrian officials')).toBe('ostria');
    expect(sideOf('the regional administration')).toBeNull();
  });
});

describe('clauses', () => {
  it('splits an embedded claim out of a sentence about something else', () => {
    const s = 'The minister toured Tarn for the first time since Pellia declared it had retaken the town, officials said.';
    const cs = splitClauses(s);
    expect(cs).toHaveLength(2);
    expect(s.slice(cs[1]!.start, cs[1]!.end)).toBe('Pellia declared it had retaken the town');
    expect(cs[0]!.hole).toEqual([cs[1]!.start, cs[1]!.end]);
  });
  it('splits "While A insists X, B maintains Y" into two, the second a contrast', () => {
    const s = 'While Pellia insists the town is calm, Ostria maintains its units still hold the bridge.';
    const cs = splitClauses(s);
    expect(cs.map((c) => s.slice(c.start, c.end))).toEqual([
      'Pellia insists the town is calm',
      'Ostria maintains its units still hold the bridge.',
    ]);
    expect(cs[1]!.contrast).toBe(true);
  });
  it('splits a presupposed event ("since its full liberation")', () => {
    const s = 'The governor visited Tarn for the first time since its full liberation from Ostrian units, aides said.';
    expect(splitClauses(s)).toHaveLength(2);
  });
});

describe('propositions', () => {
  it('folds event-verb paraphrases into one class', () => {
    const keys = [
      'Pellia recaptured Tarn',
      'Pellia liberated Tarn',
      'Pellia drove Ostrian units out of Tarn',
      'Pellia ousted the units from Tarn',
      'Pellia expelled the units',
      'Pellia reclaimed Tarn',
      'Pellia pushed them out',
    ].map((s) => proposition(s).events[0]);
    expect(new Set(keys)).toEqual(new Set(['recapture']));
  });
  it('drops attribution words and numbers, folds capitals to their country', () => {
    const p = proposition('Moscow claimed 400 drones were downed');
    expect(p.terms).toContain('@russia');
    expect(p.terms).not.toContain('claim');
    expect(p.terms.some((t) => /\d/.test(t))).toBe(false);
  });
  it('negates only the main clause', () => {
    expect(proposition('The bridge was not destroyed').negated).toBe(true);
    expect(proposition('The town paid families that could not return').negated).toBe(false);
  });
});

describe('quantities and dates', () => {
  it('reads what a number counts, with qualifiers and money', () => {
    const q = extractQuantities(
      'Ostria lost more than 4,500 soldiers and 12 Pellian drones, and made aid payments of around $300 to families.',
    );
    expect(q.map((x) => [x.value, x.what])).toEqual([
      [4500, 'troops'],
      [12, 'drones'],
      [300, 'payment'],
    ]);
    expect(q[2]!.unit).toBe('USD');
  });
  it('skips years, dates and hyphenated descriptions', () => {
    expect(extractQuantities('In August 2023 a 30-day truce began on May 4.')).toEqual([]);
  });
  it('skips names made of numbers, ages and spans of time', () => {
    expect(extractQuantities('The Tarn 9/11 victims bill passed.')).toEqual([]);
    expect(extractQuantities('Boosters go to people 65 and older and to those aged 50 with risks.')).toEqual([]);
    expect(
      extractQuantities('Protection fell after six months, the study of 4,000 patients found.').map((x) => [x.value, x.what]),
    ).toEqual([[4000, 'patient']]);
  });
  it('skips street addresses and how many times something happened', () => {
    expect(extractQuantities('The deputy was shot outside an apartment in the 12000 block of East Tarn Street.')).toEqual([]);
    expect(extractQuantities('Ivo Lenz had been arrested four times since October.').filter((x) => x.what)).toEqual([]);
  });
  it('keeps the qualifier of a word number, as of digits', () => {
    expect(extractQuantities('The flood killed at least nine people.').map((x) => x.text)).toEqual(['at least nine']);
  });
  it('reads what is counted after a copula', () => {
    expect(extractQuantities('Of 26 dead, at least nine were children.').map((x) => x.what)).toEqual(['deaths', 'children']);
  });

  it('reads a count of people as the casualty the words around it name', () => {
    const what = (t: string): (string | null)[] => extractQuantities(t).map((x) => x.what);
    expect(what('A quake on Saturday killed at least 1,419 people.')).toEqual(['deaths']);
    expect(what('The quake killed hundreds of people.')).toEqual(['deaths']);
    expect(what('Officials raised the death toll from the quake to 1,941 on Tuesday.')).toEqual(['deaths']);
    expect(what('The agency also raised the number of injured people to 9,900.')).toEqual(['injured']);
    expect(what('The blast injured 30 people.')).toEqual(['injured']);
    expect(what('Fourteen people were killed and 30 people were wounded.')).toEqual(['injured']);
    expect(what('At least 14 people were killed in the blast.')).toEqual(['deaths']);
    // Other counted nouns keep their own name, with what befell them (3 children killed are part of the deaths, not
    // another figure for them); a count of people with nothing said of them stays people.
    expect(what('The blast killed 3 children.')).toEqual(['children killed']);
    expect(what('About 300 people attended the vigil.')).toEqual(['people']);
  });

  it('reads no figure from a range, an ordinal, a date or a measure', () => {
    expect(extractQuantities('The storm may dump between 5-10 inches of rain.')).toEqual([]);
    expect(extractQuantities('He knocked Ivo Lenz out in the 11th round.')).toEqual([]);
    expect(extractQuantities('Fifteen of the Sept. 11 hijackers were Tarnish.')).toEqual([]);
    expect(extractQuantities('Tarn Corp leased 1.9 million square feet of offices.').filter((x) => x.what)).toEqual([]);
  });

  it('reads no figure from a window counted in order, and a total apart from its parts', () => {
    expect(extractQuantities('Ivo Lenz completed his first 17 passes for Tarn.')).toEqual([]);
    expect(extractQuantities('Ivo Lenz will miss the final two games of the Tarn season.')).toEqual([]);
    const total = extractQuantities('Playing in a combined 157 games with Tarn and Lessa, Lenz scored often.');
    expect(total.map((x) => [x.value, x.what, x.noun])).toEqual([[157, 'total game', 'games in all']]);
    expect(extractQuantities('Lenz played 54 games with Tarn.').map((x) => x.what)).toEqual(['game']);
    expect(extractQuantities('Lenz scored 14 goals in all.').map((x) => x.what)).toEqual(['total goal']);
  });
  it('reads tokenised captures as printed', () => {
    const q = (t: string): [number, string | null][] => extractQuantities(t).map((x) => [x.value, x.what]);
    expect(q('The tsunami killed 170, 000 people in the province.')).toEqual([[170000, 'deaths']]);
    expect(q('The 39 - year - old man shot three co - workers.')).toEqual([[3, 'co-work']]);
    expect(q('Robbers took $ 108 million worth of rings; e85 million, said another.').map(([v]) => v)).toEqual([108_000_000]);
  });

  it('reads the head noun past coordinated and stacked modifiers, and games by what was done in them', () => {
    const q = (t: string): (string | null)[] => extractQuantities(t).map((x) => x.noun);
    expect(q('Hundreds of government and private buildings were damaged in Tarn.')).toEqual(['private buildings']);
    expect(q('The quake damaged 42 government office buildings in Tarn.')).toEqual(['office buildings']);
    expect(q('Pell missed four games after knee surgery.')).toEqual(['games missed']);
    expect(q('Pell missed more than 10 games after knee surgery.')).toEqual(['games missed']);
    expect(q('Pell played in 10 games for Tarn.')).toEqual(['games']);
    expect(q('The Tarn army lost 4,500 troops.')).toEqual(['troops']);
    expect(q('Tarn won 10 games and lost four games.')).toEqual(['games won', 'games lost']);
    expect(q('Tarn fans bought 300 tickets.')).toEqual(['tickets']);
  });
  it('counts people with what befell them, and no word number joined to a unit', () => {
    const q = (t: string): (string | null)[] => extractQuantities(t).map((x) => x.noun);
    expect(q('Three students were killed in Tarn.')).toEqual(['students killed']);
    expect(q('More than 50 students vanished in Tarn.')).toEqual(['students missing']);
    expect(q('Rescuers evacuated more than 80 families from Tarn.')).toEqual(['families displaced']);
    expect(q('Rescuers saved 18 families in Tarn.')).toEqual(['families rescued']);
    expect(q('Some 276 schoolgirls were seized in Tarn.')).toEqual(['schoolgirls missing']);
    expect(q('Gunmen abducted 219 schoolgirls in Tarn.')).toEqual(['schoolgirls missing']);
    expect(q('The Tarn school has 300 students.')).toEqual(['students']);
    expect(q('A four-minute video of the Tarn bridge was posted.')).toEqual([]);
    // A burst within the whole counts no whole.
    expect(q('An expert heard a cluster of six gunshots in Tarn.')).toEqual([]);
    // A record's figure is the old mark, apart from the new total.
    expect(q('Pell broke the Tarn scoring record of 2,116 points.')).toEqual(['points (record)']);
    expect(q('Pell became the Tarn scoring leader with 2,117 points.')).toEqual(['points']);
  });
  it('reads what is counted within its phrase, a kind of thing apart from the thing', () => {
    const q = (t: string): (string | null)[] => extractQuantities(t).map((x) => x.noun);
    // A lower-case word before a plural noun names a kind of it, kept whole.
    expect(q('Three undersea cables were cut.')).toEqual(['undersea cables']);
    expect(q('Navy boarded 3 pirate ships and held 26 pirates.')).toEqual(['pirate ships', 'pirates']);
    expect(extractQuantities('Nine assault rifles were seized.').map((x) => x.what)).toEqual(['assault rifl']);
    // The phrase ends at a comma or dash: "357 Magnum and opened fire, killing two" counts no deaths.
    expect(extractQuantities('She drew a .357 Magnum and opened fire, killing two.').map((x) => [x.value, x.what])).toEqual([
      [2, 'deaths'],
    ]);
    // "and" is crossed after names only.
    expect(extractQuantities('The quake killed 10 persons and wounded others.').map((x) => x.what)).toEqual(['deaths']);
    // A remainder, a verb and "as" count nothing.
    expect(extractQuantities('Police seized seven rifles and three other automatic rifles.').map((x) => x.value)).toEqual([7]);
    expect(extractQuantities('The jury split, nine voting for death.').filter((x) => x.what)).toEqual([]);
    expect(extractQuantities('It was minus 20 as firefighters fought the blaze.').filter((x) => x.what)).toEqual([]);
  });
  it('reads weekdays and month dates', () => {
    expect(extractDates('The talks on Thursday followed the May 4 truce.')).toEqual(['Thursday', 'May 4']);
  });
});

describe('negation and headline stance', () => {
  it('names the negated term, so a denial can be told from an unrelated "not"', () => {
    // "arrested" belongs to the paraphrase class of "detained", so the negated term is the class.
    expect(textStance('Mayor of Tarn was not arrested').negatedTerm).toBe('#arrest');
    expect(textStance('Mayor of Tarn was not sacked').negatedTerm).toBe('sack');
    expect(textStance('Tarn bridge collapse is a hoax').stance).toBe('denies');
    expect(textStance('Is the Tarn bridge collapse a hoax?').stance).not.toBe('denies');
    expect(textStance('Officials shoot down reports of a Tarn bridge collapse').stance).toBe('denies');
  });
  it('judges a headline by its stated parts, not the question before them', () => {
    expect(textStance('Tarn Bridge Hoax? New Photos Spark Debate').stance).not.toBe('denies');
    expect(textStance('Tarn Bridge Down? No, The Collapse Story Is Fake').stance).toBe('denies');
  });
  it('reads a "No, …" rebuttal as a denial and "Don\'t …" advice as no negation', () => {
    expect(textStance('No, the Tarn bridge was not closed by Pellia').stance).toBe('denies');
    expect(textStance('No, really: Pellia closed the Tarn bridge').stance).not.toBe('denies');
    expect(textStance("Don't cross the Tarn bridge after the flood").negated).toBe(false);
    expect(textStance('The Tarn bridge was not closed').negated).toBe(true);
  });
  it('reads a question answered "no" as a denial, and a clause-initial "that" as a demonstrative', () => {
    expect(textStance('Did Pellia Close The Tarn Bridge? Probably Not').stance).toBe('denies');
    expect(textStance('Did Pellia Close The Tarn Bridge? Probably').stance).not.toBe('denies');
    expect(textStance('Did Pellia close the Tarn bridge? No word yet from the mayor').stance).not.toBe('denies');
    expect(textStance("No, that Tarn bridge photo isn't from Pellia").stance).toBe('denies');
    expect(textStance("No, Nobody's Closed The Tarn Bridge").stance).toBe('denies');
  });
  it('reads a statement taken back at its end, or wished for, as a denial', () => {
    expect(textStance("Ivo Lenz Was One Of The Tarn Bridge Heroes No He Wasn't").stance).toBe('denies');
    expect(textStance('If Only Pellia Really Did Reopen The Tarn Bridge').stance).toBe('denies');
    expect(textStance('Ivo Lenz Was One Of The Tarn Bridge Heroes, No Doubt').stance).not.toBe('denies');
    expect(textStance('Only If Pellia Pays Will The Tarn Bridge Reopen').stance).not.toBe('denies');
  });
  it('reads the negation after a label and colon, where the label would hide it', () => {
    // Read whole, "WHO" is the relative pronoun and "does not" a subordinate clause's.
    const who = textStance('WHO: Tarn fighters do not have Pellian fever but a plan is ready');
    expect(who.negated).toBe(true);
    expect(
      headlineStance(
        'Some Tarn fighters have contracted Pellian fever',
        'WHO: Tarn fighters do not have Pellian fever but a plan is ready',
      ),
    ).toBe('against');
    // A negation before the colon still counts: "<thing> wasn't stolen: Cops".
    expect(textStance("Tarn bridge wasn't closed: Police").negated).toBe(true);
  });
  it('contests a claim that someone said something with a headline that negates the saying', () => {
    const claim = 'The mayor of Tarn told a boy that the river is open to all boats';
    expect(headlineStance(claim, 'Mayor of Tarn turns out not to have made ferries in heaven comment')).toBe('against');
    // Negating a comment is no answer to a claim that is not about speech.
    expect(headlineStance('The Tarn bridge reopened', 'Tarn bridge reopened; the mayor did not comment')).not.toBe('against');
  });
  it('does not read "doctors" as "doctored"', () => {
    expect(textStance('Doctors confirmed the first case of Tarn fever').stance).not.toBe('denies');
    expect(textStance('Photo of the Tarn bridge collapse was doctored').stance).toBe('denies');
  });
  it('reads "May" in a Title-Case headline as the modal, unless a day follows', () => {
    expect(textStance('Pellia May Not Reopen The Tarn Bridge').stance).toBe('hedges');
    expect(textStance('Pellia Reopened The Tarn Bridge On May 4').stance).toBe('asserts');
    expect(textStance('Pellia reopened the Tarn bridge in May').stance).toBe('asserts');
  });
});

describe('quoted speech', () => {
  it('a "not" inside a quotation does not negate the reporter’s claim', () => {
    expect(proposition('"We have not seen the report," the mayor of Tarn said.').negated).toBe(false);
    expect(proposition('The mayor of Tarn said the report was not true.').negated).toBe(true);
  });
});

describe('single-quoted speech', () => {
  it('treats British single quotes as quotation, apostrophes inside words as apostrophes', () => {
    expect(proposition("He said: 'I couldn't see the bridge at Tarn.'").negated).toBe(false);
    expect(proposition("The Tarn bridge wasn't damaged, officials said.").negated).toBe(true);
  });
});
