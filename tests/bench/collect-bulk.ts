// Capacity alone (collect.ts's bulk pass, repeated): every article of the simulated day released at once into a
// fresh store, one pass, articles per CPU second of this process. For profiling the pass with work.
// `node --import tsx tests/bench/collect-bulk.ts [articles] [rounds] [--profile=file.cpuprofile]` (the profile covers
// the pass of each round after the first, which warms the process as the day's passes warm collect.ts's; one file a
// round, for tests/bench/profile-summary.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSourceList } from '../../lib/collect/sources.js';
import { syncSources } from '../../lib/node/collect/feeds.js';
import { openDb } from '../../lib/node/collect/db.js';
import { PoliteFetcher } from '../../lib/node/collect/http.js';
import { runPass } from '../../lib/node/collect/run.js';
import { T0 } from './collect-corpus.js';
import { startCollectWeb } from './collect-web-process.js';

const [n = 300, rounds = 3] = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const dir = mkdtempSync(join(tmpdir(), 'parallax-bulk-'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const web = await startCollectWeb(n);
const fetcher = new PoliteFetcher({ userAgent: 'ParallaxCollector/bench', hostIntervalMs: 0, allowLoopback: true });
const at = T0 + 2 * 86_400_000;
await web.setClock(at);
const rates: number[] = [];
const profileTo = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const session = profileTo ? new Session() : null;
session?.connect();
for (let r = 0; r < rounds; r++) {
  const db = await openDb(join(dir, `bulk${r}`));
  await syncSources(db, parseSourceList(web.opml).sources);
  const profiling = r > 0 && session;
  if (profiling) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const c0 = cpu();
  const res = await runPass({ db, fetcher, outlets: null, now: () => new Date(at) }, { assigner: null, retentionDays: 30 });
  const took = cpu() - c0;
  if (profiling) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileTo!.replace(/(\.cpuprofile)?$/, `-${r}.cpuprofile`), JSON.stringify(profile));
  }
  const arts = res.pages.stored + res.pages.excerpts;
  rates.push(arts / took);
  console.log(
    `round ${r}: ${arts} articles, ${took.toFixed(2)} CPU-s, ${(arts / took).toFixed(1)} articles/CPU-s; events ${JSON.stringify(res.events)}`,
  );
  await db.close();
}
console.log(`best ${Math.max(...rates).toFixed(1)}, median ${[...rates].sort((a, b) => a - b)[rates.length >> 1]!.toFixed(1)}`);
await fetcher.close();
await web.close();
rmSync(dir, { recursive: true, force: true });
