// Conventions of the UI code checked by a test rather than by memory: page text is never markup, new-tab links
// never hand over the opener, and every file says in its first line what it is for and stays small.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dirs = ['components', 'lib/ui', 'lib/ui/mock', 'entrypoints/popup', 'entrypoints/sidepanel', 'entrypoints/options'];
const files = dirs.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => /\.(tsx?|css)$/.test(f))
    .map((f) => ({ path: `${d}/${f}`, text: readFileSync(join(root, d, f), 'utf8') })),
);

describe('UI conventions', () => {
  it('finds the UI files', () => expect(files.length).toBeGreaterThan(30));

  it.each(files.map((f) => [f.path, f.text]))('%s: no raw HTML, no eval', (_path, text) => {
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
  });

  it.each(files.map((f) => [f.path, f.text]))('%s: target=_blank links carry rel=noopener', (_path, text) => {
    for (const m of text.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)) expect(m[0]).toMatch(/rel="[^"]*noopener/);
  });

  it.each(files.filter((f) => !f.path.endsWith('.html')).map((f) => [f.path, f.text]))(
    '%s: starts with a comment saying what it is for, under ~200 lines',
    (_path, text) => {
      expect(text).toMatch(/^(\/\/ |\/\* )\S/);
      expect(text.split('\n').length).toBeLessThanOrEqual(200);
    },
  );

  it('components are PascalCase .tsx or camelCase hooks/helpers', () => {
    for (const f of readdirSync(join(root, 'components'))) {
      expect(f).toMatch(/^([A-Z][A-Za-z]+\.tsx?|use[A-Z][A-Za-z]+\.ts|[a-z][A-Za-z]+\.(ts|tsx|css)|theme\.css)$/);
    }
  });
});
