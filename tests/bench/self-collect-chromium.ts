// `npm run bench:self-collect:chromium [-- --checks N] [--write-docs]`: "collect it yourself" (issue 18) in real
// Chromium with the built extension (needs `npm run build`). The 100-feed news web of tests/bench/self-collect-web.ts
// runs in its own process on 127.0.0.1 (one port, so one host, per site); the OPML list is imported in the options page
// as a reader does it (the page asks the sites' permission inside the click; the manifest's host permissions already
// cover them, so no prompt), which starts the first poll; later polls are "poll now". Figures per poll (first, one new
// article a feed, nothing new): the CPU of every browser process (CDP SystemInfo) and of the extension's renderer
// (service worker and offscreen document, where pages are read), wall time, the worker's peak JS heap. Page checks:
// tabs opened on ECB+ articles (a corpus the web does not serve), timed to the extension's answer, idle before any
// feed, idle with the collection beside the index, and while a poll runs; ratios against idle in the same run.
import type { CollectInfo } from '../../lib/ext/protocol.js';
import { loadCorpus } from '../../lib/node/corpora.js';
import { waitFor } from '../browser/harness/extension.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';
import { pageChecks, summary, type CheckTime } from './chromium-checks.js';
import { heapSampler } from './chromium-heap.js';
import { arg, cpuNow, bundledReady, launchMeasured, log, teardown } from './chromium-probe.js';
import { startWeb } from './self-collect-web-process.js';

const CHECKS = arg('--checks', 40);
const GAP_MS = 250;
const f1 = (x: number) => x.toFixed(1);

const web = await startWeb();
log('news web up (100 sites)');
const b = await launchMeasured();
const { h } = b;
await bundledReady(h);
const checks = await pageChecks(
  h,
  loadCorpus('ecbplus')
    .map((i) => i.article)
    .filter((a) => a.text.length > 600)
    .slice(0, 60),
);
await checks.run(5); // warm-up
const idle = await checks.run(CHECKS, { gapMs: GAP_MS });
log(`idle checks: p50/p95 ${summary(idle).p50}/${summary(idle).p95} ms`);

// The browser's CPU with nothing to do, per second (pages open, no poll), to weigh the polls' figures.
const c0 = await cpuNow(b);
await new Promise((r) => setTimeout(r, 10_000));
const idleCpuPerS = ((await cpuNow(b)).all - c0.all) / 10;

/** Waits (one question a second, as the options page asks) until no poll runs and every feed has been polled. */
const pollDone = () =>
  waitFor(
    'the poll to end',
    () => h.ask<CollectInfo>('uiGetCollect'),
    (c) => !c.polling && c.feeds.length > 0 && c.feeds.every((f) => !!f.lastPoll),
    1_800_000,
  );

type Poll = { what: string; cpu: number; ext: number; ms: number; added: number; failing: number; heapMb: number };
async function poll(what: string, start: () => Promise<unknown>, during = false): Promise<{ row: Poll; checks: CheckTime[] }> {
  const before = (await h.ask<CollectInfo>('uiGetCollect')).articles;
  const heap = heapSampler(b, 'service_worker', 'background.js', 500);
  const cpu0 = await cpuNow(b);
  const t0 = performance.now();
  let done = false;
  const finished = (async () => {
    await start();
    const info = await pollDone();
    done = true;
    return info;
  })();
  const times = during ? await checks.run(100_000, { from: 100, gapMs: GAP_MS, until: () => done }) : [];
  const info = await finished;
  const ms = performance.now() - t0;
  const cpu1 = await cpuNow(b);
  const row = {
    what,
    cpu: cpu1.all - cpu0.all,
    ext: cpu1.ext - cpu0.ext,
    ms,
    added: info.articles - before,
    failing: info.feeds.filter((f) => f.error).length,
    heapMb: (await heap.stop()).peakHeapMb,
  };
  log(
    `${what}: CPU ${f1(row.cpu)} s (extension ${f1(row.ext)} s), ${f1(ms / 1000)} s wall, ${row.added} added, ${row.failing} failing`,
  );
  return { row, checks: times };
}

const options = await h.context.newPage();
await options.goto(h.extUrl('options.html'));
await options
  .getByTestId('collect-file')
  .setInputFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(web.opml) });
