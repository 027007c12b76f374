// The claims rules' registry (lib/claims/rules.ts): every id written in lib/claims is in it and back, and every id
// has a table of cases: ruleTable('<id>', rows, check) in a test file of this folder, one row a case (cases.ts). A
// newcomer who adds a rule is told here to add its cases; the tables themselves are in the files named for their stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleWords } from '../../../lib/claims/rules';

describe('the rule table', () => {
  // Every id written in lib/claims (a literal, or a template over the three cue kinds) is in RULES, and back.
  const dir = join(import.meta.dirname, '../../../lib/claims');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
  const code = files(dir)
    .filter((f) => !f.endsWith('rules.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = new Set<string>();
  for (const m of code.matchAll(/['`]((?:party|stance|polarity|link|deny|status|headline)\.[a-z${}-]+)['`]/g)) {
    const id = m[1]!;
    for (const kind of id.includes('${kind}') ? ['say', 'deny', 'contest'] : ['']) used.add(id.replace('${kind}', kind));
  }
  it.each([...used].map((id) => [id]))('%s is in the table', (id) => expect(RULES[id]).toBeDefined());
  it.each(Object.keys(RULES).map((id) => [id]))('%s is used', (id) => expect(used.has(id)).toBe(true));
  it('words an unknown id neutrally', () => expect(ruleWords('gone.rule')).toBe('read this way'));
});

describe('every rule has a table of cases', () => {
  // The ids that open a ruleTable call in this folder's test files (ruleTable checks at load that its id is in RULES).
  const here = import.meta.dirname;
  const tables = new Set(
    readdirSync(here)
      .filter((f) => f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(here, f), 'utf8').matchAll(/\bruleTable(?:<\w+>)?\(\s*'([a-z]+\.[a-z-]+)'/g)])
      .map((m) => m[1]!),
  );
  it('finds the tables', () => expect(tables.size).toBeGreaterThan(30));
  it.each(Object.keys(RULES).map((id) => [id]))('%s has a table of cases', (id) => {
    expect(tables.has(id), `no ruleTable('${id}', …) in tests/unit/claims: add one with a case the rule decides`).toBe(true);
  });
});
