// Event ranking on the DEV half, leave-one-out: every article of an event with two or more is asked against an
// index of the dev half without it (its postings and document frequencies taken out, as if never built in), so
// acc@1 is read on three times the queries of eval:match's one held-out article per event (AllSides dev: 736, not
// 189). Prints acc@1 per corpus for a range of WEIGHTS.spread, the current value marked; the ranking's other
// weights stay fixed. The test half is never read. Usage: tsx tests/eval/rank-loo.ts [corpus…] [--misses]
import { WEIGHTS } from '../../lib/index/pair-weights.js';
import type { EventCandidate } from '../../lib/match/rank.js';
import { CORPORA, type CorpusName } from '../../lib/node/corpora.js';
import { looRankings } from './loo-store.js';

const SPREADS = [0, 0.1, 0.2, 0.3, 0.4, 0.5];

/** The event score with another spread weight (eventScore is linear in it). */
function rescored(e: EventCandidate, spread: number): number {
  const d = e.second ? e.second.score - e.best.score : 0;
  return e.score + (spread - WEIGHTS.spread) * d;
}

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--')) as CorpusName[];
const showMisses = args.includes('--misses');
console.log(`corpus     queries  ${SPREADS.map((s) => `spread ${s}${s === WEIGHTS.spread ? '*' : ' '}`).join(' ')}`);
for (const name of names.length ? names : CORPORA) {
  const right = SPREADS.map(() => 0);
  let asked = 0;
  for await (const { item: it, events } of looRankings(name)) {
    asked++;
    SPREADS.forEach((s, i) => {
      const top = events.reduce<EventCandidate | null>((b, e) => (!b || rescored(e, s) > rescored(b, s) ? e : b), null);
      if (top?.eventId === it.event.id) right[i]!++;
    });
    if (showMisses && events[0]?.eventId !== it.event.id) {
      const at = events.findIndex((e) => e.eventId === it.event.id);
      console.log(
        `  miss ${it.article.id} «${it.article.title.slice(0, 60)}» right event at ${at} → ${events[0]?.eventId ?? '-'} «${events[0]?.rec.title.slice(0, 50) ?? ''}»`,
      );
    }
  }
  console.log(
    `${name.padEnd(10)} ${String(asked).padStart(7)}  ${right.map((r) => (r / asked).toFixed(3).padStart(11)).join(' ')}`,
  );
}
