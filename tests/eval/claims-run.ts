// `npm run eval:claims`: the three claims evaluations (Emergent and the seed story, headline stance, FNC-1 disputes),
// each given the command's arguments; with --snapshot or --diff, the regression harness (claims-snapshot.ts) instead.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotMain } from './claims-snapshot';

const args = process.argv.slice(2);
if (args.includes('--snapshot') || args.includes('--diff')) snapshotMain();
else {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const script of ['claims.ts', 'stance.ts', 'disputes-fnc1.ts']) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, script), ...args], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
