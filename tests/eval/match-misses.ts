// Debugging aid for `npm run eval:match`: prints every miss of one split (known articles ranked to a wrong
// event or answered "none", unknown-event articles answered "matched") with the features behind the decision.
// Usage: tsx tests/eval/match-misses.ts [corpus…] [--part=0|1] [--fp] (fp: also list wrongly matched unknowns).
import { buildIndex } from '../../lib/index/build.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { buildQuery } from '../../lib/match/query.js';
import { rankEvents, type EventCandidate } from '../../lib/match/rank.js';
import { matchArticle } from '../../lib/match/match.js';
import { CORPORA, loadCorpus, type CorpusName } from '../../lib/node/corpora.js';
import { split } from './split.js';

const args = process.argv.slice(2);
const names = (args.filter((a) => !a.startsWith('--')) as CorpusName[]).length
  ? (args.filter((a) => !a.startsWith('--')) as CorpusName[])
  : CORPORA;
const part = Number(args.find((a) => a.startsWith('--part='))?.slice(7) ?? 0) as 0 | 1;
const showFp = args.includes('--fp');

const fx = (x: number) => x.toFixed(2);
const cand = (e: EventCandidate | undefined) =>
  e
    ? `${fx(e.score)} cos ${fx(e.best.cos)} ent ${fx(e.best.ent)} ttl ${fx(e.best.title)} num ${e.best.nums} gap ${e.best.gap} sup ${fx(e.second?.cos ?? 0)} «${e.rec.title.slice(0, 70)}» [${e.best.sharedTerms.slice(0, 5).join(' ')}]`
    : '–';

for (const name of names) {
  const s = split(loadCorpus(name), { unknownShare: 0.25, part });
  const built = await buildIndex(s.indexed, { description: name });
  const store = new MemoryStore(built.header, built.records);
  console.log(`\n=== ${name} part ${part}: ${s.known.length} known, ${s.unknown.length} unknown`);
  for (const q of [...s.known, ...(showFp ? s.unknown : [])]) {
    const known = s.known.includes(q);
    const query = await buildQuery(store, q.article);
    const { events } = await rankEvents(store, query.profile, new Set(), query.df);
    const m = await matchArticle(store, q.article);
    const conf = `${m.info.status}/${m.info.method ?? '-'} ${m.info.confidence}`;
    const top = events[0];
    const rightAt = events.findIndex((e) => e.eventId === q.event.id);
    const miss = known ? m.ranking[0]?.eventId !== q.event.id || m.info.status === 'none' : m.info.status !== 'none';
    if (!miss) continue;
    console.log(
      `\n${known ? 'KNOWN' : 'UNKNOWN'} ${q.article.id} ${q.article.published ?? ''} conf ${conf} «${q.article.title.slice(0, 90)}»`,
    );
    console.log(`  true  ${q.event.id} «${q.event.title.slice(0, 70)}» rank ${rightAt}: ${cand(events[rightAt])}`);
    console.log(`  top   ${top?.eventId} ${cand(top)}`);
    if (events[1] && rightAt !== 1) console.log(`  2nd   ${events[1].eventId} ${cand(events[1])}`);
  }
}
