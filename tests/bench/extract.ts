// `npm run bench:extract`: shingle-F1 of plain Readability and of ours on ../shared/data/article-extraction-benchmark,
// next to the other extractors' stored outputs (same pages) and published figures; our time as a ratio to plain
// Readability (interleaved rounds, median); metadata accuracy on ../shared/data/readability-test-pages.
// Options: --rounds N (timing rounds, default 5), --worst K (list the K pages where ours loses most precision),
// --write-docs (write the run into docs/measurements.md).
import { readFileSync, readdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractFromDocument } from '../../lib/extract/document.js';
import { decodeHtml, parseHtml } from '../../lib/node/html-document.js';
import { sharedPath } from '../../lib/node/paths.js';
import { scorePage, summarise, type PageScore } from './extract-metric.js';
import { metadataRegression } from './extract-metadata.js';
import { contentScriptPaths } from './extract-paths.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const rounds = opt('--rounds', 5);
const worst = opt('--worst', 0);

const dir = sharedPath('data/article-extraction-benchmark');
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = Object.keys(truth).sort();
const docs = new Map(ids.map((id) => [id, parseHtml(decodeHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`))))]));

function plain(doc: Document): string {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
}
function ours(doc: Document, url: string): string {
  const out = extractFromDocument(doc, { url });
  return out.ok ? out.article.text : '';
}

// Interleaved timing: per page the two alternate who goes first, with a young-generation collection before each
// timed call so neither pays for the other's garbage; per page the median over rounds, summed over pages.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (opts: { type: 'minor' }) => void;
const gc = () => collect({ type: 'minor' });
const plainTimes = new Map<string, number[]>(ids.map((id) => [id, []]));
const ourTimes = new Map<string, number[]>(ids.map((id) => [id, []]));
const plainText = new Map<string, string>();
const ourText = new Map<string, string>();
for (let r = 0; r < rounds; r++) {
  ids.forEach((id, k) => {
    const doc = docs.get(id)!;
    const runPlain = () => {
      gc();
      const t = performance.now();
      plainText.set(id, plain(doc));
      plainTimes.get(id)!.push(performance.now() - t);
    };
    const runOurs = () => {
      gc();
      const t = performance.now();
      ourText.set(id, ours(doc, truth[id]!.url));
      ourTimes.get(id)!.push(performance.now() - t);
    };
    if ((k + r) % 2 === 0) {
      runPlain();
      runOurs();
    } else {
      runOurs();
      runPlain();
    }
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = (times: Map<string, number[]>) => [...times.values()].reduce((sum, xs) => sum + median(xs), 0);

const score = (pred: Map<string, string>) => ids.map((id) => scorePage(truth[id]!.articleBody, pred.get(id) ?? ''));
const row = (name: string, s: ReturnType<typeof summarise>) =>
  `${name.padEnd(34)} ${s.f1.toFixed(3)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.accuracy.toFixed(3)}`;
const oursScores = score(ourText);
const f1Rows: (string | number)[][] = [];
const report = (name: string, s: ReturnType<typeof summarise>, note: string) => {
  console.log(row(name, s));
  f1Rows.push([name, s.f1.toFixed(3), s.precision.toFixed(3), s.recall.toFixed(3), note]);
};
console.log(`article-extraction-benchmark: ${ids.length} pages (shingle F1 / precision / recall / exact)`);
console.log(`${'extractor'.padEnd(34)} F1     P      R      acc`);
report('parallax (Readability + clean-up)', summarise(oursScores), 'target F1 ≥ 0.97');
const paths = await contentScriptPaths(ids.map((id) => ({ id, doc: docs.get(id)!, url: truth[id]!.url })));
report('content script, in the page', summarise(score(paths.inPage)), 'the copy, as on a page that refuses workers');
report('content script, in its worker', summarise(score(paths.worker)), 'the copy as markup → linkedom; ≥ in the page');
report('Readability.js 0.6.0, run here', summarise(score(plainText)), 'anchor (≈ 0.945)');
for (const f of readdirSync(`${dir}/predictions`).sort()) {
  const stored = JSON.parse(readFileSync(`${dir}/predictions/${f}`, 'utf8')) as {
    version: string;
    output: Record<string, { articleBody: string }>;
  };
  const pred = new Map(ids.map((id) => [id, stored.output[id]?.articleBody ?? '']));
  report(`${f.replace('.json', '')} ${stored.version}, stored`, summarise(score(pred)), 'anchor (stored outputs)');
}
// Published on all 181 pages (upstream README, quoted in the data folder's README); no stored outputs here.
console.log(
  'published (181 pages): rs_trafilatura 0.970, AutoExtract (commercial, 2019) 0.970, go_trafilatura 0.960, trafilatura 2.0.0 0.958',
);
const mp = total(plainTimes),
  mo = total(ourTimes);
console.log(
  `time (per-page median of ${rounds} interleaved rounds, summed): Readability ${mp.toFixed(0)} ms, ours ${mo.toFixed(0)} ms, ratio ${(mo / mp).toFixed(3)}`,
);

const meta = metadataRegression();
console.log(
  `readability-test-pages metadata: published ${meta.published.ok}/${meta.published.total} (${pct(meta.published)}), canonical URL ${meta.canonical.ok}/${meta.canonical.total} (${pct(meta.canonical)})`,
);
for (const miss of meta.misses) console.log(`  miss ${miss}`);

if (worst > 0) {
  const plainScores = score(plainText);
  const ranked = ids
    .map((id, i) => ({ id, o: oursScores[i]!, p: plainScores[i]! }))
    .sort((a, b) => a.o.precision + a.o.recall - (b.o.precision + b.o.recall));
  for (const { id, o, p } of ranked.slice(0, worst))
    console.log(`${id.slice(0, 12)} ours P ${f3(o)} | plain P ${f3(p)}  ${truth[id]!.url}`);
}

if (wantsDocs()) {
  const ratio = mo / mp;
  const metaRow = (name: string, x: { ok: number; total: number }) => [
    name,
    `${x.ok}/${x.total} (${pct(x)})`,
    '≥ 95%',
    x.ok / Math.max(1, x.total) >= 0.95 ? 'met' : 'missed',
  ];
  writeMeasurements(
    'bench-extract',
    'Extraction: `npm run bench:extract`',
    `${runLine(`npm run bench:extract -- --rounds ${rounds} --write-docs`)}

Shingle-F1 on the ${ids.length} pages of the article-extraction benchmark (precision, recall), ours and plain Readability
run in this process, the other extractors from their stored outputs on the same pages. Published figures over all
181 pages: rs_trafilatura 0.970, go_trafilatura 0.960, trafilatura 0.958.

${table(['extractor', 'F1', 'P', 'R', 'anchor or target'], f1Rows)}

${table(
  ['measure', 'figure', 'target', ''],
  [
    [
      `time, ratio to Readability (per-page median of ${rounds} interleaved rounds, summed)`,
      `${ratio.toFixed(3)} (${mo.toFixed(0)} / ${mp.toFixed(0)} ms)`,
      '≤ 1.1×',
      ratio <= 1.1 ? 'met' : 'missed',
    ],
    metaRow('published date, Readability test pages', meta.published),
    metaRow('canonical URL, Readability test pages', meta.canonical),
  ],
)}`,
  );
}

function pct(x: { ok: number; total: number }): string {
  return `${((100 * x.ok) / Math.max(1, x.total)).toFixed(1)}%`;
}
function f3(s: PageScore): string {
  return `${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`;
}
