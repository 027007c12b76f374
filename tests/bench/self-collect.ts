// `npx tsx tests/bench/self-collect.ts [--write-docs]`: "collect it yourself" (issue 18) in Node: 100 feeds of a
// news web built from the corpora (tests/bench/self-collect-web.ts, in its own process so its CPU is not counted) polled with the
// extension's own poller, extraction (linkedom standing in for DOMParser) and event assignment, over fake-indexeddb.
// Figures: this process's CPU per poll (first poll, one new article a feed, nothing new), and page-check latency
// (checkArticle against the bundled index) idle, with the collection beside it, and while a poll runs: the service
// worker does both on one thread. Ratios are against the idle baseline of the same run.
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PoliteFetcher } from '../../lib/collect/polite-fetch.js';
import { CollectDb } from '../../lib/ext/background/collect-db.js';
import { CollectedIndex } from '../../lib/ext/background/collect-index.js';
import { createCollectService } from '../../lib/ext/background/collect-service.js';
import { extractPage } from '../../lib/ext/content/extract-page.js';
import { extractFromDocument } from '../../lib/extract/document.js';
import { isLikelyArticle } from '../../lib/extract/gate.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import type { IndexStore } from '../../lib/index/store.js';
import { loadCorpus } from '../../lib/node/corpora.js';
import { parseHtml } from '../../lib/node/html-document.js';
import { readIndexText } from '../../lib/node/index-file.js';
import { bundledIndexPath } from '../../lib/node/paths.js';
import { checkArticle } from '../../lib/report.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';
import { startWeb } from './self-collect-web-process.js';

const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const f1 = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const web = await startWeb();
  log('news web up (100 sites)');
  const base = await MemoryStore.fromText(readIndexText(bundledIndexPath), { verify: false });
  const db = new CollectDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const index = new CollectedIndex(db);
  const blank = () => parseHtml('<!doctype html><html><head></head><body></body></html>');
  const service = createCollectService({
    db,
    index,
    // A short per-host interval keeps the run short: waiting costs no CPU, so the CPU figures do not depend on it.
    fetcher: new PoliteFetcher({
      fetch: (u, init) => fetch(u, init),
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      intervalMs: 50,
    }),
    extract: async (html, url) =>
      (await extractPage(
        parseHtml(html),
        url,
        { isLikelyArticle, extractFromDocument },
        { pause: () => new Promise((r) => setImmediate(r)), now: () => performance.now(), blank },
      )) ?? {
        ok: false,
        reason: 'not-article',
        message: 'not read',
      },
    fillOutlet: async (a) => a,
    permitted: async () => true,
    now: () => new Date(),
    onAdded: async () => undefined,
  });
  await service.importOpml(web.opml);

  const poll = async (what: string) => {
    const c = process.cpuUsage();
    const t = performance.now();
    const before = (await index.counts()).articles;
    const info = await service.pollNow();
    const row = {
      what,
      cpu: cpuMs(process.cpuUsage(c)),
      wall: performance.now() - t,
      added: info.articles - before,
      failing: info.feeds.filter((f) => f.error).length,
    };
    log(
      `${what}: ${f1(row.cpu)} ms CPU, ${f1(row.wall / 1000)} s wall, ${row.added} articles added, ${row.failing} feeds failing`,
    );
    return row;
  };
  const polls = [await poll('first poll (5 new articles a feed)')];
  await web.clock(web.clocks[1]!);
  polls.push(await poll('next poll (1 new article a feed)'));
  await web.clock(web.clocks[2]!);
  polls.push(await poll('nothing new (every feed answers 304)'));

  // Page checks: ECB+ articles (a corpus the web does not serve), as pages a reader opens.
  const queries = loadCorpus('ecbplus')
    .map((i) => i.article)
    .slice(0, 60);
  /** Each query checked once, in order; `busy`: whether a poll was still running when each check ended. */
  const checks = async (store: () => Promise<IndexStore>, busy = () => false) => {
    const times: number[] = [];
    let overlapped = 0;
    for (const q of queries) {
      const t = performance.now();
      await checkArticle(await store(), q);
      times.push(performance.now() - t);
      if (busy()) overlapped++;
    }
    return { p50: pct(times, 0.5), p95: pct(times, 0.95), n: times.length, overlapped };
  };
  await checks(async () => base); // warm-up: the first queries pay for compiling the matcher
  const idle = await checks(async () => base);
  const withCollection = await checks(() => index.over(base));
  await web.clock(web.clocks[3]!);
  let polling = true;
  const running = service.pollNow().finally(() => (polling = false));
  const during = await checks(
    () => index.over(base),
    () => polling,
  );
  await running;
  const counts = await index.counts();
  log(
    `checks p50/p95: idle ${f1(idle.p50)}/${f1(idle.p95)}, with collection ${f1(withCollection.p50)}/${f1(withCollection.p95)}, during a poll ${f1(during.p50)}/${f1(during.p95)} ms`,
  );
  web.quit();

  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const body = [
    runLine('npx tsx tests/bench/self-collect.ts --write-docs'),
    '',
    `100 feeds of a local news web built from BASIL, AllSides and NewsWCL50, polled by the extension's poller in Node (linkedom for DOMParser, fake-indexeddb for IndexedDB; the web runs in another process). CPU is this process's; a 50 ms per-host interval keeps the run short (waits cost no CPU; the extension waits 1 s). The collection ends with ${counts.articles} articles in ${counts.events} events. Page checks: checkArticle (no stance model) of ${queries.length} ECB+ articles (a corpus the web does not serve), against the bundled index (${(await base.header())!.counts.articles.toLocaleString('en')} articles).`,
    '',
    table(
      ['figure', 'value', 'anchor', 'target'],
      [
        ...polls.map((p) => [
          `CPU per poll of 100 feeds: ${p.what}`,
          `${f1(p.cpu)} ms (${p.added} articles; ${f1(p.wall / 1000)} s wall)`,
          p.added ? `${f1(p.cpu / p.added)} ms per article` : `${f1(p.cpu / 100)} ms per feed`,
          'none set (issue 18 asks for the figure)',
        ]),
        ['page check p50 / p95, idle (baseline)', `${f1(idle.p50)} / ${f1(idle.p95)} ms`, '', ''],
        [
          'page check p50 / p95, with the collection beside the index',
          `${f1(withCollection.p50)} / ${f1(withCollection.p95)} ms`,
          `p95 ${x(withCollection.p95, idle.p95)} idle`,
          'within the p95 at rest (≤ 1.5×, as bench:updates counts it)',
        ],
        [
          'page check p50 / p95, while a poll runs (3 new articles a feed)',
          `${f1(during.p50)} / ${f1(during.p95)} ms (${during.overlapped} of ${during.n} checks ended while the poll ran)`,
          `p95 ${x(during.p95, idle.p95)} idle`,
          'within the p95 at rest (≤ 1.5×)',
        ],
      ],
    ),
  ].join('\n');
  process.stdout.write(`${body}\n`);
  if (wantsDocs()) writeMeasurements('self-collect', 'Collect it yourself: `npx tsx tests/bench/self-collect.ts`', body);
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
