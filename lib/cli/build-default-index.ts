// `build-default-index [--shared <dir>] [--out <file>] [--seeds-only]`: the index bundled with the extension,
// public/generated/index.json.gz (gzipped: the extension streams it, lib/ext/background/bundled-index.ts), from the seed captures plus the labelled corpora of ../shared/data, so the
// shipped extension knows hundreds of real events. Corpus location: --shared, else $PARALLAX_SHARED, else ../shared.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { stderr } from 'node:process';
import { buildIndex, type BuildItem } from '../index/build.js';
import { extractClaims } from '../claims/index.js';
import { CORPORA, loadCorpus } from '../node/corpora.js';
import { hashLines, sourceDateEpoch, writeIndex } from '../node/index-file.js';
import { bundledIndexPath, generatedDir, sharedPath } from '../node/paths.js';
import { collectArticles } from './build-index.js';

const USAGE = 'usage: build-default-index [--shared <dir>] [--out <file>] [--seeds-only]';

const SOURCES: Record<string, string> = {
  allsides: 'AllSides headline roundups 2021 (excerpts)',
  basil: 'BASIL (Fox/NYT/HuffPost triplets)',
  newswcl50: 'NewsWCL50 (CC BY-SA 4.0)',
  ecbplus: 'ECB+ (CC BY 3.0)',
  fnc1: 'FNC-1 train bodies by Emergent claim',
};

export const command = {
  summary: 'build the bundled index (public/generated/index.json.gz) from ../shared seeds and corpora',
  async run(args: string[]): Promise<number> {
    const defaultOut = bundledIndexPath;
    let out = defaultOut;
    let seedsOnly = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--shared') process.env.PARALLAX_SHARED = resolve(args[++i] ?? '');
      else if (a === '--out') out = resolve(args[++i] ?? '');
      else if (a === '--seeds-only') seedsOnly = true;
      else {
        stderr.write(`unknown argument ${a}\n${USAGE}\n`);
        return 2;
      }
    }
    const seeds = sharedPath('seeds');
    const items: BuildItem[] = await collectArticles([seeds], (l) => stderr.write(`${l}\n`));
    const parts = [`seed story (${items.length} articles from ${seeds.replace(/.*\/(?=[^/]+\/seeds$)/, '')})`];
    if (!seedsOnly) {
      for (const name of CORPORA) {
        const corpus = loadCorpus(name);
        items.push(...corpus.map(({ article, event }) => ({ article, event })));
        parts.push(`${SOURCES[name]}: ${corpus.length}`);
      }
    }
    const built = await buildIndex(items, {
      description: `Parallax bundled index: ${parts.join('; ')}`,
      builtAt: sourceDateEpoch(),
      extractClaims,
      hashLines,
    });
    const bytes = await writeIndex(out, built);
    // An uncompressed bundled index from an earlier build would be packed into the extension beside this one.
    if (out === defaultOut) rmSync(resolve(generatedDir, 'index.json'), { force: true });
    const c = built.header.counts;
    stderr.write(
      `${out}: ${c.articles} articles, ${c.events} events, ${c.stories} stories, ${c.outlets} outlets, ${(bytes / 1e6).toFixed(1)} MB\n` +
        `  ${built.header.description}\n`,
    );
    return 0;
  },
};
