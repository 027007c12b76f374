// The collector bench's news web in a child process, so its CPU (rendering feeds and pages, answering requests) is
// not counted as the collector's: a real collector's sites run on other machines. It prints its sites' origins and
// OPML as one JSON line, then answers each stdin line: `clock <ms>` moves the simulated clock, `cpu` gives its CPU
// seconds so far; each answer is one line.
import { createInterface } from 'node:readline';
import { startNewsWeb } from '../collect/news-web.js';
import { benchCorpus, benchSites, T0 } from './collect-corpus.js';

const web = await startNewsWeb(benchSites(benchCorpus(Number(process.argv[2]))), T0);
console.log(JSON.stringify({ opml: web.opml(), origins: web.sites.map((s) => s.origin) }));
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.split(' ');
  if (cmd === 'clock') web.setClock(Number(arg));
  if (cmd === 'quit') break;
  const u = process.cpuUsage();
  console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6 }));
}
await web.close();
