// Debug count: claims that end a quotation they did not open (an odd number of quotation marks, a closing one near the
// end, none at the start) and name no speaker, with the claims naming one across the corpus. Such a claim shows a
// quotation as the outlet's own word. `--list` prints them.
//   npx tsx tests/eval/quote-endings.ts [basil|allsides|newswcl50|ecbplus|fnc1] [--list]
import { extractArticleClaims } from '../../lib/claims/extract/extract';
import { CORPORA, loadCorpus, type CorpusName } from '../../lib/node/corpora';

const corpus = (process.argv[2] ?? 'basil') as CorpusName;
if (!CORPORA.includes(corpus)) throw new Error(`usage: quote-endings.ts [${CORPORA.join('|')}] [--list]`);
const list = process.argv.includes('--list');
let claims = 0;
let ending = 0;
let unnamed = 0;
let named = 0;
for (const it of loadCorpus(corpus)) {
  for (const c of extractArticleClaims(it.article)) {
    claims++;
    if (c.party) named++;
    const s = c.sentence.trim();
    const marks = s.match(/["“”]/g)?.length ?? 0;
    if (marks % 2 === 0 || /^["“]/.test(s) || !/[”"]\s*$|[”"]\s*[,.]?\s*\S+\s+\S+\.?$/u.test(s)) continue;
    ending++;
    if (c.party) continue;
    unnamed++;
    if (list) console.log(`${it.article.id}\t${s.slice(0, 200)}`);
  }
}
console.log(
  `${corpus}: ${claims} claims, ${named} naming a speaker; ${ending} end a quotation, ${unnamed} of them with no speaker`,
);
