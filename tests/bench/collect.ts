// Collector benchmark: capacity (articles fetched + extracted + assigned per CPU second in a pass with work, against
// extraction alone in the same process), the idle-time cost of a 5-minute poll (CPU per pass and per feed poll),
// memory per 100k articles held for assignment, update size (delta bytes per article gzipped, snapshot size for 30
// days at 50k articles a day) and freshness (item published → in a signed delta, 5-minute poll).
// `node --expose-gc --import tsx tests/bench/collect.ts [articles] [--write-docs]`
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EventAssigner } from '../../lib/collect/assign.js';
import { forgetClauses } from '../../lib/claims/extract/memo.js';
import { PUBLISHED_CLAIMS } from '../../lib/collect/published-claims.js';
import { parseSourceList } from '../../lib/collect/sources.js';
import { extractFromDocument } from '../../lib/extract/document.js';
import { syncSources } from '../../lib/node/collect/feeds.js';
import { openDb } from '../../lib/node/collect/db.js';
import { PoliteFetcher } from '../../lib/node/collect/http.js';
import { publish } from '../../lib/node/collect/publish.js';
import { Fold } from '../../lib/node/collect/publish-compose.js';
import { deltasFrom } from '../../lib/updates/path.js';
import { runPass, type PassState } from '../../lib/node/collect/run.js';
import { generateKeys, loadPrivateKey } from '../../lib/node/collect/signing.js';
import { parseHtml } from '../../lib/node/html-document.js';
import { benchCorpus, SITES, T0 } from './collect-corpus.js';
import { startCollectWeb } from './collect-web-process.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';

const mb = (b: number) => (b / 1e6).toFixed(1);
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 600);
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
// Heap figures need a collection first: run without --expose-gc, the flag is set here.
if (!global.gc) setFlagsFromString('--expose-gc');
const gc = (global.gc ?? runInNewContext('gc')) as () => void;

// Articles: BASIL and FNC-1 full texts, laid over one simulated day in publication order, on 12 sites
// (collect-corpus.ts). The sites run in a child process: their CPU is not the collector's.
const corpus = benchCorpus(N);
const web = await startCollectWeb(N);
const db = await openDb(join(dir, 'db'));
await syncSources(db, parseSourceList(web.opml).sources);
const fetcher = new PoliteFetcher({ userAgent: 'ParallaxCollector/bench', hostIntervalMs: 0, allowLoopback: true });
const state: PassState = { assigner: null, retentionDays: 30 };
const key = loadPrivateKey(generateKeys().privatePem);
const out = join(dir, 'out');

// Freshness: a pass and a publish every 5 simulated minutes; an article's latency is the wait for the next poll
// (simulated) plus the pass and publish that carried it (measured).
const latencies: number[] = [];
const deltaSizes: { bytes: number; added: number }[] = [];
let work = 0;
let publishCpu = 0;
let passCpu = 0;
let stored = 0;
let polls = 0;
let passes = 0;
const web0 = await web.cpu();
const seen = new Set<string>();
// A reader who checks every hour: the files it downloads (the fewest the manifest offers) and the articles they add.
const reader = { at: 0, bytes: 0, added: 0, files: 0, checks: 0, texts: [] as string[] };
for (let t = T0 + 300_000; t <= T0 + 86_400_000 + 300_000; t += 300_000) {
  await web.setClock(t);
  const w0 = performance.now();
  const cr = cpu();
  const r = await runPass({ db, fetcher, outlets: null, now: () => new Date(t) }, state);
  passCpu += cpu() - cr;
  passes++;
  const cp = cpu();
  const p = await publish({ db, outDir: out, key, now: new Date(t), retentionDays: 30 });
  const took = performance.now() - w0;
  publishCpu += cpu() - cp;
  work += took;
  stored += r.pages.stored + r.pages.excerpts;
  polls += r.feeds.polled;
  if (p.delta && p.delta.articlesAdded) deltaSizes.push({ bytes: p.delta.size, added: p.delta.articlesAdded });
  if ((t - T0) % 3_600_000 === 0 && reader.at > 0) {
    const files = deltasFrom(p.manifest, reader.at) ?? [];
    reader.bytes += files.reduce((s, f) => s + f.size, 0);
    reader.added += files.reduce((s, f) => s + f.articlesAdded, 0);
    reader.files += files.length;
    reader.checks++;
    for (const f of files) reader.texts.push(gunzipSync(readFileSync(join(out, f.file))).toString());
  }
  if ((t - T0) % 3_600_000 === 0 || reader.at === 0) reader.at = p.manifest.sequence;
  for (const a of corpus) {
    if (a.published > t || seen.has(a.slug)) continue;
    seen.add(a.slug);
    latencies.push((t - a.published) / 1000 + took / 1000);
  }
}
const webDay = (await web.cpu()) - web0;
// Capacity: every article released at once into a fresh store, one pass (the per-pass costs above are spread over
// one new article each five minutes; this is the per-article cost when there is work). The day above read these same
// articles, so the clause memos are emptied first, as for a day of new articles; the median of three passes, each
// into a fresh store, since one pass's CPU moves by several percent on a shared machine.
const bulkAt = T0 + 2 * 86_400_000;
await web.setClock(bulkAt);
const bulkRounds: { perArticle: number; web: number }[] = [];
for (let round = 0; round < 3; round++) {
  const bulkDb = await openDb(join(dir, `bulk-${round}`));
  await syncSources(bulkDb, parseSourceList(web.opml).sources);
  forgetClauses();
  const webBulk0 = await web.cpu();
  const cb = cpu();
  const bulk = await runPass(
    { db: bulkDb, fetcher, outlets: null, now: () => new Date(bulkAt) },
    { assigner: null, retentionDays: 30 },
  );
  const n = Math.max(1, bulk.pages.stored + bulk.pages.excerpts);
  bulkRounds.push({ perArticle: (cpu() - cb) / n, web: ((await web.cpu()) - webBulk0) / n });
  await bulkDb.close();
}
const { perArticle: bulkPerArticle, web: webPerArticle } = bulkRounds.sort((a, b) => a.perArticle - b.perArticle)[1]!;

