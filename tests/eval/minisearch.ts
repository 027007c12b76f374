// MiniSearch (BM25+) over the same articles as our index: the baseline for acc@1 and query latency.
import MiniSearch from 'minisearch';
import type { Article } from '../../lib/types.js';
import { isStopword } from '../../lib/text/tokens.js';

export interface Baseline {
  /** Event of the best-scoring article, or null when nothing scores; `exclude` (an article id) is passed over, the held-out
   *  article of a leave-one-out run (its words still count in the frequencies: a negligible difference at this size). */
  top(article: Article, exclude?: string): string | null;
}

/** Query with the title and the lead: MiniSearch's cost grows with query length, and the lead names the event. */
const QUERY_WORDS = 60;

export function miniSearchBaseline(items: readonly { article: Article; event: { id: string } }[]): Baseline {
  // Stopwords dropped (the same list as ours): BM25 over "the", "said"… only slows every query down.
  const ms = new MiniSearch<{ id: number; title: string; text: string }>({
    fields: ['title', 'text'],
    idField: 'id',
    processTerm: (term) => {
      const t = term.toLowerCase();
      return t.length < 2 || isStopword(t) ? null : t;
    },
  });
  ms.addAll(items.map((it, id) => ({ id, title: it.article.title, text: it.article.text })));
  return {
    top(article, exclude) {
      const q = `${article.title} ${article.text.split(/\s+/).slice(0, QUERY_WORDS).join(' ')}`;
      const filter = exclude === undefined ? undefined : (r: { id: unknown }) => items[r.id as number]!.article.id !== exclude;
      const hit = ms.search(q, { boost: { title: 2 }, filter })[0];
      return hit ? items[hit.id as number]!.event.id : null;
    },
  };
}
