// Mozilla's add-on linter (web-ext lint, what addons.mozilla.org runs on upload) on the Firefox build: no errors,
// no notices, and no warnings but the ones listed below, each in a bundled library's code, found by what that
// library's code says around the reported column (a warning in our own code has none of these markers).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/node/paths.js';
import { firefoxExtensionDir } from './firefox/harness.js';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/** Warnings that are a bundled library's, not ours: which library, and what its code has near the warning. */
const LIBRARY_WARNINGS: { code: string; file: RegExp; library: string; marker: RegExp }[] = [
  // Preact's diff sets innerHTML for dangerouslySetInnerHTML, which no component of ours uses (house rule 4). The
  // shared chunk Preact lands in is named after one of its modules, which changes as pages gain modules.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/[\w-]+\.js$/, library: 'preact', marker: /dangerouslySetInnerHTML|__html/ },
  // Readability restores a failed attempt's markup and unwraps <noscript> images, on our clone of the document (in
  // the content script's worker, or in place where a page's CSP refuses it); the background has it too on Firefox,
  // where it reads the pages the reader's own collection fetches (DOMParser docs).
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/content|background|extract-worker)\.js$/,
    library: '@mozilla/readability',
    marker: /_attempts|_isSingleImage|_charThreshold/,
  },
  // linkedom's own innerHTML and outerHTML setters parse markup into its DOM; the worker the content script starts
  // parses the page's reading copy with it (never into a live document).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^extract-worker\.js$/, library: 'linkedom', marker: /\.ignoreCase\?|set outerHTML\(/ },
];

/** The code around a message's line and column in the built file. */
function around(m: LintMessage, reach = 400): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(firefoxExtensionDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - reach), at + reach);
}

const libraryOf = (m: LintMessage) =>
  LIBRARY_WARNINGS.find((w) => w.code === m.code && w.file.test(m.file ?? '') && w.marker.test(around(m)))?.library ?? null;

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors, no notices and no warnings outside bundled libraries', async () => {
    const bin = resolve(projectRoot, 'node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(
      bin,
      ['lint', '--source-dir', firefoxExtensionDir, '--output', 'json', '--no-config-discovery'],
      {
        maxBuffer: 32 * 1024 * 1024,
      },
    ).catch((e: { stdout?: string; message: string }) => {
      // web-ext exits non-zero when there are errors; the report is still on stdout.
      if (e.stdout) return { stdout: e.stdout };
      throw e;
    });
    const report = JSON.parse(stdout) as LintReport;
    const show = (ms: LintMessage[]) =>
      ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`).join('\n');
    expect(show(report.errors)).toBe('');
    expect(show(report.notices)).toBe('');
    expect(show(report.warnings.filter((m) => libraryOf(m) === null))).toBe('');
    console.log(
      `web-ext lint: ${report.summary.warnings} warnings, all in bundled libraries:\n${report.warnings.map((m) => `  ${libraryOf(m)}: ${m.code} in ${m.file}`).join('\n')}`,
    );
  });
});
