// Unit tests for polarity.ts and the status rules built on it: one denial reported by two outlets is agreement, a
// denial of something else or a refusal is no contest, and a denial of the claim itself still disputes it. What reads as
// a denial and is none: "not … until", "rejected it", "deny <thing> to <someone>", "despite concerns".
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../lib/claims/extract/attribution';
import { splitClauses } from '../../../lib/claims/extract/clauses';
import { carriesDenial, deniedPart, denialScopeTerms, negationSubject } from '../../../lib/claims/extract/polarity';
import { passiveRefusal, withholds } from '../../../lib/claims/extract/refusal';
import { proposition } from '../../../lib/claims/extract/proposition';
import { stanceOf } from '../../../lib/claims/extract/stance';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import { unpackClaims } from '../../../lib/claims/extract/stored-claim';
import { article } from './cases';

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
    const t = scopeOf(
      'Most of the crew were Pellian sailors, but the Pellian navy denies any role in the collision and says so.',
    );
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
    const r = analyse(
      'The Tarn Port Authority issued a statement saying that its harbour fees had not changed this year and refuting the story.',
      [
        [
          'Wire Monitor',
          'Tarn Port Authority chief Ana Vel called the story "misleading", saying "the harbour fees have not changed this year."',
        ],
      ],
    );
    const c = r.claims.find((x) => /harbour fees/.test(x.text))!;
    expect(c.status).not.toBe('disputed');
  });
  it('does not dispute a claim with a denial of something else in the same sentence', () => {
    const r = analyse('Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors.', [
      [
        'Wire Monitor',
        'Twelve of the fourteen crew members of the Tarn ferry were Pellian sailors, but the Pellian navy denies any role in the collision.',
      ],
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
    const r = analyse(
      'Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records. Ostrovic has maintained that he had no knowledge of the scheme.',
      [
        [
          'Wire Monitor',
          'Campaign lawyer Mark Vel said the campaign of Tarn mayor Ivo Ostrovic had received subpoenas for its records on Friday.',
        ],
      ],
    );
    const c = r.claims.find((x) => /subpoenas/.test(x.text))!;
    expect(c.status).not.toBe('disputed');
    expect(c.contestedBy ?? []).toEqual([]);
  });
});

describe('what reads as a denial and is none', () => {
  it('reads "not … until" and "not … unless" as a condition, not a negation', () => {
    expect(proposition('The union will not negotiate with the mayor until the port reopens.').negated).toBe(false);
    expect(proposition('The union will not sign unless the port reopens.').negated).toBe(false);
    expect(proposition('The union will not negotiate with the mayor.').negated).toBe(true);
  });
  it('reads "It\'s not …, but …" as a correction that asserts what follows "but"', () => {
    expect(proposition('It’s not market day, but the Tarn council has opened the new bridge.').negated).toBe(false);
    expect(proposition('It ’ s not market day, but the Tarn council has opened the new bridge.').negated).toBe(false);
    expect(proposition('This isn’t a drill, but the Tarn council has not opened the bridge.').negated).toBe(true);
    expect(proposition('The Tarn council did not open the bridge, but it opened the road.').negated).toBe(true);
  });
  it('reads a pronoun after "rejected" as no claim, a claim noun or a that-clause as one', () => {
    expect(attribute('Mayor Ivo Ostrovic rejected it before the vote.').kind).not.toBe('deny');
    expect(attribute('Mayor Ivo Ostrovic rejected that notion.').kind).toBe('deny');
    expect(attribute('Mayor Ivo Ostrovic rejected claims that the vote was rigged.').kind).toBe('deny');
  });
  it('reads something a rule could deny to someone as withheld, a refusal only where asked', () => {
    expect(withholds('deny', ['berths', 'to', 'pellian', 'ferries'], 'could', false)).toBe(true);
    expect(withholds('denies', ['truce', 'to', 'release', 'the', 'sailors'], 'militia', false)).toBe(false);
    expect(withholds('denied', ['bail'], 'was', true)).toBe(true);
    expect(withholds('denies', ['plans', 'to', 'open', 'a', 'port'], 'pellia', false)).toBe(false);
    expect(withholds('deny', ['the', 'claims', 'to', 'reporters'], 'would', false)).toBe(false);
    expect(withholds('deny', ['it', 'to', 'be', 'true'], 'would', false)).toBe(false);
  });
  it('takes "despite" as a contest only of something said', () => {
    expect(
      splitClauses('Despite concerns about the flooding, Ana Vel warned that it is premature to close the port.')[0]!.contrast,
    ).toBe(false);
    expect(
      splitClauses('Despite the declarations from Pellia, the Ostrian army said it still holds the bridge.')[0]!.contrast,
    ).toBe(true);
  });
  it('denies the conclusion of an argument, not the reason given for it', () => {
    const text =
      'They argued that the judge could not be impartial because his brother, a port official, was fired by the mayor.';
    const part = deniedPart(text, proposition(text).terms);
    expect(part).toContain('imparti');
    expect(part).not.toContain('brother');
  });
});

