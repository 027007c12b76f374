// Rule-read stance features: the headline-stance rules reading a body's lead and restating sentences.
import { describe, expect, it } from 'vitest';
import { bucket } from '../../../lib/stance/hash.js';
import { prepare } from '../../../lib/stance/prepare.js';
import { addRuleFeatures, mayContest } from '../../../lib/stance/rule-features.js';
import { SparseBuilder } from '../../../lib/stance/sparse.js';

const SIZE = 1 << 16;

/** The rule features of a pair, by name (key sentences: every sentence after the lead, as the caller would pass). */
function features(headline: string, body: string): (name: string) => number {
  const f = new SparseBuilder(SIZE);
  const b = prepare(body);
  addRuleFeatures(f, prepare(headline), b, new Set([...Array(b.sentenceCount).keys()]));
  const v = f.build();
  return (name) => {
    const at = v.index.indexOf(bucket(name, SIZE));
    return at < 0 ? 0 : v.value[at]!;
  };
}

const debunking = 'Police say the video of a man jumping off the bridge is a hoax. The clip was shared thousands of times.';
const reporting = 'A man jumped off the bridge on Monday, police said. He swam to the shore and walked away.';

describe('mayContest', () => {
  it('passes sentences with a falsity word, a negator or a denial verb, and skips plain reports', () => {
    const p = prepare(`${debunking} The mayor denied the report. He did not jump. ${reporting}`);
    expect([0, 1, 2, 3, 4, 5].map((i) => mayContest(p, i))).toEqual([true, false, true, true, false, false]);
  });
});

describe('addRuleFeatures', () => {
  it('reads a lead that calls the story a hoax as against a headline that states it', () => {
    const f = features('Man jumps off bridge in viral video', debunking);
    expect(f('u:lead:against')).toBe(1);
    expect(f('u:lead:denies')).toBe(1);
    expect(f('u:against&h=asserts')).toBe(1);
    expect(f('u:against&h=denies')).toBe(0);
  });
  it('crosses the reading with a headline that itself denies (both deny: the body agrees)', () => {
    const f = features('Viral bridge jump video is a hoax', debunking);
    expect(f('u:h=denies')).toBe(1);
    expect(f('u:against&h=denies')).toBe(1);
    expect(f('u:against&h=asserts')).toBe(0);
  });
  it('finds nothing against the claim in a body that reports it', () => {
    const f = features('Man jumps off bridge in viral video', reporting);
    expect(f('u:lead:against')).toBe(0);
    expect(f('u:key:against')).toBe(0);
    expect(f('u:against')).toBe(0);
    expect(f('u:h=asserts')).toBe(1);
  });
  it('sees a body sentence that negates one of the headline terms', () => {
    const f = features('Street artist arrested in London', 'The street artist was not arrested, his agent said on Friday.');
    expect(f('u:negates')).toBe(1);
    expect(f('u:lead:against')).toBe(1);
  });
});
