// Matching against the index a reader of published deltas holds. A collector sends a term's df only from DF_MIN
// articles on and again only when it leaves its bucket (lib/node/collect/publish-diff.ts), so a reader holds the df
// the term had when it entered its bucket; below DF_MIN, the number of its articles with the term among their
// fingerprint's terms (toIndex). A collector may also publish fewer of a fingerprint's terms or entities. This builds
// each corpus's index (the eval:match split's dev half: the rules are chosen on it), gives its terms and fingerprints what such a reader would
// hold under each rule, and prints acc@1, right matches and abstentions beside the bundled index's exact figures.
//   npx tsx tests/eval/published-index.ts [--write-docs]
import { buildIndex } from '../../lib/index/build.js';
import { decodePostings, encodePostings, type Fingerprint, type IndexRecord } from '../../lib/index/format.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { matchArticle } from '../../lib/match/match.js';
import { CORPORA, loadCorpus } from '../../lib/node/corpora.js';
import { runLine, table, wantsDocs, writeMeasurements } from '../docs/measurements.js';
import { split } from './split.js';

type Rule = { name: string; df: (df: number, postings: number) => number; fp?: (fp: Fingerprint) => Fingerprint };
/** The df a reader holds: the first value of the df's bucket (never below `min`), or its postings below `min`. */
const bucketed = (base: number, min: number): Rule => ({
  name: `sent from ${min}, on moving by ×${base}`,
  df: (df, postings) => {
    if (df < min) return postings;
    const bucket = (d: number) => Math.floor(Math.log(d) / Math.log(base));
    let d = df;
    while (d - 1 >= min && bucket(d - 1) === bucket(df)) d--;
    return d;
  },
});
const trimmed = (rule: Rule, terms: number, entities: number): Rule => ({
  name: `${rule.name}; ${terms} terms, ${entities} entities a fingerprint`,
  df: rule.df,
  fp: (fp) => ({ ...fp, t: fp.t.slice(0, 2 * terms), e: fp.e.slice(0, entities) }),
});
const RULES: Rule[] = [
  { name: 'exact (the bundled index)', df: (df) => df },
  bucketed(1.5, 3),
  bucketed(2, 3),
  bucketed(1.5, 5),
  bucketed(1.5, 8),
  trimmed(bucketed(1.5, 5), 20, 12),
  trimmed(bucketed(1.5, 5), 16, 12),
  trimmed(bucketed(1.5, 5), 24, 8),
];

/** The index records as a reader holds them under `rule`: terms' df, fingerprints cut, and postings of the terms a
 * cut fingerprint no longer carries dropped (a reader's postings come from the fingerprints it holds: toIndex). */
function publishedRecords(records: readonly IndexRecord[], rule: Rule): IndexRecord[] {
  const cut = new Map<number, Set<string>>();
  const out = records.map((r) => {
    if (r.k !== 'a' || !rule.fp) return r;
    const fp = rule.fp(r.fp);
    cut.set(r.n, new Set(fp.t.filter((_, i) => i % 2 === 0) as string[]));
    return { ...r, fp };
  });
  return out.map((r) => {
    if (r.k !== 't') return r;
    const all = decodePostings(r.p);
    const kept = rule.fp ? [...all].filter((n) => cut.get(n)?.has(r.t) ?? true) : [...all];
    return { ...r, df: rule.df(r.df, kept.length), p: encodePostings(kept) };
  });
}

const totals = RULES.map(() => ({ known: 0, top1: 0, right: 0, unknown: 0, none: 0, wrong: 0 }));
for (const name of CORPORA) {
  // The dev half only: DF_MIN and the buckets are chosen on these figures, and the test half judges matching.
  const s = split(loadCorpus(name), { unknownShare: 0.25, part: 0 });
  const built = await buildIndex(s.indexed, { description: name });
  for (const [i, rule] of RULES.entries()) {
    const records = publishedRecords(built.records, rule);
    const store = new MemoryStore(built.header, records);
    const t = totals[i]!;
    for (const q of s.known) {
      const r = await matchArticle(store, q.article);
      t.known++;
      if (r.ranking[0]?.eventId === q.event.id) t.top1++;
      if (r.info.status === 'matched') {
        if (r.eventId === q.event.id) t.right++;
        else t.wrong++;
      }
    }
    for (const q of s.unknown) {
      const r = await matchArticle(store, q.article);
      t.unknown++;
      if (r.info.status === 'none') t.none++;
      else if (r.info.status === 'matched') t.wrong++;
    }
  }
  console.log(`${name} done`);
}
const f = (x: number, n: number) => (x / (n || 1)).toFixed(3);
const head = ['what a reader holds', 'acc@1 (known events)', 'matched right', 'abstained on unknown events', 'wrong matches'];
const rows = RULES.map((r, i) => {
  const t = totals[i]!;
  return [r.name, f(t.top1, t.known), f(t.right, t.known), f(t.none, t.unknown), t.wrong];
});
console.log(table(head, rows));
if (wantsDocs())
  writeMeasurements(
    'eval-published-index',
    'Matching against a published index: `tsx tests/eval/published-index.ts`',
    `${runLine('tsx tests/eval/published-index.ts --write-docs')}

Every corpus of eval:match, the dev half of its split (${totals[0]!.known} known and ${totals[0]!.unknown} unknown queries), matched
against its index with the terms' df as a reader of published deltas holds them under each rule (the collector's is
set in lib/node/collect: DF_MIN and publish-diff.ts's bucket) and its fingerprints cut to their heaviest terms and first
entities (the reader's postings then lose the terms a cut fingerprint drops).

${table(head, rows)}`,
  );