describe('status with what is no denial', () => {
  it('does not dispute a negotiation put off until a reopening', () => {
    const r = analyse(
      'Tarn dockworkers insist they will not negotiate with the port authority over wages until the harbour reopens.',
      [
        [
          'Wire Monitor',
          'Union leader Ana Vel said negotiation with the port authority over wages can proceed once the harbour reopens.',
        ],
        [
          'Ostria Post',
          'Union leader Ana Vel said a real negotiation with the port authority over wages can start after the harbour reopens.',
        ],
      ],
    );
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
  it('does not dispute a plan that would deny something to someone', () => {
    const r = analyse(
      'The Tarn council on Friday approved a plan that could deny harbour berths to Pellian ferries that skip inspections.',
      [
        [
          'Wire Monitor',
          'The Tarn council on Friday approved a plan that would bar Pellian ferries that skip inspections from harbour berths.',
        ],
      ],
    );
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
  it('does not dispute a report when one outlet tells the same falsity and another says nothing of it', () => {
    const r = analyse(
      "Tarn councillors voted on Wednesday to remove Ana Vel from her post for her rebuttals of the mayor's false claims that the harbour vote was rigged.",
      [
        [
          'Wire Monitor',
          "In a bow to the mayor, Tarn councillors voted Wednesday to remove Ana Vel from her post, punishing her for daring to refute the mayor's lie that the harbour vote was rigged.",
        ],
        [
          'Ostria Post',
          'Tarn councillors on Wednesday removed Ana Vel from her post and set the stage for a successor less keen on challenging the mayor.',
        ],
      ],
    );
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
  it('does not let a denial of an argument dispute the facts given as its reason', () => {
    const r = analyse(
      'They argued that the judge could not be impartial because his brother, a port official, was fired by the mayor of Tarn. The judge rejected that notion.',
      [['Wire Monitor', "The judge's brother, a port official, was fired by the mayor of Tarn in 2019, records show."]],
    );
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
});

describe('more readings that deny nothing', () => {
  it('reads "not only", "has not confirmed" and "did not immediately respond" as no negation', () => {
    expect(proposition('The 11th of September not only marks the anniversary of the Tarn attack.').negated).toBe(false);
    expect(proposition('The ministry has not confirmed the death of the Pellian commander.').negated).toBe(false);
    expect(proposition('The port authority did not immediately respond to a request for comment.').negated).toBe(false);
    expect(proposition('The death has not yet been independently confirmed.').negated).toBe(false);
    expect(proposition('The bridge did not immediately collapse.').negated).toBe(true);
    expect(proposition('The mayor did not say the bridge had been destroyed.').negated).toBe(true);
  });
  it('reads "has not released any official statement" as saying nothing, not as a denial', () => {
    expect(proposition('The studio has not released any official statement on the early release date of the film.').negated).toBe(
      false,
    );
    expect(proposition('The port authority has not issued a formal response to the report.').negated).toBe(false);
    expect(proposition('The studio has not released the film in Tarn.').negated).toBe(true);
  });
  it('reads "the satirical magazine" as what the magazine is, "a satirical news site" as branding the story', () => {
    expect(
      stanceOf(
        null,
        null,
        'Twelve people were killed in an attack on the satirical magazine Tarn Weekly on Wednesday.',
        false,
        true,
      ),
    ).toBe('asserts');
    expect(
      stanceOf(null, null, 'The story of the Tarn bridge collapse first appeared on a satirical news site.', false, true),
    ).toBe('denies');
  });
  it('reads a verb of faking before its object, determiner and all, as content', () => {
    expect(
      stanceOf(
        null,
        null,
        'The Tarn coach said he believes Pell was faking the back injury he cited in withdrawing.',
        false,
        true,
      ),
    ).toBe('asserts');
    expect(stanceOf(null, null, 'The Tarn Post faked the story about the bridge collapse.', false, true)).toBe('denies');
  });
  it('reads not being seen over a stretch of time as an observation, a span on another verb as negated', () => {
    expect(proposition('The Pellian leader had not been seen in public in a year.').negated).toBe(false);
    expect(proposition('The governor of Tarn has not appeared in public since Sept. 3.').negated).toBe(false);
    expect(proposition('It was the first time in three years the mayor had not attended the Tarn parade.').negated).toBe(false);
    expect(proposition('The Pellian leader was not seen at the Tarn parade.').negated).toBe(true);
    expect(proposition('The Tarn bridge did not close for several days.').negated).toBe(true);
  });
  it('negates what follows "no sign that" or "no evidence of", not the sign', () => {
    expect(proposition('There is no sign that Tarn Burgers will sell marijuana.').negatedTerm).toBe('tarn');
    expect(proposition('There is no evidence of wrongdoing by the mayor.').negatedTerm).toBe('wrongdo');
  });
  it('ends a negation at a goal verb', () => {
    expect(proposition('The agencies must be consulted to ensure the dredging did not harm the fish.').negated).toBe(false);
  });
  it('finds the subject a negation is said of', () => {
    expect(negationSubject('Unlike stars Ana Vel and Ivo Ostrovic, Mark Lenz is not signed for a sequel.')).toEqual([
      'mark',
      'lenz',
    ]);
    expect(negationSubject('No-one was injured in the fire.')).toEqual([]);
  });
  it('reads a rebuffed person as refused, rebuffed claims as denied', () => {
    const ws = (t: string) => t.toLowerCase().split(' ');
    expect(passiveRefusal(ws('mr. lenz a retired general was rebuffed'), 6)).toBe(true);
    expect(passiveRefusal(ws('the claims were rebuffed'), 3)).toBe(false);
  });
  it('reads a refused passive as no denial, a denied statement as one', () => {
    const ws = (t: string) => t.toLowerCase().split(' ');
    expect(passiveRefusal(ws('a professor whose tenure had been denied'), 6)).toBe(true);
    expect(passiveRefusal(ws('the allegations were denied'), 3)).toBe(false);
    expect(passiveRefusal(ws('it was denied'), 2)).toBe(false);
    expect(withholds('denied', ['bail'], 'been', false)).toBe(true);
    expect(withholds('denied', ['a', 'nichols', 'offer', 'a', 'year', 'ago'], 'he', false)).toBe(true);
    expect(withholds('deny', ['the', 'sailors', 'their', 'rights'], 'to', false)).toBe(true);
  });
  it('scopes a short verb object to itself, an adjective to what it brands', () => {
    const scopeOf = (text: string) => denialScopeTerms(text, proposition(text).terms);
    expect(scopeOf('The Tarn boss, feigning mental illness, died on Monday.')).toEqual(['mental', 'ill']);
    expect(scopeOf('The bogus report read: the Tarn bridge will close for six days in December.')).toContain('bridg');
  });
  it('reads a debunk with a typographic apostrophe', () => {
    const [c] = extractClaims(
      article('d', 'An article saying the Tarn bridge will close in December isn’t real.', 'Wire Monitor'),
    );
    expect(c?.t).toBe('d');
  });
  it('reads "made up" as a debunk only of a story, not as "formed"', () => {
    const stance = (t: string) => extractClaims(article('m', t, 'Wire Monitor'))[0]?.t;
    expect(stance('Ana Vel and Ivo Ostrovic made up the Tarn Gazette’s investigative duo in 1972.')).not.toBe('d');
    expect(stance('Tarn Gazette reporter Ivo Lenz made it all up about the Pellian bridge collapse, the paper said.')).toBe('d');
  });
  it('reads "insisted on" as a demand, "insisted that" as a contest', () => {
    expect(attribute('Ana Vel insisted on remaining anonymous until 2005.').kind).toBe(null);
    expect(attribute('Ana Vel insisted that the bridge still stands.').kind).toBe('contest');
  });
});

describe('status: a negation said of another subject or of something else', () => {
  it('does not dispute a claim about others with a negation about someone else', () => {
    const r = analyse('The three leads Ana Vel, Ivo Ostrovic and Mark Lenz are already signed on to appear in the sequel.', [
      ['Wire Monitor', 'Unlike stars Ana Vel, Ivo Ostrovic and Mark Lenz, Tom Ross is not signed for a sequel.'],
      ['Ostria Post', 'Stars Ana Vel, Ivo Ostrovic and Mark Lenz are signed on for the rest of the films in the series.'],
    ]);
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
  it('does not read a plain statement in a mostly negated group as a denial unless it affirms what they negate', () => {
    const r = analyse('No-one was injured in the fire at the Tarn market, which police are treating as suspicious.', [
      ['Wire Monitor', 'Nobody is believed to have been injured in the fire at the Tarn market.'],
      ['Ostria Post', 'A statement from Tarn police said the fire at the Tarn market was being treated as suspicious.'],
    ]);
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });
  it('still disputes a claim that a negation of the same subject denies', () => {
    const r = analyse('Pellian troops destroyed the Tarn bridge on Monday, the Pellian army said.', [
      ['Ostria Post', 'The Tarn bridge was not destroyed by Pellian troops on Monday, Ostrian officials said.'],
      ['Wire Monitor', 'The Pellian army said its troops destroyed the Tarn bridge on Monday.'],
    ]);
    expect(r.claims.some((c) => c.status === 'disputed')).toBe(true);
  });
});

describe('what the accused denies, and what someone faked', () => {
  it("does not dispute a step of a prosecution with the accused's denial or plea", () => {
    const charged = analyse('A man has been charged with arson after a fire at the Tarn harbour warehouse on Sunday.', [
      ['Wire Monitor', 'A man has denied arson following a fire at a Tarn harbour warehouse early on Sunday.'],
      ['Ostria Post', 'Ivo Lenz, 24, was charged with arson following the fire at the Tarn harbour warehouse at the weekend.'],
    ]);
    expect(charged.claims.filter((c) => c.status === 'disputed')).toEqual([]);
    const verdict = analyse(
      'A Tarn man was found guilty of two counts of murder on Thursday in the 2019 shooting death of a Lessa woman.',
      [['Wire Monitor', 'A Tarn man has pleaded not guilty to two counts of murder in the shooting death of a Lessa woman.']],
    );
    expect(verdict.claims.filter((c) => c.status === 'disputed')).toEqual([]);
    // A denial of the step itself still disputes it.
    const arrest = analyse('Tarn police arrested the harbour master on Sunday over the warehouse fire.', [
      ['Wire Monitor', 'Tarn police denied that they had arrested the harbour master over the warehouse fire.'],
    ]);
    expect(arrest.claims.some((c) => c.status === 'disputed')).toBe(true);
  });
  it('ends what a denial denies where its circumstances begin', () => {
    expect(denialScopeTerms('arson following a fire at a Tarn warehouse', ['arson', 'fire', 'tarn', 'warehous'])).toEqual([
      'arson',
    ]);
    expect(denialScopeTerms('Ostria denied the attack after a long silence.', ['ostria', 'attack', 'long', 'silenc'])).toEqual([
      'attack',
    ]);
  });
  it("reads a verb of faking before what was faked as the story's content, not a denial", () => {
    const r = analyse('Ivo Lenz, who feigned mental illness for decades to avoid trial, died on Monday in a Tarn prison.', [
      [
        'Wire Monitor',
        'He was known as the Oddfather for faking mental illness to beat raps Mob boss Ivo Lenz, the Tarn mafioso who avoided trial for decades, died Monday in prison.',
      ],
      [
        'Ostria Post',
        'Ivo Lenz, the Tarn mafioso who avoided trial for decades with his show of mental illness, died in prison on Monday.',
      ],
    ]);
    expect(r.claims.filter((c) => c.status === 'disputed')).toEqual([]);
    // Faking with no object after it still brands: "the photos were faked".
    expect(
      unpackClaims(
        extractClaims(article('f', 'The photos of the Tarn harbour fire shared on Monday were faked.', 'Wire Monitor')),
      )[0]?.stance,
    ).toBe('denies');
  });
});

describe('page code in a text', () => {
  it('is no claim', () => {
    expect(
      extractClaims(
        article(
          'g',
          '<!-- google_ad_client = "pub-660"; google_ad_width = 468; google_ad_height = 60; --> Tarn Mayor Ana Vel opened the bridge on Monday.',
          'Wire Monitor',
        ),
      ).map((c) => c.s ?? ''),
    ).not.toContainEqual(expect.stringMatching(/google_ad/));
  });
});
