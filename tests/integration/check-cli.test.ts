// The `check --json` command end to end: build-index on four seed files, check the fifth, one JSON line per article.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../lib/node/paths';
import type { Report } from '../../lib/types';

const cli = (args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('check CLI', () => {
  it('prints one report per article, in input order, with input names', () => {
    const dir = sharedPath('seeds');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-')), 'seeds.json.gz');
    cli(['build-index', ...files.filter((f) => !f.startsWith('003')).map((f) => join(dir, f)), '--out', out]);
    const again = join(out, '..', 'again.json.gz');
    cli(['build-index', ...files.filter((f) => !f.startsWith('003')).map((f) => join(dir, f)), '--out', again]);
    expect(execFileSync('cmp', [out, again]).length).toBe(0);

    const lines = cli([
      'check',
      '--json',
      '--index',
      out,
      join(
        dir,
        files.find((f) => f.startsWith('003'))!,
      ),
      join(
        dir,
        files.find((f) => f.startsWith('004'))!,
      ),
    ])
      .trim()
      .split('\n');
    const reports = lines.map((l) => JSON.parse(l) as Report);
    expect(reports).toHaveLength(2);
    expect(reports[0]!.input).toMatch(/^003_/);
    expect(reports[0]!.match.status).toBe('matched');
    expect(reports[1]!.input).toMatch(/^004_/);
    // 004 is in the index: matched to its own event, and never listed as its own coverage.
    expect(reports[1]!.coverage.every((c) => !c.id.startsWith('004_'))).toBe(true);
  }, 120_000);

  it('says which index it looked for when it is missing', () => {
    let message = '';
    try {
      cli(['check', '--index', '/nonexistent/index.json', join(sharedPath('seeds'), 'README.md')]);
    } catch (err) {
      message = String((err as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/index not found: \/nonexistent\/index\.json/);
  });
});
