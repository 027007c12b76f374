// Debug script: the numeric conflicts on real bodies, for reading by hand. As in disputes.ts, each event's first
// article is read against the rest; every conflict is printed with the sentence each figure comes from.
//   npx tsx tests/eval/numbers.ts [basil|allsides|newswcl50|ecbplus|fnc1]
import { analyzeEvent, extractClaims, type EventMember } from '../../lib/claims/index';
import { CORPORA, loadCorpus, type CorpusItem, type CorpusName } from '../../lib/node/corpora';

const corpus = process.argv[2] ?? 'basil';
if (!CORPORA.includes(corpus as CorpusName)) throw new Error(`usage: numbers.ts [${CORPORA.join('|')}]`);
const byEvent = new Map<string, CorpusItem[]>();
for (const it of loadCorpus(corpus as CorpusName)) byEvent.set(it.event.id, [...(byEvent.get(it.event.id) ?? []), it]);

let shown = 0;
for (const [eventId, its] of byEvent) {
  if (its.length < 2) continue;
  const [cur, ...rest] = its;
  const members: EventMember[] = rest.map((m) => ({
    article: m.article,
    claims: extractClaims(m.article),
    copyOf: null,
    eventId,
  }));
  const a = analyzeEvent({ article: cur!.article, claims: extractClaims(cur!.article), copyOf: null }, members);
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
