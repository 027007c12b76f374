// `stance --headlines <stances.csv> --bodies <bodies.csv> --out <predictions.csv> [--model file]`: FNC-1 submission.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBodies, readStances } from '../node/fnc1.js';
import { parseStanceModel } from '../stance/model.js';
import { predictPrepared } from '../stance/predict.js';
import { PreparedCache } from '../stance/train-model.js';
import { DEFAULT_STANCE_MODEL } from './train-stance.js';

const USAGE = 'usage: stance --headlines <stances.csv> --bodies <bodies.csv> --out <predictions.csv> [--model <model.json>]\n';

/** CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const command = {
  summary: 'predict FNC-1 stances for a headlines/bodies CSV pair → submission CSV (Headline, Body ID, Stance)',
  async run(args: string[]): Promise<number> {
    const opt: Record<string, string> = {};
    for (let i = 0; i < args.length; i += 2) {
      const k = args[i]!;
      const v = args[i + 1];
      if (!['--headlines', '--bodies', '--out', '--model'].includes(k) || v === undefined) {
        process.stderr.write(`stance: bad option ${k}\n${USAGE}`);
        return 2;
      }
      opt[k.slice(2)] = v;
    }
    if (!opt.headlines || !opt.bodies || !opt.out) {
      process.stderr.write(USAGE);
      return 2;
    }
    const modelPath = resolve(opt.model ?? DEFAULT_STANCE_MODEL);
    if (!existsSync(modelPath)) {
      process.stderr.write(
        `stance: no model at ${modelPath}; train one with: npm run -s cli -- train-stance${opt.model ? ` --out ${modelPath}` : ''}\n`,
      );
      return 1;
    }
    const model = parseStanceModel(readFileSync(modelPath, 'utf8'));
    const pairs = readStances(resolve(opt.headlines));
    const bodies = readBodies(resolve(opt.bodies));
    const cache = new PreparedCache();
    const lines = ['Headline,Body ID,Stance'];
    for (const p of pairs) {
      const body = bodies.get(p.bodyId);
      if (body === undefined) throw new Error(`${opt.headlines}: Body ID ${p.bodyId} is not in ${opt.bodies}`);
      const { label } = predictPrepared(model, cache.get(p.headline), cache.get(body));
      lines.push(`${csvField(p.headline)},${p.bodyId},${label}`);
    }
    writeFileSync(resolve(opt.out), `${lines.join('\n')}\n`);
    process.stdout.write(`stance: ${pairs.length} predictions → ${resolve(opt.out)}\n`);
    return 0;
  },
};
