// `train-stance [--out file] [--force]`: trains the stance model from FNC-1 + Emergent (runs in every build).
import { resolve } from 'node:path';
import { generatedDir } from '../node/paths.js';
import { trainStanceFile } from '../node/train-stance.js';

export const DEFAULT_STANCE_MODEL = resolve(generatedDir, 'stance-model.json');

export const command = {
  summary: 'train the stance model (FNC-1 + Emergent) → public/generated/stance-model.json',
  async run(args: string[]): Promise<number> {
    let out = DEFAULT_STANCE_MODEL;
    let force = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--out' && args[i + 1]) out = resolve(args[++i]!);
      else if (a === '--force') force = true;
      else {
        process.stderr.write(`train-stance: unknown option ${a}\nusage: train-stance [--out <model.json>] [--force]\n`);
        return 2;
      }
    }
    const r = trainStanceFile(out, force);
    const kib = `${(r.bytes / 1024).toFixed(0)} KiB`;
    process.stdout.write(
      r.skipped
        ? `train-stance: ${r.path} is up to date (inputs and code hash ${r.hash} unchanged), skipped retraining\n`
        : `train-stance: trained on ${r.pairs} pairs in ${(r.ms / 1000).toFixed(1)} s → ${r.path} (${kib}, hash ${r.hash})\n`,
    );
    return 0;
  },
};
