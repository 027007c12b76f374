// MiniSearch (BM25+) over the same articles as our index: the baseline for acc@1 and query latency.
import MiniSearch from 'minisearch';
import type { Article } from '../../lib/types.js';
import { isStopword } from '../../lib/text/tokens.js';

export interface Baseline {
  /** Event of the best-scoring article, or null when nothing scores. */
  top(article: Article): string | null;
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
    top(article) {
      const q = `${article.title} ${article.text.split(/\s+/).slice(0, QUERY_WORDS).join(' ')}`;
      const hit = ms.search(q, { boost: { title: 2 } })[0];
      return hit ? items[hit.id as number]!.event.id : null;
    },
  };
}
