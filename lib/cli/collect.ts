// `collect --sources <list.opml> --db <dir|postgres://…> --once|--watch`: follows outlets' feeds into the store and
// assigns events. --watch runs a pass on a schedule (croner, no overlap) and stops cleanly on SIGINT/SIGTERM; with
// --out and --key it publishes after each pass.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { Cron } from 'croner';
import { parseSourceList } from '../collect/sources.js';
import type { CollectContext } from '../node/collect/context.js';
import { syncSources } from '../node/collect/feeds.js';
import { openDb } from '../node/collect/db.js';
import { PoliteFetcher } from '../node/collect/http.js';
import { collectorOutlets } from '../node/collect/outlets.js';
import { openQueue } from '../node/collect/queue.js';
import { formatReport, runPass, userAgent, type FullReport, type PassState } from '../node/collect/run.js';
import { publishFromArgs } from './publish.js';

const USAGE = `usage: collect --sources <list.opml> --db <dir|postgres://…> (--once | --watch [--every <minutes>])
  [--json] [--allow-loopback] [--host-interval <ms>] [--concurrency <n>] [--contact <url>]
  [--out <published dir> --key <private key> [--retention <days>] [--claims <per article>]]   publish after each pass
  [--queue]   (postgres:// stores) leave fetching to \`worker\` processes; this one dispatches and assigns events`;

export const command = {
  summary: 'collect articles from the feeds of a source list (OPML) into the store',
  async run(args: string[]): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          sources: { type: 'string' },
          db: { type: 'string' },
          once: { type: 'boolean' },
          watch: { type: 'boolean' },
          every: { type: 'string', default: '5' },
          json: { type: 'boolean' },
          'allow-loopback': { type: 'boolean' },
          'host-interval': { type: 'string', default: '2000' },
          concurrency: { type: 'string', default: '8' },
          contact: { type: 'string' },
          out: { type: 'string' },
          key: { type: 'string' },
          retention: { type: 'string', default: '30' },
          claims: { type: 'string' },
          timeout: { type: 'string', default: '20000' },
          queue: { type: 'boolean' },
        },
      }));
    } catch (err) {
      stderr.write(`${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
    if (!values.sources || !values.db || values.once === values.watch) {
      stderr.write(`${USAGE}\n`);
      return 2;
    }
    let list;
    try {
      list = parseSourceList(readFileSync(values.sources, 'utf8'));
    } catch (err) {
      stderr.write(`cannot read the source list ${values.sources}: ${(err as Error).message}\n`);
      return 1;
    }
    for (const s of list.skipped) stderr.write(`source skipped: ${s}\n`);
    if (!values.contact) stderr.write('note: no --contact URL; site owners cannot reach whoever runs this collector\n');
    if (values.queue && !/^postgres(ql)?:\/\//.test(values.db)) {
      stderr.write('--queue needs a PostgreSQL server (--db postgres://…): workers on other machines share it\n');
      return 2;
    }
    const db = await openDb(values.db);
    const queue = values.queue ? await openQueue(values.db) : null;
    const fetcher = new PoliteFetcher({
      userAgent: userAgent(values.contact ?? null),
      hostIntervalMs: Number(values['host-interval']),
      allowLoopback: !!values['allow-loopback'],
      timeoutMs: Number(values.timeout),
    });
    const ctx: CollectContext = {
      db,
      fetcher,
      outlets: collectorOutlets(),
      now: () => new Date(),
      concurrency: Number(values.concurrency),
      log: values.json ? undefined : (l) => stderr.write(`${l}\n`),
    };
    const state: PassState = { assigner: null, retentionDays: Number(values.retention), queue };
    const print = (r: FullReport) => stdout.write(values.json ? `${JSON.stringify(r)}\n` : `${formatReport(r)}\n`);
    const pass = async () => {
      await syncSources(db, list.sources);
      const report = await runPass(ctx, state);
      print(report);
      if (values.out && values.key) {
        const code = await publishFromArgs(db, {
          out: values.out,
          key: values.key,
          retention: values.retention,
          claims: values.claims,
        });
        if (code !== 0) stderr.write('publish failed; the collected articles are kept for the next pass\n');
      }
    };
    try {
      if (values.once) {
        await pass();
        return 0;
      }
      const minutes = Math.max(1, Math.round(Number(values.every)));
      stderr.write(`watching ${list.sources.length} sources every ${minutes} min; Ctrl-C stops after the current pass\n`);
      await pass();
      const job = new Cron(`*/${minutes} * * * *`, { protect: true }, async () => {
        await pass().catch((e: unknown) => {
          stderr.write(`pass failed: ${String(e)}\n`);
        });
      });
      await new Promise<void>((done) => {
        const stop = () => {
          stderr.write('stopping: finishing the current pass\n');
          job.stop();
          const wait = () => (job.isBusy() ? setTimeout(wait, 200) : done());
          wait();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    } finally {
      await fetcher.close();
      await queue?.stop({ graceful: true, wait: true });
      await db.close();
    }
  },
};
