// Writes one section of docs/measurements.md: each bench or eval script, run with --write-docs, replaces its own
// section (between <!-- begin:NAME --> and <!-- end:NAME -->) with its latest run, and leaves the others as they are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MEASUREMENTS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'measurements.md');

const PREAMBLE = `# Measurements

Written by the bench and eval scripts themselves (\`--write-docs\`); each section is that script's latest run
only. Figures stand beside their anchor (a published or baseline figure) and the target the issue set.
`;

/** A markdown table from a header row and data rows. */
export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r))].join('\n');
}

/** The run's circumstances: date, command, machine load, so a reader can weigh the figures. */
export function runLine(command: string): string {
  const [l1] = loadavg();
  return `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${command}\`, load average ${l1!.toFixed(2)}.`;
}

/** Replace (or append) the section NAME of docs/measurements.md with a level-2 heading and the body. */
export function writeMeasurements(name: string, heading: string, body: string, path = MEASUREMENTS_PATH): void {
  const begin = `<!-- begin:${name} -->`;
  const end = `<!-- end:${name} -->`;
  const section = `${begin}\n## ${heading}\n\n${body.trim()}\n${end}`;
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : PREAMBLE;
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  const next = a >= 0 && b > a ? doc.slice(0, a) + section + doc.slice(b + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next);
}

/** Whether the script was asked to write its section. */
export const wantsDocs = (argv: readonly string[] = process.argv): boolean => argv.includes('--write-docs');
