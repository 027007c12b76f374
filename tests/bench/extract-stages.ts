// `npx tsx tests/bench/extract-stages.ts [--rounds N]`: where our extra cost over plain Readability goes, per stage
// of lib/extract/document.ts on the benchmark pages (per-page median over rounds, summed), to aim cost work at it.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseHtml } from '../../lib/node/html-document.js';
import { sharedPath } from '../../lib/node/paths.js';
import { scanPage } from '../../lib/extract/page-scan.js';
import { readMetadata } from '../../lib/extract/metadata.js';
import { removeFurniture } from '../../lib/extract/cleanup-dom.js';
import { cleanArticle } from '../../lib/extract/cleanup.js';
import { resolveLanguage } from '../../lib/extract/language.js';

const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 5;
const dir = sharedPath('data/article-extraction-benchmark');
const ids = Object.keys(JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'))).sort();
const docs = ids.map((id) => parseHtml(decodeHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)))));
const times = new Map<string, number[][]>();
const time = <T>(stage: string, page: number, f: () => T): T => {
  const t = performance.now();
  const out = f();
  const perPage =
    times.get(stage) ??
    times
      .set(
        stage,
        docs.map(() => []),
      )
      .get(stage)!;
  perPage[page]!.push(performance.now() - t);
  return out;
};
for (let r = 0; r < rounds; r++) {
  docs.forEach((doc, p) => {
    time('readability (clone + parse)', p, () => new Readability(doc.cloneNode(true) as Document).parse());
    const scan = time('scan', p, () => scanPage(doc));
    if (!scan.ok) return;
    const meta = time('metadata', p, () => readMetadata(doc, null, scan.scan));
    const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
    if (!parsed?.content) return;
    const el = parsed.content as Element;
    time('furniture (on a copy)', p, () => removeFurniture(el.cloneNode(true) as Element));
    const text = time('cleanArticle (all rules)', p, () =>
      cleanArticle(el, { title: meta.title ?? '', byline: meta.byline, url: meta.url }).join('\n\n'),
    );
    time('language', p, () => resolveLanguage(text, meta.lang));
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [stage, perPage] of times)
  console.log(
    `${stage.padEnd(30)} ${perPage
      .reduce((s, xs) => s + median(xs), 0)
      .toFixed(1)
      .padStart(8)} ms`,
  );
