// `build-index <input…> --out <file>`: extract every input (files or folders of .html, .txt, .jsonl, maybe .gz)
// and write a versioned, deterministic index (gzip when --out ends in .gz).
import { basename } from 'node:path';
import { stderr } from 'node:process';
import { buildIndex, type BuildItem } from '../index/build.js';
import { extractClaims } from '../claims/index.js';
import { readInputs } from '../node/inputs.js';
import { loadOutletTable } from '../node/build-outlet-table.js';
import { hashLines, sourceDateEpoch, writeIndex } from '../node/index-file.js';

const USAGE = 'usage: build-index <input…> --out <file> [--description <text>]';

/** Outlets are resolved through the built outlet table when it exists (as the extension does for live pages), so a
 *  capture's printed "Russia Today" gets rt.com's name, domain and profile. */
export async function collectArticles(paths: string[], warn: (line: string) => void): Promise<BuildItem[]> {
  const items: BuildItem[] = [];
  for await (const { input, outcome } of readInputs(paths, { outlets: loadOutletTable() })) {
    if (outcome.ok) items.push({ article: outcome.article });
    else warn(`skipped ${input}: ${outcome.reason} (${outcome.message})`);
  }
  return items;
}

export const command = {
  summary: 'build a coverage index from files/folders of .html, .txt, .jsonl (.gz)',
  async run(args: string[]): Promise<number> {
    const inputs: string[] = [];
    let out: string | null = null;
    let description: string | null = null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--out') out = args[++i] ?? null;
      else if (a === '--description') description = args[++i] ?? null;
      else if (a.startsWith('--')) {
        stderr.write(`unknown option ${a}\n${USAGE}\n`);
        return 2;
      } else inputs.push(a);
    }
    if (!out || !inputs.length) {
      stderr.write(`${USAGE}\n`);
      return 2;
    }
    const items = await collectArticles(inputs, (l) => stderr.write(`${l}\n`));
    const built = await buildIndex(items, {
      description: description ?? `built from ${inputs.map((p) => basename(p)).join(', ')}`,
      builtAt: sourceDateEpoch(),
      extractClaims,
      hashLines,
    });
    const bytes = await writeIndex(out, built);
    const c = built.header.counts;
    stderr.write(
      `${out}: ${c.articles} articles, ${c.events} events, ${c.stories} stories, ${c.outlets} outlets, ${bytes} bytes (${built.header.contentHash})\n`,
    );
    return 0;
  },
};
