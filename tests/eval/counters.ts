// Debug script: every counter-claim link ("Kyiv insists …" set against an earlier claim of the same article) in a
// corpus's bodies, with both sides, the shared terms and the contested claim's event classes, for reading by hand.
//   npx tsx tests/eval/counters.ts [basil|allsides|newswcl50|ecbplus|fnc1] [event id part]
import { extractArticleClaims as extractClaims } from '../../lib/claims/extract/extract';
import { claimProposition } from '../../lib/claims/extract/claim-text';
import { loadCorpus, type CorpusName } from '../../lib/node/corpora';
const corpus = (process.argv[2] ?? 'ecbplus') as CorpusName;
const only = process.argv[3];
let n = 0;
for (const it of loadCorpus(corpus)) {
  if (only && !it.event.id.includes(only)) continue;
  const cs = extractClaims(it.article);
  for (const c of cs) {
    if (!c.counter || c.contests === undefined) continue;
    n++;
    const t = cs[c.contests]!;
    const a = new Set(claimProposition(c).terms);
    const shared = claimProposition(t).terms.filter((x) => a.has(x));
    console.log(
      `\n[${it.event.id}] ${c.party} (${c.side}) ⟂ ${t.party} (${t.side}) shared [${shared.join(' ')}] ev [${claimProposition(t).events.join(' ')}]`,
    );
    console.log(`  C: ${c.sentence.slice(0, 160)}`);
    console.log(`  T: ${t.sentence.slice(0, 160)}`);
  }
}
console.log(`\n${corpus}: ${n} counter-claims`);
