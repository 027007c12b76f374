// Debug script: the numeric conflicts on real bodies, for reading by hand. As in disputes.ts, each event's first
// article is read against the rest; every conflict is printed with the sentence each figure comes from.
//   npx tsx tests/eval/numbers.ts [basil|allsides|newswcl50|ecbplus|fnc1]
import { CORPORA, loadCorpus, type CorpusName } from '../../lib/node/corpora';
import { analyseFirst, byGoldEvent } from './event-analysis';

const corpus = process.argv[2] ?? 'basil';
if (!CORPORA.includes(corpus as CorpusName)) throw new Error(`usage: numbers.ts [${CORPORA.join('|')}]`);
const byEvent = byGoldEvent(loadCorpus(corpus as CorpusName));

let shown = 0;
for (const [eventId, its] of byEvent) {
  if (its.length < 2) continue;
  const a = analyseFirst(eventId, its);
  for (const n of a.numbers) {
    shown++;
    console.log(`\n[${eventId}] ${n.what}${n.unit ? ` (${n.unit})` : ''}`);
    for (const v of n.values)
      console.log(
        `   ${String(v.value).padStart(12)} ${v.outlet ?? '–'}: ${v.text} | ${(v as { quote?: string }).quote?.slice(0, 220) ?? ''}`,
      );
  }
}
console.log(`\n${corpus}: ${shown} numeric conflicts across ${byEvent.size} events`);
