// `build-outlets [--data <outlets folder>] [--out <file>]`: writes the outlet table the extension and CLI use.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildOutletTable } from '../node/build-outlet-table.js';
import { generatedDir, sharedPath } from '../node/paths.js';

function flag(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

export const command = {
  summary: 'build the outlet table (public/generated/outlets.json) from ../shared/data/outlets',
  async run(args: string[]): Promise<number> {
    const dataDir = flag(args, '--data') ?? sharedPath('data/outlets');
    const out = flag(args, '--out') ?? join(generatedDir, 'outlets.json');
    const table = buildOutletTable(dataDir);
    const json = JSON.stringify(table);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
    process.stderr.write(
      `outlets: ${Object.keys(table.outlets).length} domains, ${(json.length / 1024).toFixed(0)} KB → ${out}\n`,
    );
    return 0;
  },
};
