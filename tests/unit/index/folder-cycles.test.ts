// lib/'s folders must not import each other in a circle (issue 21): the index is built below matching, so the pair
// similarity both share lives in lib/index and lib/match only reads it. A cycle not listed here fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = join(import.meta.dirname, '../../../lib');
/** Folders known to reach each other, left to issue 21's other parts, as "a↔b" with the names sorted. */
const KNOWN = new Set(['ext↔ui']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Folder → folders of lib/ its files import (relative imports only). */
function folderGraph(): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const file of files(lib)) {
    const from = relative(lib, file).split('/')[0]!;
    if (!statSync(join(lib, from)).isDirectory()) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = relative(lib, normalize(join(dirname(file), m[1]!))).split('/');
      if (to.length < 2 || to[0]!.startsWith('..') || to[0] === from) continue;
      (g.get(from) ?? g.set(from, new Set()).get(from)!).add(to[0]!);
    }
  }
  return g;
}

describe('lib folder dependencies', () => {
  const g = folderGraph();
  it('finds the folders', () => expect(g.size).toBeGreaterThan(6));
  it('index does not import match', () => expect([...(g.get('index') ?? [])]).not.toContain('match'));
  it('has no folder cycle but the known ones', () => {
    const reaches = (a: string, b: string): boolean => {
      const seen = new Set([a]);
      const todo = [a];
      while (todo.length) {
        for (const n of g.get(todo.pop()!) ?? []) {
          if (n === b) return true;
          if (seen.has(n)) continue;
          seen.add(n);
          todo.push(n);
        }
      }
      return false;
    };
    const pairs: string[] = [];
    for (const a of g.keys()) for (const b of g.keys()) if (a < b && reaches(a, b) && reaches(b, a)) pairs.push(`${a}↔${b}`);
    expect(pairs.filter((p) => !KNOWN.has(p))).toEqual([]);
  });
});
