// Where the project and the shared corpora live, for Node-side tools (CLI, tests, benchmarks). Never imported by the extension.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared data folder: $PARALLAX_SHARED, else ../shared beside the project. */
export function sharedDir(): string {
  return resolve(process.env.PARALLAX_SHARED ?? resolve(projectRoot, '../shared'));
}

/** A path inside the shared folder; throws a message naming the path looked for when it is missing. */
export function sharedPath(...parts: string[]): string {
  const p = resolve(sharedDir(), ...parts);
  if (!existsSync(p)) {
    throw new Error(`shared data not found: looked for ${p} (set PARALLAX_SHARED to the folder that holds seeds/ and data/)`);
  }
  return p;
}

/** Generated build outputs that the extension bundles (index, outlet table, stance weights). */
export const generatedDir = resolve(projectRoot, 'public/generated');

/** The bundled index as the build writes it and the extension ships it (gzipped, streamed in the browser). */
export const bundledIndexPath = resolve(generatedDir, 'index.json.gz');
