// The collector bench's articles and sites: BASIL and FNC-1 full texts laid over one simulated day in publication
// order, on 12 sites in the four feed formats. The bench and its web process (collect-web.ts) build the same list.
import { loadBasil, loadFnc1 } from '../../lib/node/corpora.js';
import { datedArticles, siteSpecs } from '../collect/corpus-web.js';

export const T0 = Date.parse('2026-12-07T00:00:00Z');
export const SITES = 12;
const FORMATS = ['rss', 'atom', 'json', 'rdf'] as const;

export function benchCorpus(n: number) {
  const corpus = [
    ...datedArticles(loadBasil()),
    ...datedArticles(
      loadFnc1().map((it, i) => ({
        ...it,
        article: { ...it.article, published: new Date(Date.UTC(2026, 11, 1) + i * 60_000).toISOString() },
      })),
    ),
  ].slice(0, n);
  corpus.forEach((a, i) => (a.published = T0 + Math.floor((i * 86_400_000) / corpus.length)));
  return corpus;
}

export function benchSites(corpus: ReturnType<typeof benchCorpus>) {
  return siteSpecs(
    Array.from({ length: SITES }, (_, s) => ({
      name: `Site ${s}`,
      format: FORMATS[s % 4]!,
      articles: corpus.filter((_, i) => i % SITES === s),
    })),
  );
}
