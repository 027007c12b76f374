// Debug script: the disputed groups on real bodies, for reading by hand. For each event of a corpus (basil,
// allsides, newswcl50, ecbplus or fnc1) with two or more articles, its first article is read against the rest, as the extension would; every
// disputed group is printed with its quotes and stances, then the count.
//   npx tsx tests/eval/disputes.ts [basil|allsides|newswcl50|ecbplus|fnc1] [status]
import { CORPORA, loadCorpus, type CorpusName } from '../../lib/node/corpora';
import { analyseFirst, byGoldEvent } from './event-analysis';

const corpus = process.argv[2] ?? 'basil';
const status = process.argv[3] ?? 'disputed';
if (!CORPORA.includes(corpus as CorpusName)) throw new Error(`usage: disputes.ts [${CORPORA.join('|')}] [status]`);
const items = loadCorpus(corpus as CorpusName);
const byEvent = byGoldEvent(items);

let events = 0;
let shown = 0;
let claims = 0;
for (const [eventId, its] of byEvent) {
  if (its.length < 2) continue;
  events++;
  const a = analyseFirst(eventId, its);
  claims += a.claims.length;
  for (const c of a.claims.filter((x) => x.status === status)) {
    shown++;
    console.log(`\n[${eventId}] ${c.text}`);
    for (const q of c.quotes) console.log(`   ${q.stance.padEnd(10)} ${q.outlet}: ${q.text.slice(0, 200)}`);
    console.log(`   party: ${c.attributedTo ?? '–'}; denied by: ${c.deniedByParty ?? '–'}`);
  }
}
console.log(`\n${corpus}: ${shown} ${status} groups of ${claims} claims across ${events} events`);