await options.getByTestId('collect-preview').waitFor({ timeout: 60_000 });
const polls: Poll[] = [];
// The options page is closed once the feeds are in (the poll goes on in the background): its once-a-second view of
// 100 feeds would be counted as the poll's CPU.
const importAndLeave = async () => {
  await options.getByTestId('collect-add').click();
  await waitFor(
    'the feeds imported',
    () => h.ask<CollectInfo>('uiGetCollect'),
    (c) => c.feeds.length === 100,
    120_000,
  );
  await options.close();
};
polls.push((await poll('first poll (5 new articles a feed)', importAndLeave)).row);
await web.clock(web.clocks[1]!);
polls.push((await poll('next poll (1 new article a feed)', () => h.ask('uiCollectPoll', { url: null }))).row);
await web.clock(web.clocks[2]!);
polls.push((await poll('nothing new (every feed answers 304)', () => h.ask('uiCollectPoll', { url: null }))).row);

const withCollection = await checks.run(CHECKS, { gapMs: GAP_MS });
await web.clock(web.clocks[3]!);
const third = await poll(
  'with page checks beside it (3 new articles a feed; CPU includes the checks)',
  () => h.ask('uiCollectPoll', { url: null }),
  true,
);
const counts = await h.ask<CollectInfo>('uiGetCollect');

const I = summary(idle);
const W = summary(withCollection);
const D = summary(third.checks);
const x = (a: number) => `p95 ${(a / I.p95).toFixed(2)}× idle`;
const cell = (s: typeof I) => `${s.p50} / ${s.p95} ms (worker's share ${s.bg50} / ${s.bg95} ms; ${s.n} checks)`;
const body = [
  runLine(`npm run bench:self-collect:chromium -- --checks ${CHECKS}${wantsDocs() ? ' --write-docs' : ''}`),
  '',
  `Debian Chromium (headless=new) with the built extension; 100 feeds of a local news web built from BASIL, AllSides and NewsWCL50 (its own process, one port a site), imported as an OPML list in the options page (closed once the feeds are in); the extension's own poller with its 1 s per-host interval, pages read by DOMParser in the offscreen document. CPU: every browser process's (CDP SystemInfo.getProcessInfo), and of that the extension renderer's (service worker, offscreen document, extension pages); the browser uses ${f1(idleCpuPerS * 1000)} ms of CPU a second with nothing to do. The collection ends with ${counts.articles} articles in ${counts.events} events. Page checks: a tab opened on an ECB+ article (a corpus the web does not serve) as a news page from 127.0.0.1, timed to the extension's answer (seen through storage.onChanged); the worker's share is from the page's text arriving to the answer; ${GAP_MS} ms between checks. The Node run (self-collect) is the same poller over linkedom and fake-indexeddb.`,
  '',
  table(
    ['figure', 'value', 'anchor', 'target'],
    [
      ...[...polls, third.row].map((p) => [
        `CPU per poll of 100 feeds: ${p.what}`,
        `${f1(p.cpu)} s (extension renderer ${f1(p.ext)} s); ${f1(p.ms / 1000)} s wall; ${p.added} articles; worker heap ≤ ${f1(p.heapMb)} MB${p.failing ? `; ${p.failing} feeds failing` : ''}`,
        p.added ? `${f1((p.cpu * 1000) / p.added)} ms per article` : `${f1((p.cpu * 1000) / 100)} ms per feed`,
        'none set (issue 18 asks for the figure)',
      ]),
      ['page check p50 / p95, idle, no feeds (baseline)', cell(I), '', ''],
      ['page check p50 / p95, idle, the collection beside the index', cell(W), x(W.p95), 'within the p95 at rest (≤ 1.5×)'],
      [
        '**page check p50 / p95 while a poll runs**',
        `**${D.p50} / ${D.p95} ms** (worker's share ${D.bg50} / ${D.bg95} ms; ${D.n} checks)`,
        `**${x(D.p95)}**`,
        `within the p95 at rest (≤ 1.5×): ${D.p95 <= 1.5 * I.p95 ? 'met' : 'missed'}`,
      ],
    ],
  ),
].join('\n');
process.stdout.write(`${body}\n`);
if (wantsDocs())
  writeMeasurements('self-collect-chromium', 'Collect it yourself in Chromium (bench:self-collect:chromium)', body);
await teardown([b.close, checks.close, async () => web.quit()]);
process.exit(0);
