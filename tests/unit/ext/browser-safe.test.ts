// The code the extension bundles runs in the browser, where Node's globals and modules do not exist: a `process.env`
// left in lib/claims once made every page check fail in Chromium ("process is not defined") while Node's tests passed.
// Only lib/node and lib/cli (the index builder and the command line) may touch them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(__dirname, '../../../lib');
const NODE_ONLY = new Set(['node', 'cli']);
const NODE_API = /\bprocess\.|\bBuffer\.|\b__dirname\b|\brequire\(|from\s+['"](?:node:|fs['"]|path['"])/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return NODE_ONLY.has(e.name) && dir === LIB ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('browser-bundled code', () => {
  it('touches no Node global or module outside lib/node and lib/cli', () => {
    const offenders = sources(LIB)
      .filter((f) => readFileSync(f, 'utf8').split('\n').some((l) => !/^\s*(?:\/\/|\*)/.test(l) && NODE_API.test(l)))
      .map((f) => relative(LIB, f));
    expect(offenders).toEqual([]);
  });
});