// The day's deltas as one file: what a reader who checks once a day would download, composed as the publisher composes
// its "since N" deltas (publish-compose.ts: the last operation on a record wins).
const chainFile = (n: string) => /^delta-\d+\.ndjson\.gz$/.test(n);
const chainTexts = readdirSync(out)
  .filter(chainFile)
  .sort()
  .map((f) => gunzipSync(readFileSync(join(out, f))).toString());
const dayFold = new Fold();
for (const text of [...chainTexts].reverse()) dayFold.add(text);
const headOf = (text: string) => JSON.parse(text.slice(0, text.indexOf('\n'))) as { from: number; to: number };
const dayText = dayFold.delta(headOf(chainTexts[0]!).from, headOf(chainTexts.at(-1)!).to).text;
const dayDelta = gzipSync(dayText, { level: 9 }).length;
// Where the bytes go: each part's share is what the gzipped file loses without it (per article the files add).
const z = (lines: string[]) => gzipSync(`${lines.join('\n')}\n`, { level: 9 }).length;
const PARTS = [
  'file (gzip and header line)',
  'articles: claims',
  'articles: fingerprints',
  'articles: the rest',
  'events',
  'stories',
  'term frequencies',
  'deletions',
] as const;
const partOf: Record<string, (typeof PARTS)[number]> = {
  e: 'events',
  s: 'stories',
  f: 'term frequencies',
  o: 'articles: the rest',
};
function partsOf(texts: readonly string[]): Record<string, number> {
  const parts: Record<string, number> = Object.fromEntries(PARTS.map((p) => [p, 0]));
  for (const text of texts) {
    const [head, ...lines] = text.trim().split('\n');
    const full = z([head!, ...lines]);
    parts['file (gzip and header line)']! += z([head!]);
    const rows = lines.map((l) => JSON.parse(l) as unknown[]);
    const without = (keep: (l: unknown[]) => unknown[] | null) =>
      full -
      z([
        head!,
        ...rows.flatMap((l) => {
          const k = keep(l);
          return k ? [JSON.stringify(k)] : [];
        }),
      ]);
    const tags = new Set(rows.map((l) => l[0] as string));
    const article = (l: unknown[]) => l[0] === 'a' || l[0] === 'u';
    for (const tag of tags) {
      if (tag === 'a' || tag === 'u') continue;
      parts[tag.startsWith('-') ? 'deletions' : partOf[tag]!]! += without((l) => (l[0] === tag ? null : l));
    }
    if (!tags.has('a') && !tags.has('u')) continue;
    const claims = without((l) => (article(l) ? [...l.slice(0, 16), []] : l));
    const fps = without((l) => (article(l) ? [...l.slice(0, 11), '', [], [], '', 0, l[16]] : l));
    parts['articles: claims']! += claims;
    parts['articles: fingerprints']! += fps;
    parts['articles: the rest']! += without((l) => (article(l) ? null : l)) - claims - fps;
  }
  return parts;
}
const partTables = [partsOf(chainTexts), partsOf(reader.texts), partsOf([dayText])];
const published = (await db.query<{ n: number }>(`select count(*)::int as n from articles where event is not null`))[0]!.n;

