// Unit tests for a headline's stance toward a claim (lib/claims/headline/headline-stance.ts), on headlines written for these
// tests about an invented town (Tarn) and country (Pellia).
import { describe, expect, it } from 'vitest';
import { claimCues, headlineStance, textStance } from '../../../lib/claims/headline/headline-stance';

describe('what a negation bears on', () => {
  it('reaches past a preposition to the claim’s own terms', () => {
    const claim = 'Bodies found in a Tarn grave are those of the missing students';
    expect(headlineStance(claim, 'Missing students not among 12 bodies found in Tarn grave')).toBe('against');
  });
  it('counts content words, so auxiliaries do not use up its reach', () => {
    expect(
      headlineStance(
        'The mayor of Tarn rode in a golden carriage',
        'Sadly The Mayor Has Not Been Riding Round In A Golden Carriage',
      ),
    ).toBe('against');
  });
  it('stops at a comma and at a wh- word', () => {
    expect(
      headlineStance('The mayor of Tarn had knee surgery', 'Mayor of Tarn not missing, just recovering from knee surgery'),
    ).not.toBe('against');
    expect(
      headlineStance('A Tarn baker’s van was seen in Pellia', 'Tarn baker has no idea how his van ended up in Pellia'),
    ).not.toBe('against');
  });
  it('reads advice as its own clause only', () => {
    expect(textStance("Don't cross the Tarn bridge after the flood").negated).toBe(false);
    expect(headlineStance('The Tarn bridge is closed', "Don't panic, the Tarn bridge is not closed")).toBe('against');
  });
  it('does not count a negation the claim itself makes', () => {
    expect(headlineStance('The Tarn bridge will not reopen', 'Tarn bridge will not reopen this year')).not.toBe('against');
  });
});

describe('doubt, tricks and retractions', () => {
  it('reads cast doubt, a yes/no hoax question, a retraction and a trick as against', () => {
    const claim = 'A meteorite landed near Tarn';
    expect(headlineStance(claim, 'Experts cast doubt on Tarn meteorite claim')).toBe('against');
    expect(headlineStance(claim, 'Was the Tarn meteorite video all a hoax?')).toBe('against');
    expect(headlineStance(claim, 'Tarn Gazette pulls story about meteorite landing')).toBe('against');
    expect(headlineStance(claim, 'Someone trolled Twitter into thinking a meteorite hit Tarn')).toBe('against');
    expect(headlineStance(claim, 'The Tarn meteorite is not a thing')).toBe('against');
  });
  it('reads a dismissed rumour, a staged-video question and a duping question as against', () => {
    const claim = 'The mayor of Tarn’s car was stolen';
    expect(headlineStance(claim, 'Stolen Tarn car rumor put to rest')).toBe('against');
    expect(headlineStance(claim, 'Tarn mayor makes fun of stolen car rumor')).toBe('against');
    expect(headlineStance(claim, 'Did the Tarn mayor stage the theft of his car?')).toBe('against');
    expect(headlineStance(claim, 'How did a fake Pellian site dupe three papers?')).toBe('against');
  });
  it('reads "is safe" against a claim of harm, and only with a copula', () => {
    expect(
      headlineStance('A Tarn aid worker was kidnapped in Pellia', 'Tarn aid worker kidnapped in Pellia says she is safe'),
    ).toBe('against');
    expect(headlineStance('The mayor of Tarn’s car was stolen', 'Police say the Tarn mayor’s car is safe')).toBe('against');
    expect(
      headlineStance('A Tarn aid worker wore a mask on the plane', 'Tarn aid worker plays it safe with a mask on the plane'),
    ).not.toBe('against');
    expect(headlineStance('The Tarn bridge reopened', 'Tarn bridge reopened and is safe, engineers say')).not.toBe('against');
  });
  it('reads "is alive" against a claimed death only', () => {
    expect(headlineStance('The mayor of Tarn died', 'Tarn mayor is alive, family says')).toBe('against');
    expect(
      headlineStance('A Tarn aid worker was kidnapped in Pellia', 'Kidnapped Tarn aid worker is alive in new video'),
    ).not.toBe('against');
  });
  it('reads trick words as verbs only', () => {
    expect(headlineStance('A Tarn punk band played in Pellia', 'Tarn punk band played in Pellia')).toBe('for');
  });
  it('hears a negated "arrested" against a claimed detention', () => {
    expect(headlineStance('The mayor of Tarn was detained in Pellia', 'Pellia says Tarn mayor has not been arrested')).toBe(
      'against',
    );
  });
  it('reads a story said not to be happening, or all a prank, as against', () => {
    const claim = 'A Tarn bakery is launching a pickle doughnut';
    expect(headlineStance(claim, 'The pickle doughnut is not happening')).toBe('against');
    expect(headlineStance(claim, 'Pickle doughnuts, and 5 other flavors that aren’t happening')).toBe('against');
    expect(headlineStance(claim, 'Not coming to a bakery near you: the pickle doughnut')).toBe('against');
    expect(headlineStance(claim, 'The pickle doughnut is a figment of your imagination')).toBe('against');
    expect(headlineStance(claim, 'Pickle doughnut launch never happened')).toBe('against');
    expect(headlineStance(claim, 'Tarn bakery shuts down rumors of a pickle doughnut')).toBe('against');
    expect(headlineStance('Someone painted a mural on the Tarn bridge', 'Tarn bridge mural was just for a prank video')).toBe(
      'against',
    );
    expect(
      headlineStance('Someone painted a mural on the Tarn bridge', 'Tarn bridge mural? Viral photo isn’t what it seems'),
    ).toBe('against');
    expect(headlineStance('The Tarn festival will not take place', 'Tarn festival is not happening this year')).not.toBe(
      'against',
    );
  });
  it('does not read a reason given with "for" and a gerund as the headline’s stance', () => {
    const claim = 'A Tarn bank got a man fired after he complained';
    expect(headlineStance(claim, 'Tarn bank got him fired for contesting bogus charges')).not.toBe('against');
    expect(headlineStance(claim, 'Tarn bank denies getting man fired for complaining')).toBe('against');
  });
  it('does not read a question about a topic as doubt', () => {
    expect(headlineStance('A meteorite landed near Tarn', 'Tarn meteorite or hoax? New photos spark debate')).toBe('observing');
  });
  it('reads a headline’s doubt as for a claim that itself doubts', () => {
    const claim = 'A Pellian paper ran a report that questions the official account of the Tarn fire';
    expect(headlineStance(claim, 'Doubts raised over official account of Tarn fire')).not.toBe('against');
  });
});

