// Leave-one-out over one half of a corpus (rank-loo.ts and rank-fit.ts on the dev half; eval:match's every-article
// acc@1 on both): every article of an event with two or more is asked against the half's index with that one article
// taken out, as if never indexed, without rebuilding it.
import { buildIndex } from '../../lib/index/build.js';
import type { ArticleRecord, IndexHeader } from '../../lib/index/format.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import type { IndexStore } from '../../lib/index/store.js';
import { matchArticle, type MatchResult } from '../../lib/match/match.js';
import { buildQuery } from '../../lib/match/query.js';
import { rankEvents, type EventCandidate } from '../../lib/match/rank.js';
import { loadCorpus, type CorpusItem, type CorpusName } from '../../lib/node/corpora.js';
import { inPart } from './split.js';

/** Each article of an event with two or more in half `part`, with the half's index as if it had never been built in. */
async function* looViews(
  name: CorpusName,
  part: 0 | 1,
): AsyncGenerator<{ item: CorpusItem; view: IndexStore; rec: ArticleRecord }> {
  const items = loadCorpus(name).filter((it) => inPart(it.event.id, part));
  const built = await buildIndex(items, { description: name });
  const store = new MemoryStore(built.header, built.records);
  const recs = new Map<string, ArticleRecord>();
  const size = new Map<string, number>();
  for (const r of built.records) {
    if (r.k !== 'a') continue;
    recs.set(r.id, r);
    size.set(r.event, (size.get(r.event) ?? 0) + 1);
  }
  for (const item of items) {
    if ((size.get(item.event.id) ?? 0) < 2) continue;
    const rec = recs.get(item.article.id)!;
    yield { item, view: without(store, built.header, rec), rec };
  }
}

/** Each article of an event with two or more in half `part` (dev by default), with the events ranked for it by the
 *  index without it. */
export async function* looRankings(
  name: CorpusName,
  part: 0 | 1 = 0,
): AsyncGenerator<{ item: CorpusItem; events: EventCandidate[] }> {
  for await (const { item, view, rec } of looViews(name, part)) {
    const query = await buildQuery(view, item.article);
    const { events } = await rankEvents(view, query.profile, new Set([rec.n]), query.df);
    yield { item, events };
  }
}

/** Each article of an event with two or more in half `part`, with what matchArticle answers for it (the whole match
 *  as the extension runs it) from the index without it. */
export async function* looMatches(name: CorpusName, part: 0 | 1): AsyncGenerator<{ item: CorpusItem; result: MatchResult }> {
  for await (const { item, view } of looViews(name, part)) yield { item, result: await matchArticle(view, item.article) };
}

/** The store as if `rec` had never been indexed: its terms' frequencies one lower, its postings gone. */
export function without(store: IndexStore, head: IndexHeader, rec: ArticleRecord): IndexStore {
  const own = new Set<string>();
  for (let i = 0; i < rec.fp.t.length; i += 2) own.add(rec.fp.t[i] as string);
  const header = { ...head, counts: { ...head.counts, articles: head.counts.articles - 1 } };
  return {
    header: async () => header,
    byUrl: async (u) => (await store.byUrl(u)).filter((r) => r.n !== rec.n),
    df: async (terms) => {
      const m = await store.df(terms);
      // Frequencies count every term of a text, postings only its fingerprint's: a term outside the fingerprint
      // keeps its count, one too many (a small bias towards the article's own rarest words).
      for (const t of own) {
        const d = m.get(t);
        if (d !== undefined && d <= 1) m.delete(t);
        else if (d !== undefined) m.set(t, d - 1);
      }
      return m;
    },
    postings: async (terms) => {
      const m = await store.postings(terms);
      for (const t of own) {
        const p = m.get(t)?.filter((o) => o !== rec.n);
        if (p?.length) m.set(t, p);
        else m.delete(t);
      }
      return m;
    },
    articles: async (os) => (await store.articles(os)).filter((r) => r.n !== rec.n),
    events: (ids) => store.events(ids),
    story: (id) => store.story(id),
  };
}