// Baseline in the same process: extraction alone of the same pages.
const pages = await Promise.all(
  corpus.slice(0, 200).map(async (a, i) => (await fetch(`${web.origins[i % SITES]!}/articles/${a.slug}.html`)).text()),
);
const b0 = cpu();
for (const html of pages) extractFromDocument(parseHtml(html), { url: 'https://example.com/a' });
const extractPerArticle = (cpu() - b0) / pages.length;
const perArticle = passCpu / stored;
// What a pass costs beyond its articles, per feed polled (mostly 304s: a feed changes about once an hour here).
const perPoll = Math.max(0, passCpu - stored * bulkPerArticle) / Math.max(1, polls);
// 10,000 feeds polled every 5 minutes and a million new articles a day, at these per-core costs.
const cores = (1e6 * bulkPerArticle + 10_000 * 288 * perPoll) / 86_400;

// Memory per 100k articles held by the assigner (fingerprints, postings, events), from replicas of the collected ones.
const rows = await db.query<{ fp: unknown; title: string; published: Date }>(
  `select fp, title, published from articles where fp is not null limit 2000`,
);
gc();
const m0 = process.memoryUsage().heapUsed;
const assigner = new EventAssigner();
const HELD = 20_000;
for (let i = 0; i < HELD; i++) {
  const r = rows[i % rows.length]!;
  assigner.store.add(
    {
      k: 'a',
      id: `r${i}`,
      url: `https://r.example/${i}`,
      title: r.title,
      outlet: null,
      domain: null,
      published: r.published.toISOString(),
      lang: 'en',
      event: `e${i >> 2}`,
      copyOf: null,
      from: null,
      fp: r.fp as never,
      claims: [],
    },
    r.title,
  );
}
gc();
const perHundredK = ((process.memoryUsage().heapUsed - m0) / HELD) * 100_000;

const totalDelta = deltaSizes.reduce((s, d) => s + d.bytes, 0);
const totalAdded = deltaSizes.reduce((s, d) => s + d.added, 0);
const manifest = (await db.query<{ manifest: string }>('select manifest from publishes order by seq desc limit 1'))[0]!.manifest;
const snap = JSON.parse(JSON.parse(manifest).signed).snapshot as { size: number; file: string };
// Per article the snapshot holds (its header's count): the last snapshot may be older than the last publish.
const snapText = gunzipSync(readFileSync(join(out, snap.file))).toString();
const snapArticles = (JSON.parse(snapText.slice(0, snapText.indexOf('\n'))) as { counts: { articles: number } }).counts.articles;
const snapPerArticle = snap.size / snapArticles;
await fetcher.close();
await db.close();
await web.close();
rmSync(dir, { recursive: true, force: true });

