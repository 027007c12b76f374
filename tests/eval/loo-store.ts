// A store with one article taken out, as if never indexed: leave-one-out ranking on the dev half (rank-loo.ts,
// rank-fit.ts) asks every article of an event against the others without rebuilding the index.
import type { ArticleRecord, IndexHeader } from '../../lib/index/format.js';
import type { IndexStore } from '../../lib/index/store.js';

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