describe('stating a claim against reporting it', () => {
  const claim = 'The Tarn bridge was closed after the flood';
  it('reads a plain statement as for', () => {
    expect(headlineStance(claim, 'Tarn bridge closed after flood')).toBe('for');
    expect(headlineStance(claim, 'Tarn bridge closed after flood, mayor confirms')).toBe('for');
  });
  it('reads rumours, reports, beliefs, forecasts and questions as observing', () => {
    expect(headlineStance(claim, 'Rumors of Tarn bridge closure spread after flood')).toBe('observing');
    expect(headlineStance(claim, 'Report claims Tarn bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'People in Pellia think the Tarn bridge closed')).toBe('observing');
    expect(headlineStance(claim, 'Analyst predicts Tarn bridge will close after flood')).toBe('observing');
    expect(headlineStance(claim, 'Is this the end for Tarn? Bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'Confusion as Tarn bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'Senator: Tarn bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'Former Tarn resident: bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'Council, agent: Tarn bridge closed after flood')).toBe('observing');
    expect(headlineStance(claim, 'Driver: I saw the Tarn bridge closed after the flood')).toBe('observing');
    expect(headlineStance(claim, 'Flood: Tarn bridge closed')).toBe('for');
  });
  it('reads a statement on someone\'s word ("…, officials say") as observing', () => {
    expect(headlineStance(claim, 'Tarn bridge closed after flood, officials say')).toBe('observing');
    expect(headlineStance(claim, 'Mayor Says Tarn Bridge Closed After Flood')).toBe('observing');
    expect(headlineStance(claim, 'Tarn bridge closed after flood, mayor said')).toBe('observing');
  });
  it('reads "<speaker> claims" as for when the claim is about what the speaker said', () => {
    const cues = claimCues('The mayor of Tarn said the bridge is unsafe');
    expect(cues.speech).toBe(true);
    expect(headlineStance(cues, 'Tarn mayor claims bridge is unsafe')).toBe('for');
    expect(headlineStance(cues, 'Tarn mayor says bridge is unsafe')).toBe('for');
  });
});
