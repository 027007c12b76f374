// The self-collect bench's news web, in its own process so its CPU is not counted as the poller's: 100 sites made
// from BASIL, AllSides and NewsWCL50 (tests/collect/news-web.ts), each with an RSS feed that grows as the bench
// moves the simulated clock.
// Prints one JSON line (the OPML and the clock's steps), then answers "clock <ms>" lines on stdin with "ok".
import { createInterface } from 'node:readline';
import { loadBasil, loadCorpus } from '../../lib/node/corpora.js';
import { datedArticles } from '../collect/corpus-web.js';
import { startNewsWeb, type SiteSpec } from '../collect/news-web.js';

const SITES = 100;
/** Articles each site shows at each step: the first poll's, one more, the same again, three more (during checks). */
const STEPS = [5, 6, 6, 9] as const;

async function main(): Promise<void> {
  // BASIL first (the news web of the collector's tests), then AllSides and NewsWCL50: 900 dated news articles.
  const all = datedArticles([...loadBasil(), ...loadCorpus('allsides'), ...loadCorpus('newswcl50')]);
  const perSite = STEPS[3];
  if (all.length < SITES * perSite) throw new Error(`the corpora have ${all.length} dated articles; ${SITES * perSite} needed`);
  const t0 = Date.parse('2026-12-01T00:00:00Z');
  // Article k of site s is published at step index: its slot among the site's articles.
  const specs: SiteSpec[] = Array.from({ length: SITES }, (_, s) => ({
    name: `Site ${s}`,
    format: 'rss',
    articles: Array.from({ length: perSite }, (_, k) => ({ ...all[k * SITES + s]!, published: t0 + k * 60_000 })),
  }));
  const clocks = STEPS.map((n) => t0 + (n - 1) * 60_000 + 1);
  const web = await startNewsWeb(specs, clocks[0]!);
  const opml = `<?xml version="1.0"?><opml version="2.0"><body>${web.sites.map((s) => `<outline text="${s.name}" xmlUrl="${s.feedUrl}"/>`).join('')}</body></opml>`;
  process.stdout.write(`${JSON.stringify({ opml, clocks })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [cmd, arg] = line.trim().split(' ');
    if (cmd === 'clock') web.setClock(Number(arg));
    if (cmd === 'quit') break;
    process.stdout.write('ok\n');
  }
  await web.close();
}

void main();
