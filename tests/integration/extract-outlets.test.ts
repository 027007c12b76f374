// The outlet table built from ../shared/data/outlets, and the seed captures' printed outlets resolved through it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCapture } from '../../lib/extract/capture';
import { buildOutletTable } from '../../lib/node/build-outlet-table';
import { sharedPath } from '../../lib/node/paths';
import { applyOutlet } from '../../lib/outlets/apply';
import { findOutletByName, resolveOutlet } from '../../lib/outlets/resolve';

const table = buildOutletTable(sharedPath('data/outlets'));

describe('outlet table', () => {
  it('keeps labelled outlets with their sources, drops score-only domains, stays small', () => {
    const n = Object.keys(table.outlets).length;
    expect(n).toBeGreaterThan(5000);
    expect(n).toBeLessThan(39455);
    expect(JSON.stringify(table).length).toBeLessThan(3_000_000);
    const cnn = resolveOutlet(table, 'https://edition.cnn.com/2025/05/21/europe/x');
    expect(cnn?.name).toBe('CNN');
    expect(cnn?.labels.find((l) => l.kind === 'bias' && l.source === 'mbfc')?.date).toBe('2023/24');
    expect(resolveOutlet(table, 'rt.com')?.labels.some((l) => l.kind === 'state-affiliation')).toBe(true);
  });
  it('resolves printed names: "CNN", "cnn.com", "Russia Today"', () => {
    expect(findOutletByName(table, 'CNN')?.domain).toBe('cnn.com');
    expect(findOutletByName(table, 'cnn.com')?.domain).toBe('cnn.com');
    expect(findOutletByName(table, 'Russia Today')?.domain).toBe('rt.com');
  });
  it('seed captures get table outlets where the table knows them, printed names otherwise', () => {
    const dir = sharedPath('seeds');
    const out = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => extractCapture(readFileSync(`${dir}/${f}`, 'utf8'), f))
      .map((a) => applyOutlet(a, table));
    const by = (prefix: string) => out.filter((a) => a.id.startsWith(prefix));
    expect(by('000').map((a) => a.domain)).toEqual(['rt.com', 'rt.com', 'rt.com', 'rt.com']);
    expect(by('002')[0]).toMatchObject({ outlet: 'CNN', domain: 'cnn.com' });
    expect(by('003')[0]).toMatchObject({ outlet: null, domain: null });
    expect(by('004')[0]!.outlet).toBe('Devdiscourse');
  });
});
