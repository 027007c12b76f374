// Unit tests for extractClaims as a whole: stance cues and links from denials and counter-claims, on invented text.
import { describe, expect, it } from 'vitest';
import { extractClaims as extractPacked, unpackClaims } from '../../../lib/claims/index';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
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

const extractClaims = (a: Article) => unpackClaims(extractPacked(a));

describe('extractClaims', () => {
  it('tells asserted, attributed, hedged and denied apart', () => {
    const c = extractClaims(
      article(
        'a',
        [
          'Floods closed the Tarn bridge on Monday.',
          'The Pellian ministry said 40 houses were damaged in Tarn.',
          'Three villages were reportedly cut off near Tarn.',
          'Ostrian officials denied that their dam caused the flood in Tarn.',
        ].join(' '),
      ),
    );
    expect(c.map((x) => x.stance)).toEqual(['asserts', 'attributes', 'hedges', 'denies']);
    expect(c[1]!.party).toBe('The Pellian ministry');
  });
  it('reads a falsity adjective before a content noun as content, before a claim word as a denial', () => {
    const c = extractClaims(
      article(
        'a',
        [
          'Mayor Pell of Tarn was indicted on charges of filing false campaign records in Tarn.',
          'The Tarn council called the reports of a bridge collapse false claims.',
          'Pell said the bridge collapse story in Tarn was bogus.',
        ].join(' '),
      ),
    );
    expect(c.map((x) => x.stance)).toEqual(['asserts', 'denies', 'denies']);
  });
  it('does not read a "But" opener as a counter-claim, and does read "Despite …"', () => {
    const but = extractClaims(
      article(
        'a',
        'Pellian officials said their troops had retaken Tarn. Ostrian officials said the roads were icy. But they acknowledged that Pellia has the power to close the Tarn bridge.',
      ),
    );
    expect(but[2]!.party).toBe('Ostrian officials');
    expect(but[2]!.counter).toBeUndefined();
    const despite = extractClaims(
      article(
        'a',
        'Pellian officials said their troops had retaken Tarn. Despite the claims from Pellia, Ostrian officials said their units were in Tarn.',
      ),
    );
    expect(despite[1]!.counter).toBe(true);
    expect(despite[1]!.contests).toBe(0);
  });
  it('links a bare denial to the claim before it', () => {
    const c = extractClaims(
      article(
        'a',
        'Pellia announced on May 2 that its forces had pushed Ostrian units out of Tarn. Ostrian officials denied the claim.',
      ),
    );
    expect(c).toHaveLength(2);
    expect(c[1]!.stance).toBe('denies');
    expect(c[1]!.contests).toBe(0);
  });
  it('links a counter-claim of the other side and leaves a same-side remark alone', () => {
    const text = [
      'Moscow claimed last week that its troops had recaptured the village of Lessa.',
      'Kyiv has insisted its units are still fighting inside Lessa.',
      'The Kremlin said the weather in Lessa remains cold.',
    ].join(' ');
    const c = extractClaims(article('a', text));
    expect(c[1]!.counter).toBe(true);
    expect(c[1]!.contests).toBe(0);
    expect(c[2]!.contests).toBeUndefined();
  });
  it('links a country’s counter-claim only to another country’s claim or one that names it', () => {
    const insisted =
      'Ostrian authorities insisted that their frigate had acted against a pirate vessel that attacked it near Tarn.';
    const bureau = extractClaims(
      article('a', `This year, pirates attacked 90 vessels near Tarn, the Maritime Bureau said. ${insisted}`),
    );
    expect(bureau[1]!.party).toBe('Ostrian authorities');
    expect(bureau[1]!.contests).toBeUndefined();
    const named = extractClaims(
      article('a', `The Maritime Bureau said the pirate vessel attacked near Tarn was an Ostrian trawler. ${insisted}`),
    );
    expect(named[1]!.contests).toBe(0);
    const pellia = extractClaims(article('a', `Pellian officials said pirates attacked a vessel near Tarn. ${insisted}`));
    expect(pellia[1]!.contests).toBe(0);
  });
  it('does not link a person’s counter-claim on a contested event alone, nor a country’s kept-up ties', () => {
    const relatives = extractClaims(
      article('a', 'His death in Tarn was confirmed by the Pellian police. Relatives insisted he suffered from dementia.'),
    );
    expect(relatives[1]!.stance).toBe('attributes');
    expect(relatives[1]!.contests).toBeUndefined();
    const prosecutors = extractClaims(
      article(
        'a',
        [
          'Deputy Prosecutor Ana Vel showed the jury the wounds of the victim shot in Tarn.',
          'Prosecutor Odo Marr countered that Pell was trying to deflect blame.',
        ].join(' '),
      ),
    );
    expect(prosecutors[1]!.contests).toBeUndefined();
    // The same sentences from a state do stand against the report of the death.
    const state = extractClaims(
      article('a', 'His death in Tarn was confirmed by the Pellian police. Ostria insisted he suffered from dementia.'),
    );
    expect(state[1]!.contests).toBe(0);
    const ties = extractClaims(
      article(
        'a',
        'Pellian troops fought Ostrian units in Tarn, a Tarn official said. Ostria has maintained discreet military and business ties with the Tarn clans since 1960.',
      ),
    );
    expect(ties[1]!.stance).not.toBe('attributes');
    expect(ties[1]!.contests).toBeUndefined();
  });
  it('does not read one illness insisted on as contesting another', () => {
    const text =
      'Mayor Pell died in the Tarn prison hospital, where he had suffered from heart disease for years, said prison spokesman Odo Marr. Relatives of Pell insisted he suffered from dementia and Alzheimer’s disease.';
    expect(extractClaims(article('a', text)).some((c) => c.contests !== undefined)).toBe(false);
    // Denying the illness does contest it.
    const denial =
      'Mayor Pell suffered from heart disease for years, said prison spokesman Odo Marr. Relatives of Pell insisted he never suffered from heart disease.';
    expect(extractClaims(article('a', denial)).some((c) => c.contests !== undefined)).toBe(true);
  });
  it('does not read a hope that a report is untrue as a denial of it', () => {
    const [c] = extractClaims(
      article(
        'a',
        'Asked about the reports, the Tarn defence minister, Ana Vel, said: "I cannot confirm that and I hope that it is not true."',
      ),
    );
    expect(c!.stance).not.toBe('denies');
    const [d] = extractClaims(
      article('a', 'The Tarn defence minister, Ana Vel, said the report of the capture of Tarn is not true.'),
    );
    expect(d!.stance).toBe('denies');
  });
  it('reads a correction after ", but the fact is," as a clause of its own, with its negation', () => {
    const cs = extractClaims(
      article(
        'a',
        'A story that began circulating in Tarn on Tuesday created a frenzy, but the fact is, there is no sign the Tarn council will sell the bridge.',
      ),
    );
    const fix = cs.find((c) => /council will sell/.test(c.span ? c.sentence.slice(c.span[0], c.span[1]) : c.sentence))!;
    expect(fix.span![0]).toBeGreaterThan(cs[0]!.sentence.indexOf('fact is'));
    expect(fix.negated).toBe(true);
  });
  it('is JSON-serialisable and skips questions and fragments', () => {
    const c = extractPacked(
      article('a', 'Will the bridge reopen in Tarn? Yes. The Tarn bridge reopened on Friday after repairs.'),
    );
    expect(c).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
  it('skips a sentence an excerpt cut off, not one with an elision inside a quote', () => {
    const cut = extractArticleClaims(
      article('e', 'The storm flooded the Tarn valley on Sunday. In addition to the deaths, the Tarn council’s...'),
    );
    expect(cut.map((c) => c.sentence)).toEqual(['The storm flooded the Tarn valley on Sunday.']);
    const quoted = extractArticleClaims(article('q', 'Mayor Odo said "we will rebuild ... the Tarn bridge" on Friday.'));
    expect(quoted).toHaveLength(1);
  });
  it('packs without loss: one sentence stored once, defaults left out, quantities recomputed', () => {
    const text =
      'Pellia said it had recaptured Tarn, while Ostria insisted 300 of its troops were still fighting there. Ostrian officials denied the claim.';
    const packed = extractPacked(article('a', text));
    const c = unpackClaims(packed);
    expect(packed.filter((x) => x.s !== undefined)).toHaveLength(new Set(c.map((x) => x.sentence)).size);
    expect(c.map((x) => x.sentence)).toContain('Ostrian officials denied the claim.');
    expect(c.flatMap((x) => x.quantities ?? []).map((q) => q.value)).toContain(300);
    expect(packed.some((x) => 't' in x && x.t === undefined)).toBe(false);
  });
  it('unpacks to exactly what extraction found: indexes, sides, links', () => {
    const text = [
      'Moscow claimed last week that its troops had recaptured the village of Lessa.',
      'The weather was cold.',
      'Kyiv has insisted its units are still fighting inside Lessa, and he said 40 tanks were lost near Lessa.',
      'Ostrian officials denied the claim.',
    ].join(' ');
    const raw = extractArticleClaims(article('a', text));
    const back = unpackClaims(extractPacked(article('a', text))).map(({ quantities: _, ...c }) => c);
    // Only a denial's or a hedge's stance rule is stored (for the report's "why"); the other rule ids are not.
    const stored = raw.map(({ rules, ...c }) => {
      const kept = rules?.filter((r) => r.startsWith('stance.') && (c.stance === 'denies' || c.stance === 'hedges'));
      return kept?.length ? { ...c, rules: kept } : c;
    });
    expect(back).toEqual(stored);
    expect(back.find((c) => c.stance === 'denies')?.rules).toEqual(['stance.deny-verb']);
    expect(raw.some((c) => c.side)).toBe(true);
  });
});

describe('quotations over several sentences', () => {
  const partyOf = (text: string, re: RegExp): string | null =>
    extractClaims(article('q', text)).find((c) => re.test(c.sentence))?.party ?? null;
  it('gives the sentences a quotation runs on into its speaker, named where it opens or where it closes', () => {
    const opens =
      'Mayor Ana Vel said on Monday: “The Tarn bridge will reopen in May. The repairs to the Tarn bridge have cost the city 12 million dollars.”';
    expect(partyOf(opens, /repairs/)).toBe('Mayor Ana Vel');
    const closes =
      '“The Tarn bridge will reopen in May. The repairs to the Tarn bridge have cost the city 12 million dollars,” Mayor Ana Vel said.';
    expect(partyOf(closes, /reopen in May/)).toBe('Mayor Ana Vel');
    // Tokenised text closes with two apostrophes: the quotation ends there.
    const tokenised =
      "\"The Tarn bridge will reopen in May, '' Mayor Ana Vel said. The Pellian army shelled the Tarn bridge again on Monday.";
    expect(partyOf(tokenised, /shelled/)).toBeNull();
  });
  it('ends a quotation at its paragraph unless the next paragraph reopens it, with no speaker of its own', () => {
    const reopened =
      'Mayor Ana Vel said: “The Tarn bridge will reopen in May.\n\n“The repairs to the Tarn bridge have cost the city 12 million dollars.”';
    expect(partyOf(reopened, /repairs/)).toBe('Mayor Ana Vel');
    const unclosed =
      'Mayor Ana Vel said: “The Tarn bridge will reopen in May.\n\nThe Pellian army shelled the Tarn bridge again on Monday.';
    expect(partyOf(unclosed, /shelled/)).toBeNull();
    const another =
      'Mayor Ana Vel said: “The Tarn bridge will reopen in May.\n\n“The repairs have cost the Tarn council 12 million dollars,” councillor Ivo Lenz said.';
    expect(partyOf(another, /repairs/)).toBe('councillor Ivo Lenz');
  });
  it('gives a quotation in the paragraph after a colon the speaker who introduced it', () => {
    const excerpt =
      'The Tarn Post reported on Friday:\n\n“The repairs to the Tarn bridge have cost the city 12 million dollars. The Tarn council will pay for the new Lessa road.”';
    expect(partyOf(excerpt, /Lessa road/)).toBe('The Tarn Post');
    const noColon =
      'The Tarn Post reported on Friday that the bridge was shut.\n\n“The repairs to the Tarn bridge have cost the city 12 million dollars. The Tarn council will pay for the new Lessa road.”';
    expect(partyOf(noColon, /Lessa road/)).toBeNull();
  });
  it("gives an embedded tweet's sentences to its account, in its paragraph or the one before a lone signature", () => {
    const inline =
      'The Pellian army shelled the Tarn bridge on Monday.\nThe Tarn bridge is shut for good. The Lessa road is the only way out of Tarn.— Ana Vel (@anavel) October 22, 2014';
    expect(partyOf(inline, /only way out/)).toBe('Ana Vel');
    expect(partyOf(inline, /shut for good/)).toBe('Ana Vel');
    expect(partyOf(inline, /shelled/)).toBeNull();
    const lone =
      'The Pellian army shelled the Tarn bridge on Monday.\nThe Tarn bridge is shut for good, and the Lessa road is closed.\n— Ana Vel (@anavel) October 22, 2014';
    expect(partyOf(lone, /shut for good/)).toBe('Ana Vel');
    expect(partyOf(lone, /shelled/)).toBeNull();
  });
  it('gives a block quotation (no marks) after "<speaker> said:" or "The report read:" to that speaker', () => {
    const said =
      'Mayor Ana Vel said in a statement on Monday:\n\nThe repairs to the Tarn bridge have cost the city 12 million dollars. The Tarn council will pay for the new Lessa road.\n\nThe Pellian army shelled the Tarn bridge again on Tuesday.';
    expect(partyOf(said, /repairs/)).toBe('Mayor Ana Vel');
    expect(partyOf(said, /Lessa road/)).toBe('Mayor Ana Vel');
    expect(partyOf(said, /shelled/)).toBeNull();
    const read =
      'A fake site spread the story. The report read:\n\nSources are reporting that the Tarn bridge collapsed into the river on Monday.';
    expect(partyOf(read, /collapsed/)).toBe('The report');
    const list =
      'Here are the Tarn council figures for the bridge:\n\nThe repairs to the Tarn bridge have cost the city 12 million dollars.';
    expect(partyOf(list, /repairs/)).toBeNull();
  });
  it('does not make a carried-over speaker the one a later "she said" refers to', () => {
    // The speaker named four sentences back is out of reach; the sentences between only carry her quotation, and
    // the next paragraph's speaker may be someone else: left unnamed rather than misnamed.
    const text =
      'Mayor Ana Vel said: “The Tarn bridge will reopen in May. The repairs to the Tarn bridge cost 12 million dollars. The Tarn council paid for the repairs. The Pellian army shelled the bridge twice.”\n\n“We did not lose the Tarn vote today,” she said after the council meeting in Tarn.';
    expect(partyOf(text, /twice/)).toBe('Mayor Ana Vel');
    expect(partyOf(text, /lose the Tarn vote/)).toBeNull();
  });
  it('takes a "he" or "she" with no speaker before it for the person the sentence before opens with', () => {
    const said = 'Senator Ana Vel criticised the Tarn bridge plan on Monday. “It is a waste of 12 million dollars,” she said.';
    expect(partyOf(said, /waste of 12 million/)).toBe('Senator Ana Vel');
    // A surname alone is the person the article names in full; a pronoun opening the next sentence carries on.
    const surname =
      'Ana Vel opened the Tarn bridge in May.\n\nVel criticised the repairs plan on Monday. She told reporters the repairs cost 12 million dollars. “It is a waste of the Tarn council money,” she said.';
    expect(partyOf(surname, /cost 12 million/)).toBe('Ana Vel');
    expect(partyOf(surname, /waste of the Tarn/)).toBe('Ana Vel');
  });
  it('leaves the "he" or "she" unnamed when the sentence before gives it someone else to be', () => {
    const quoted = '“Ivo Lenz was not happy with the Tarn bridge.” The repairs cost 12 million dollars, he said.';
    expect(partyOf(quoted, /repairs cost/)).toBeNull();
    const another = 'Ana Vel met Mayor Ivo Lenz in Tarn on Monday. “The Tarn bridge will reopen in May,” he said.';
    expect(partyOf(another, /reopen in May/)).toBeNull();
    const hers = 'Vel finished her plan for the Tarn bridge on Monday. “The Tarn bridge will reopen in May,” he said.';
    expect(partyOf(hers, /reopen in May/)).toBeNull();
    const own =
      'Ana Vel criticised the Tarn plan on Monday. Mayor Ivo Lenz defended the Tarn bridge repairs, which he said cost 12 million dollars.';
    expect(partyOf(own, /cost 12 million/)).not.toBe('Ana Vel');
    const opener = 'Though Vel is the mayor, the Tarn council decides. “The Tarn bridge will reopen in May,” he said.';
    expect(partyOf(opener, /reopen in May/)).toBeNull();
  });
  it('never takes a medium or a body for the "she" of a later quotation', () => {
    const text =
      'The Tarn dam broke after heavy rain on Sunday, Tarn TV 24 reported.\n\n“The water came up to the first floor of every house on the street,” she told the Pella Herald.';
    expect(partyOf(text, /first floor/)).toBeNull();
    const named =
      'The Tarn dam broke after heavy rain on Sunday, said Ana Vel of the Tarn council.\n\n“The water came up to the first floor of every house on the street,” she told the Pella Herald.';
    expect(partyOf(named, /first floor/)).toBe('Ana Vel of the Tarn council');
  });
  it('reads a medium’s name the article gives a person as that person', () => {
    const text =
      'Michael Bloomberg spoke in Tarn on Monday. “I built a business in Tarn and I did not start it with a check from my father,” Bloomberg said.';
    expect(partyOf(text, /business in Tarn/)).toBe('Bloomberg');
    expect(partyOf('From CNN: Tarn bonds fell three percent on Monday in Pella, Bloomberg said.', /bonds fell/)).toBeNull();
  });
  it('names a person given by surname alone as the article first named them', () => {
    const text =
      'Heavy rain will reach the Tarn valley on Monday, according to Tarn Radio meteorologist Ana Vel. The rain over Tarn will ease by Tuesday afternoon, added Vel. The Tarn dam held on Sunday, Mr. Vel said, quoting Tarn officials.';
    expect(partyOf(text, /ease by Tuesday/)).toBe('Tarn Radio meteorologist Ana Vel');
    // A title is no first name, nor is a word like "What"; another Vel is not this one.
    const other =
      'What Vel said of the Tarn dam was wrong, Tarn officials said on Monday. The Tarn dam held on Sunday, Vel said.';
    expect(partyOf(other, /held on Sunday/)).toBe('Vel');
    const titled = 'The Tarn dam held on Sunday after the storm, Sgt Vel said. The Tarn bridge will reopen in May, Vel added.';
    expect(partyOf(titled, /bridge will reopen/)).toBe('Vel');
  });
});
