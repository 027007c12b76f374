// Story-level disputes on real corpora, for reading by hand: each corpus is indexed with its gold events (stories are
// built as the extension's index builds them), the first article of every event in a story of two or more events is
// checked as the extension would, once with disputes stopping at the event's edge and once across the story. Prints
// the disputed-group counts before and after and every claim the story made disputed, with its quotes and events.
//   npx tsx tests/eval/story-disputes.ts [allsides|basil|newswcl50|ecbplus|fnc1|seeds]…   (default: all five corpora)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../lib/claims/index';
import { buildIndex, type BuildItem } from '../../lib/index/build';
import { MemoryStore } from '../../lib/index/memory-store';
import { CORPORA, loadCorpus, type CorpusName } from '../../lib/node/corpora';
import { readInputs } from '../../lib/node/inputs';
import { sharedPath } from '../../lib/node/paths';
import { checkArticle } from '../../lib/report';

async function seedItems(): Promise<BuildItem[]> {
  const dir = sharedPath('seeds');
  const out: BuildItem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  for await (const { outcome } of readInputs(files)) if (outcome.ok) out.push({ article: outcome.article });
  return out;
}

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = names.length ? names : [...CORPORA];
const rows: string[] = [];
for (const name of wanted) {
  if (name !== 'seeds' && !CORPORA.includes(name as CorpusName))
    throw new Error(`usage: story-disputes.ts [${CORPORA.join('|')}|seeds]…`);
  const items = name === 'seeds' ? await seedItems() : loadCorpus(name as CorpusName);
  const built = await buildIndex(items, { description: `story disputes: ${name}`, extractClaims });
  const store = new MemoryStore(built.header, built.records);
  const byId = new Map(items.map((it) => [it.article.id, it.article]));
  const stories = built.records.flatMap((r) => (r.k === 's' && r.events.length >= 2 ? [r] : []));
  const events = new Map(built.records.flatMap((r) => (r.k === 'e' ? [[r.id, r] as const] : [])));
  const ordinals = built.records.flatMap((r) => (r.k === 'a' ? [r.id] : []));
  let read = 0;
  let before = 0;
  let after = 0;
  for (const s of stories) {
    for (const eid of s.events) {
      const first = events
        .get(eid)!
        .members.map((n) => ordinals[n]!)
        .find((id) => byId.has(id));
      if (!first) continue;
      const article = byId.get(first)!;
      read++;
      const was = await checkArticle(store, article, { storyDisputes: false });
      const now = await checkArticle(store, article);
      const disputedBefore = new Set(was.claims.filter((c) => c.status === 'disputed').map((c) => c.text));
      before += disputedBefore.size;
      for (const c of now.claims.filter((x) => x.status === 'disputed')) {
        after++;
        const fresh = !disputedBefore.has(c.text);
        if (!fresh && !c.quotes.some((q) => q.eventId)) continue;
        console.log(`\n[${name} ${now.event?.id} ${fresh ? 'NEW' : 'widened'}] ${c.text}`);
        for (const q of c.quotes)
          console.log(
            `   ${q.stance.padEnd(10)} ${q.outlet}${q.eventId ? ` [${q.eventId} ${q.published ?? 'undated'}]` : ''}: ${q.text.slice(0, 220)}`,
          );
      }
    }
  }
  rows.push(`${name}: ${stories.length} stories of 2+ events, ${read} articles read; disputed groups ${before} → ${after}`);
  console.log(`\n${rows.at(-1)}`);
}
console.log(`\n${rows.join('\n')}`);
