// The match decision (lib/match/calibrate.ts, lib/match/rank.ts): date nearness, the runner-up margin, the
// query's leading names, and candidate retrieval that skips very long postings lists and unknown terms.
import { describe, expect, it } from 'vitest';
import { DECISION_THRESHOLD, matchConfidence, type DecisionInput } from '../../../lib/match/calibrate';
import { dayWindow, eventScore, probeTerms } from '../../../lib/match/rank';
import { dayTable } from '../../../lib/index/build';
import { decodeDays, encodeDays } from '../../../lib/index/format';
import {
  headCoverage,
  lateness,
  mentions,
  nearness,
  profileOf,
  titleNames,
  type Similarity,
} from '../../../lib/index/similarity';

const base: DecisionInput = {
  score: 0.6,
  cos: 0.3,
  ent: 0.4,
  title: 0.3,
  late: 0,
  nums: 0,
  near: 1,
  dated: true,
  support: 0.3,
  margin: 0.3,
  cover: 1,
  peer: 0.4,
  unnamed: 0,
  dateOnly: false,
};

describe('nearness', () => {
  it('is 1 the same day, falls with the gap, and is 0 when a date is unknown', () => {
    expect(nearness(0)).toBe(1);
    expect(nearness(1)).toBe(0.5);
    expect(nearness(6)).toBeLessThan(nearness(2));
    expect(nearness(null)).toBe(0);
    expect(lateness(2)).toBe(0);
  });
});

describe('matchConfidence', () => {
  it('rises with the margin over the runner-up and with date nearness', () => {
    expect(matchConfidence({ ...base, margin: 0.5 })).toBeGreaterThan(matchConfidence({ ...base, margin: 0 }));
    expect(matchConfidence({ ...base, near: 1 })).toBeGreaterThan(matchConfidence({ ...base, near: 0.2 }));
  });
  it('abstains on a weak look-alike a week off, matches a strong same-day event', () => {
    const weak = { ...base, score: 0.2, cos: 0.08, ent: 0.1, title: 0, near: 1 / 8, margin: 0.01, support: 0 };
    expect(matchConfidence(weak)).toBeLessThan(DECISION_THRESHOLD);
    expect(matchConfidence({ ...base, score: 1, cos: 0.5, ent: 0.6, margin: 0.5 })).toBeGreaterThan(0.9);
  });
  it('never matches an event found by its date alone, however it scores', () => {
    expect(matchConfidence({ ...base, score: 1, cos: 0.5, ent: 0.6, margin: 0.5, dateOnly: true })).toBe(0);
  });
});

describe('the day table', () => {
  // Ordinals 0-1 on day 100, 2-4 on day 101, 5 on day 104, 6-7 undated.
  const days = [100, 100, 101, 101, 101, 104, null, null];
  const table = dayTable(days);
  it('gives each day its first ordinal and closes the last run at the dated count', () => {
    expect(table).toEqual([100, 0, 101, 2, 104, 5, 105, 6]);
    expect(dayTable([null, null])).toEqual([]);
  });
  it('survives its text encoding, negative days included', () => {
    expect([...decodeDays(encodeDays(table))]).toEqual(table);
    expect([...decodeDays(encodeDays([-5, 0, 3, 7]))]).toEqual([-5, 0, 3, 7]);
    expect(decodeDays('').length).toBe(0);
  });
  it('finds the ordinals of a window of days, never the undated ones', () => {
    expect(dayWindow(table, 101, 0)).toEqual([2, 5]);
    expect(dayWindow(table, 100, 1)).toEqual([0, 5]);
    expect(dayWindow(table, 103, 1)).toEqual([5, 6]);
    expect(dayWindow(table, 102, 0)).toEqual([5, 5]);
    expect(dayWindow(table, 90, 3)).toEqual([0, 0]);
    expect(dayWindow(table, 200, 3)).toEqual([6, 6]);
  });
});

describe('eventScore', () => {
  const sim = (score: number): Similarity => ({
    score,
    cos: score / 2,
    ent: 0,
    nums: 0,
    gap: 0,
    late: 0,
    near: 1,
    title: 0,
    sharedTerms: [],
    sharedEntities: [],
  });
  it('reads an event partly by its second member: two agreeing reports beat one lucky lookalike (AllSides 6072:3)', () => {
    // Same best member; the event whose second member also fits ranks first.
    expect(eventScore(sim(0.95), sim(0.68))).toBeGreaterThan(eventScore(sim(0.95), sim(0.4)));
    // A slightly better best member does not outweigh a much weaker second one.
    expect(eventScore(sim(0.77), sim(0.74))).toBeGreaterThan(eventScore(sim(0.8), sim(0.5)));
  });
  it("leaves a single-member event at its member's score plus nearness", () => {
    expect(eventScore(sim(0.6), null)).toBeCloseTo(0.6 + eventScore(sim(0), null));
  });
});

