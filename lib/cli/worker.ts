// `worker --db postgres://…`: takes fetch jobs (one host's feeds or pages) from the shared queue until SIGINT/SIGTERM,
// fetching politely and extracting with lib/extract; `collect --queue` dispatches the jobs and assigns events.
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { openDb } from '../node/collect/db.js';
import { PoliteFetcher } from '../node/collect/http.js';
import { collectorOutlets } from '../node/collect/outlets.js';
import { openQueue, startWorker } from '../node/collect/queue.js';
import { userAgent } from '../node/collect/run.js';

export const command = {
  summary: 'take fetch jobs from a shared PostgreSQL queue (several workers, several machines)',
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        'allow-loopback': { type: 'boolean' },
        'host-interval': { type: 'string', default: '2000' },
        contact: { type: 'string' },
        timeout: { type: 'string', default: '20000' },
        name: { type: 'string', default: `worker-${process.pid}` },
      },
    });
    if (!values.db || !/^postgres(ql)?:\/\//.test(values.db)) {
      stderr.write('usage: worker --db postgres://… [--allow-loopback] [--host-interval <ms>] [--contact <url>] [--name <id>]\n');
      return 2;
    }
    const db = await openDb(values.db);
    const boss = await openQueue(values.db);
    const fetcher = new PoliteFetcher({
      userAgent: userAgent(values.contact ?? null),
      hostIntervalMs: Number(values['host-interval']),
      allowLoopback: !!values['allow-loopback'],
      timeoutMs: Number(values.timeout),
    });
    await startWorker({ db, fetcher, outlets: collectorOutlets(), now: () => new Date() }, boss, (job, r) => {
      stdout.write(
        `${JSON.stringify({ worker: values.name, phase: job.phase, host: job.host, items: job.items.length, stored: r.pages.stored, excerpts: r.pages.excerpts, newArticles: r.newArticles, failures: r.failures })}\n`,
      );
    });
    stderr.write(`${values.name}: waiting for jobs\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    await boss.stop({ graceful: true, wait: true });
    await fetcher.close();
    await db.close();
    return 0;
  },
};
