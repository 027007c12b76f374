// Several collectors on one PostgreSQL server: fetching and extraction become jobs on a pg-boss queue that any number
// of worker processes (on any number of machines) take, one job per host, so one host is fetched by one worker at a
// time and politeness holds across machines. Event assignment stays with the one coordinator.
import PgBoss from 'pg-boss';
import { emptyReport, groupByHost, type CollectContext, type PassReport } from './context.js';
import { dueSourcesByHost, pollSources } from './feeds.js';
import { fetchPages, pendingPages } from './pages.js';

export const QUEUE = 'parallax-fetch';

export interface FetchJob {
  phase: 'feeds' | 'pages';
  host: string;
  /** Source URLs (feeds) or article keys (pages). */
  items: string[];
}

export async function openQueue(url: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'parallax_queue', max: 4 });
  boss.on('error', (err) => process.stderr.write(`queue: ${err.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    // A job that dies with its worker is retried; a host's job expires long after any polite pass could take.
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 30, expireInMinutes: 30 }).catch(() => undefined);
  }
  return boss;
}

async function drained(boss: PgBoss, pollMs = 300): Promise<void> {
  while ((await boss.getQueueSize(QUEUE, { before: 'completed' })) > 0) await new Promise((r) => setTimeout(r, pollMs));
}

/** The coordinator's part of a pass: one job per host for the due feeds, wait; one per host for the pages, wait. */
export async function dispatchPass(ctx: CollectContext, boss: PgBoss): Promise<{ feedJobs: number; pageJobs: number }> {
  const feeds = await dueSourcesByHost(ctx);
  for (const [host, items] of feeds)
    await boss.send(QUEUE, { phase: 'feeds', host, items } satisfies FetchJob, { singletonKey: `feeds:${host}` });
  await drained(boss);
  const pages = groupByHost(await pendingPages(ctx), (r) => r.url);
  for (const [host, rows] of pages)
    await boss.send(QUEUE, { phase: 'pages', host, items: rows.map((r) => r.key) } satisfies FetchJob, {
      singletonKey: `pages:${host}`,
    });
  await drained(boss);
  return { feedJobs: feeds.size, pageJobs: pages.size };
}

/** A worker: takes host jobs until stopped; `onJob` sees each job's counts. */
export async function startWorker(
  ctx: CollectContext,
  boss: PgBoss,
  onJob: (job: FetchJob, report: PassReport) => void,
): Promise<string> {
  return boss.work<FetchJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const report = emptyReport();
    if (job.data.phase === 'feeds') await pollSources(ctx, job.data.items, report);
    else await fetchPages(ctx, report, { keys: job.data.items });
    onJob(job.data, report);
  });
}
