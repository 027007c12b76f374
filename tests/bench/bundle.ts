// Sizes of the built extension's scripts (raw and gzip -9) for both browsers, and whether webextension-polyfill
// is bundled in them; with --baseline DIR, beside another build's (e.g. an older commit's .output) as ratios.
// The content script runs in every page read, so its size is what the house budget watches (STYLE.md 7).
//   npx tsx tests/bench/bundle.ts [--baseline /path/to/.output [--baseline-label 'what it is']] [--write-docs]
// Needs `npm run build` first.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../lib/node/paths.js';
import { MEASUREMENTS_PATH, runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';

const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
/** webextension-polyfill's own guard message, in every version since 0.1: its presence means the polyfill is bundled. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension.';

interface Size {
  raw: number;
  gzip: number;
  polyfills: number;
}

/** The file (first match of `pattern` under `dir`, e.g. a hashed chunk name) and its sizes, or null if absent. */
function measure(root: string, build: string, dir: string, pattern: RegExp): Size | null {
  const at = join(root, build, dir);
  if (!existsSync(at)) return null;
  const name = readdirSync(at).find((f) => pattern.test(f));
  if (!name) return null;
  const bytes = readFileSync(join(at, name));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    polyfills: bytes.toString('utf8').split(POLYFILL_MARK).length - 1,
  };
}

const FILES: { label: string; dir: string; pattern: RegExp }[] = [
  { label: 'content script', dir: 'content-scripts', pattern: /^content\.js$/ },
  { label: 'background', dir: '.', pattern: /^background\.js$/ },
  { label: "pages' messaging chunk", dir: 'chunks', pattern: /^protocol-[\w-]+\.js$/ },
  // Loaded only where an article is read, and then off the page's main thread (issue 23).
  { label: 'extraction worker', dir: '.', pattern: /^extract-worker\.js$/ },
];

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function main(): void {
  const current = resolve(projectRoot, '.output');
  const baseline = arg('--baseline');
  if (!BUILDS.every((b) => existsSync(join(current, b, 'manifest.json'))))
    throw new Error('no build in .output: run `npm run build` first');
  if (baseline && !existsSync(join(baseline, 'chrome-mv3', 'manifest.json')))
    throw new Error(`no build at ${baseline}/chrome-mv3`);
  const kb = (n: number) => (n / 1000).toFixed(1);
  const rows: (string | number)[][] = [];
  for (const build of BUILDS) {
    for (const f of FILES) {
      const now = measure(current, build, f.dir, f.pattern);
      if (!now) continue;
      const before = baseline ? measure(baseline, build, f.dir, f.pattern) : null;
      const row: (string | number)[] = [build, f.label, kb(now.raw), kb(now.gzip), now.polyfills];
      if (baseline)
        row.push(
          before ? `${kb(before.raw)} / ${kb(before.gzip)} / ${before.polyfills}` : '–',
          before ? (now.raw / before.raw).toFixed(3) : '–',
        );
      rows.push(row);
    }
  }
  const head = ['build', 'file', 'kB', 'kB gzip', 'polyfill copies'];
  if (baseline) head.push('baseline kB / gzip / copies', 'size ratio');
  const out = table(head, rows);
  console.log(out);
  if (wantsDocs()) {
    const cmd = `npx tsx tests/bench/bundle.ts${baseline ? ' --baseline <older build>' : ''} --write-docs`;
    mkdirSync(dirname(MEASUREMENTS_PATH), { recursive: true });
    const note = baseline ? `\n\nBaseline: ${arg('--baseline-label') ?? `the build at \`${baseline}\``}.` : '';
    writeMeasurements(
      'bundle',
      'Bundle sizes',
      `${runLine(cmd)} Target: no webextension-polyfill copy, content script as small as it can be.${note}\n\n${out}`,
    );
  }
}

main();