describe('probeTerms', () => {
  const vec = new Map(Array.from({ length: 20 }, (_, i) => [`t${i}`, 1 - i / 40] as [string, number]));
  it('skips terms whose postings cover more than 1% of a large index while enough others remain', () => {
    const df = (t: string) => (t === 't0' || t === 't3' ? 50_000 : 10);
    const got = probeTerms(vec, df, 100_000).map(([t]) => t);
    expect(got).not.toContain('t0');
    expect(got).not.toContain('t3');
    expect(got).toHaveLength(18);
  });
  it('reads long lists after all when the query has too few other terms', () => {
    const got = probeTerms(vec, () => 50_000, 100_000).map(([t]) => t);
    expect(got).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
  });
  it('keeps every term on a small index, the light ones too (AllSides 5897:3 found its event only through them)', () => {
    expect(probeTerms(vec, () => 400, 500)).toHaveLength(20);
  });
  it('passes over terms the index does not hold: they have no postings to read', () => {
    const got = probeTerms(vec, (t) => (['t0', 't1', 't2'].includes(t) ? undefined : 10), 500).map(([t]) => t);
    expect(got.slice(0, 2)).toEqual(['t3', 't4']);
    expect(got).toHaveLength(17);
  });
});

describe('headCoverage', () => {
  const prof = (entities: string[], terms: string[] = [], title = '') =>
    profileOf(new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)])), entities, [], null, '', title);
  const query = prof(['waitrose', 'wellington', 'somerset', 'surrey police']);
  it("is the share of the query's three leading names the other article names", () => {
    expect(headCoverage(query, prof(['waitrose', 'banstead', 'surrey']))).toBeCloseTo(1 / 3);
    expect(headCoverage(query, prof(['waitrose', 'wellington', 'somerset']))).toBe(1);
    expect(headCoverage(query, prof(['tesco']))).toBe(0);
  });
  it('finds a name among content terms and headline words too, and is neutral when the query names nobody', () => {
    expect(headCoverage(query, prof(['waitrose'], ['wellington'], 'Fire in Somerset'))).toBe(1);
    expect(headCoverage(prof([]), prof(['tesco']))).toBe(1);
  });
});

describe('the decision with and without dates', () => {
  it('reads the same evidence with a separate model when the dates are unknown', () => {
    const undated = { ...base, dated: false, near: 0, late: 0 };
    expect(matchConfidence(undated)).not.toBe(matchConfidence(base));
    expect(matchConfidence({ ...undated, score: 1, cos: 0.6, ent: 0.6, support: 0.5 })).toBeGreaterThan(matchConfidence(undated));
  });
  it("trusts an undated match less when the event's own members are far more alike than the query is to them", () => {
    const undated = { ...base, dated: false, near: 0, late: 0 };
    expect(matchConfidence({ ...undated, peer: 0.8 })).toBeLessThan(matchConfidence({ ...undated, peer: 0.2 }));
  });
});

describe('titleNames', () => {
  it('keeps capitalised headline words after the first, folded, without stopwords', () => {
    expect(titleNames('Fire at Waitrose in Wellington.')).toEqual(['waitrose', 'wellington']);
    expect(titleNames('Colts Beat Chiefs 20 - 13 To Clinch Playoff Berth')).toEqual([
      'beat',
      'chiefs',
      'clinch',
      'playoff',
      'berth',
    ]);
  });
  it('says nothing for an all-capitals headline', () => {
    expect(titleNames('COLTS TOP CHIEFS, 20 - 13, REACH PLAYOFFS.')).toEqual([]);
  });
  it('is checked against what another article mentions', () => {
    const other = profileOf(new Map([['supermarket', 1]]), ['waitrose', 'banstead'], [], null, '', 'Fire destroys store');
    expect(mentions(other, 'waitrose')).toBe(true);
    expect(mentions(other, 'supermarkets')).toBe(true);
    expect(mentions(other, 'wellington')).toBe(false);
  });
});