const extraction = `extraction alone: ${(1 / extractPerArticle).toFixed(1)}`;
const rowsOut = [
  [
    'capacity: articles fetched + extracted + assigned per CPU second (one pass with work: the day at once; median of 3)',
    (1 / bulkPerArticle).toFixed(1),
    `${extraction} (ratio ${(bulkPerArticle / extractPerArticle).toFixed(2)}×)`,
    '≥ 50',
  ],
  [
    'idle-time cost: CPU per 5-minute pass beyond its articles (at capacity cost)',
    `${(((perPoll * polls) / passes) * 1000).toFixed(1)} ms`,
    `${SITES} feed polls (mostly 304s) and the pass's statements: the CPU of ${((perPoll * polls) / passes / bulkPerArticle).toFixed(1)} articles at capacity`,
    '—',
  ],
  [
    'idle-time cost: CPU per feed poll beyond its articles (5-minute poll)',
    `${(perPoll * 1000).toFixed(1)} ms`,
    `${polls} polls of ${SITES} feeds`,
    '—',
  ],
  [
    'articles per CPU second at a 5-minute poll (the idle-time cost included)',
    (1 / perArticle).toFixed(1),
    `${stored} articles in ${passes} passes, ${((passCpu / passes) * 1000).toFixed(0)} ms CPU a pass`,
    '— (capacity is the ≥ 50 figure)',
  ],
  ['publishing: CPU per 5-minute publish', `${((publishCpu / passes) * 1000).toFixed(0)} ms`, `${published} articles live`, '—'],
  ['memory per 100k articles held for assignment', `${mb(perHundredK)} MB`, `${HELD} replicas of ${rows.length} collected`, '—'],
  [
    'delta bytes per article, gzipped (5-minute publishes)',
    (totalDelta / Math.max(1, totalAdded)).toFixed(0),
    `${deltaSizes.length} deltas, ${totalAdded} articles, ≤ ${PUBLISHED_CLAIMS} claims each`,
    '≤ 400',
  ],
  [
    'delta bytes per article, gzipped, as a reader checking hourly downloads them',
    (reader.bytes / Math.max(1, reader.added)).toFixed(0),
    `${reader.checks} checks, ${(reader.files / Math.max(1, reader.checks)).toFixed(1)} files each, ${reader.added} articles`,
    '≤ 400',
  ],
  [
    'delta bytes per article, gzipped (the day as one delta)',
    (dayDelta / Math.max(1, totalAdded)).toFixed(0),
    `${mb(dayDelta)} MB for ${totalAdded} articles`,
    '≤ 400',
  ],
  [
    'snapshot size for 30 days at 50k articles/day',
    `${mb(snapPerArticle * 1_500_000)} MB`,
    `${snapPerArticle.toFixed(0)} B/article gzipped × 1.5M (the last snapshot: ${snapArticles} articles)`,
    '—',
  ],
  [
    'freshness p50 / p95: published → in a signed delta (5-minute poll)',
    `${(pct(latencies, 50) / 60).toFixed(1)} / ${(pct(latencies, 95) / 60).toFixed(1)} min`,
    `pass + publish took ${(work / passes / 1000).toFixed(2)} s on average`,
    '—',
  ],
];
const head = ['measure', 'figure', 'anchor / baseline', 'target'];
const partAdded = [totalAdded, reader.added, totalAdded];
const partRows = PARTS.map((part) => [part, ...partTables.map((t, i) => (t[part]! / Math.max(1, partAdded[i]!)).toFixed(0))]);
const partHead = ['part', '5-minute deltas', 'hourly reader', 'the day as one delta'];
console.log(`${corpus.length} articles on ${SITES} sites over one simulated day; ${stored} stored, ${published} assigned`);
console.log(table(head, rowsOut));
console.log(table(partHead, partRows));
if (wantsDocs()) {
  writeMeasurements(
    'collector',
    'Collector (`tests/bench/collect.ts`)',
    `${runLine(`node --expose-gc --import tsx tests/bench/collect.ts ${N} --write-docs`)}
${corpus.length} BASIL and FNC-1 articles on ${SITES} local sites, released over one simulated day, collected and published every
5 simulated minutes. Per-core figures are CPU seconds of the collector's process (polls, fetches, extraction, claims,
assignment, store writes; publishing apart); the simulated web runs in a child process and its CPU is not counted
(${((webPerArticle / bulkPerArticle) * 100).toFixed(0)}% on top of the collector's in the pass with work, ${((webDay / passes) * 1000).toFixed(1)} ms a 5-minute pass). The baseline is
extraction alone of the same pages in the same process. **Capacity** is the throughput the issue's ≥ 50 target is
about: every article of the day released at once, one pass into a fresh store with the clause memos emptied (the day
had read the same articles), the median of three such passes (${bulkRounds.map((r) => (1 / r.perArticle).toFixed(1)).join(', ')} articles per CPU second,
in order of cost). The **idle-time cost** is what a 5-minute pass costs beyond its articles
(each counted at its capacity cost): 12 feed polls, mostly 304s, and the pass's fixed statements. At a 5-minute poll of
this small day (about one article a pass) it dominates, so the articles per CPU second over the day's passes are far
below capacity; that figure is not the throughput target. One core does about ${(86_400 / bulkPerArticle / 1e6).toFixed(1)}M articles a day at
capacity. 10,000 feeds polled every 5 minutes (2.88M polls a day, ${((10_000 * 288 * perPoll) / 86_400).toFixed(2)} cores at ${(perPoll * 1000).toFixed(1)} ms a poll, an upper bound: a
pass's one article costs more than at capacity, its statements being its own) and a
million new articles a day (${((1e6 * bulkPerArticle) / 86_400).toFixed(2)} cores) need about ${cores.toFixed(1)} cores of workers (\`worker\`, one job per host);
the assigning coordinator's share is the assignment alone. The PostgreSQL path with two worker processes is run by
\`tests/integration/collector-postgres.test.ts\` (every article fetched once between them), not timed here.

${table(head, rowsOut)}

Where the bytes go (gzipped bytes per article): each part is what a file loses without it, summed over the files and
divided by the articles they added; parts overlap a little, since gzip shares context between them. The hourly reader's
files are those it downloads (composed "since N" deltas); the day as one delta is the day's chain composed into one file
as the publisher composes them.

${table(partHead, partRows)}`,
  );
}
