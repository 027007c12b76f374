// Beyond one machine: the collector's store on a real PostgreSQL server, two worker processes taking the fetch jobs
// from the pg-boss queue, one coordinator assigning events. Every article is stored once; both workers worked.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSourceList } from '../../lib/collect/sources.js';
import { syncSources } from '../../lib/node/collect/feeds.js';
import { openDb, type Db } from '../../lib/node/collect/db.js';
import { PoliteFetcher } from '../../lib/node/collect/http.js';
import { openQueue } from '../../lib/node/collect/queue.js';
import { runPass } from '../../lib/node/collect/run.js';
import { loadBasil } from '../../lib/node/corpora.js';
import { datedArticles, siteSpecs } from '../collect/corpus-web.js';
import { startNewsWeb, type NewsWeb } from '../collect/news-web.js';
import { startPostgres, type TestPostgres } from '../collect/postgres.js';

let pg: TestPostgres;
let web: NewsWeb;
let db: Db;
const workers: { proc: ChildProcess; lines: string[] }[] = [];

beforeAll(async () => {
  pg = await startPostgres();
  const all = datedArticles(loadBasil()).slice(0, 60);
  const now = Date.now();
  all.forEach((a, i) => (a.published = now - (60 - i) * 300_000));
  // Six sites, so the jobs (one per host) can spread over two workers.
  const outlets = ['Fox News', 'The New York Times', 'HuffPost'];
  web = await startNewsWeb(
    siteSpecs(
      outlets.flatMap((o, i) => [
        { name: `${o} A`, format: i === 1 ? 'atom' : 'rss', articles: all.filter((a, k) => a.outlet === o && k % 2 === 0) },
        { name: `${o} B`, format: 'json', articles: all.filter((a, k) => a.outlet === o && k % 2 === 1) },
      ]),
    ),
    now,
  );
  db = await openDb(pg.url);
  await syncSources(db, parseSourceList(web.opml()).sources);
  for (const name of ['w1', 'w2']) {
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'lib/cli/main.ts',
        'worker',
        '--db',
        pg.url,
        '--allow-loopback',
        '--host-interval',
        '20',
        '--name',
        name,
      ],
      { cwd: join(import.meta.dirname, '../..') },
    );
    const w = { proc, lines: [] as string[] };
    proc.stdout!.on('data', (d: Buffer) => w.lines.push(...d.toString().split('\n').filter(Boolean)));
    workers.push(w);
  }
}, 180_000);

afterAll(async () => {
  for (const w of workers) w.proc.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.proc.exitCode !== null ? r(null) : w.proc.once('exit', r)))));
  await db?.close();
  await web?.close();
  pg?.stop();
});

describe('two workers on one PostgreSQL server', () => {
  it('fetch every article once between them while one coordinator assigns events', async () => {
    const boss = await openQueue(pg.url);
    const fetcher = new PoliteFetcher({ userAgent: 'unused', hostIntervalMs: 0 });
    try {
      const report = await runPass(
        { db, fetcher, outlets: null, now: () => new Date() },
        { assigner: null, retentionDays: 30, queue: boss },
      );
      expect(report.events.assigned).toBe(60);
    } finally {
      await boss.stop({ graceful: true, wait: true });
      await fetcher.close();
    }
    const rows = await db.query<{ n: number }>(
      `select count(*)::int as n from articles where status = 'stored' and kind = 'full'`,
    );
    expect(rows[0]!.n).toBe(60);
    const stored = workers.map((w) => w.lines.map((l) => JSON.parse(l) as { stored: number }).reduce((s, j) => s + j.stored, 0));
    expect(stored.reduce((a, b) => a + b, 0)).toBe(60);
    expect(stored.every((n) => n > 0)).toBe(true);
    // No host was fetched by both workers at once: each host's requests came from one job at a time.
    for (const s of web.sites) {
      const articles = s.log.filter((l) => l.path.startsWith('/articles/'));
      expect(articles.length).toBe(s.spec.articles.length);
    }
  }, 300_000);
});
