import { describe, expect, it } from 'vitest';
import { seedChecks } from '../unit/claims/seed-checks';
import { seedAnalysis } from '../unit/claims/seed-event';

describe('claims on the seed story (001 read, the other captures as its event)', () => {
  const analysis = seedAnalysis('001');
  for (const check of seedChecks(analysis)) {
    it(check.name, () => {
      expect(check.pass, check.detail).toBe(true);
    });
  }
  it('puts disputed claims first and keeps the report bounded', () => {
    expect(analysis.claims[0]!.status).toBe('disputed');
    expect(analysis.claims.length).toBeLessThanOrEqual(30);
    expect(JSON.stringify(analysis).length).toBeLessThan(40_000);
  });
  it('frames the telling that calls it liberation against the ones reporting a claim, and Kiev against Kyiv', () => {
    const terms = analysis.framing.map((f) => `${f.term}|${f.versus}`);
    expect(terms.some((t) => /^liberat/i.test(t) && /claimed recapture/.test(t))).toBe(true);
    expect(terms).toContain('Kiev|Kyiv');
  });
  it('reading 003 instead also finds the recapture dispute', () => {
    const other = seedChecks(seedAnalysis('003'));
    expect(other[0]!.pass, other[0]!.detail).toBe(true);
  });
});
