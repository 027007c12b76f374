// Sites of the local news web made from a labelled corpus: each article keeps its gold event, so the collector's
// events can be scored against it. Publication times are the corpus dates plus a few minutes per article.
import type { CorpusItem } from '../../lib/node/corpora.js';
import type { Fault, FeedFormat, SiteSpec, WebArticle } from './news-web.js';

export interface Labelled extends WebArticle {
  event: string;
  site: string;
}

export const slugOf = (id: string) => id.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Dated corpus items, oldest event first, as web articles (ten minutes apart within a day). */
export function datedArticles(items: readonly CorpusItem[]): (Labelled & { outlet: string })[] {
  const dated = items.filter((it) => it.article.published && Number.isFinite(Date.parse(it.article.published)));
  dated.sort(
    (a, b) => Date.parse(a.article.published!) - Date.parse(b.article.published!) || (a.article.id < b.article.id ? -1 : 1),
  );
  return dated.map((it, i) => ({
    slug: slugOf(it.article.id),
    title: it.article.title,
    text: it.article.text,
    published:
      Date.parse(it.article.published!.length === 10 ? `${it.article.published}T08:00:00Z` : it.article.published!) +
      (i % 60) * 600_000,
    byline: null,
    event: it.event.id,
    site: it.article.outlet ?? 'Unknown',
    outlet: it.article.outlet ?? 'Unknown',
  }));
}

export function siteSpecs(groups: { name: string; format: FeedFormat; articles: Labelled[]; faults?: Fault[] }[]): SiteSpec[] {
  return groups.map((g) => ({
    name: g.name,
    format: g.format,
    faults: g.faults,
    articles: g.articles.map((a) => ({ ...a, site: g.name })),
  }));
}

/** B-cubed precision, recall and F1 of a clustering against gold labels, over the items both label. */
export function bcubed(
  pred: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { p: number; r: number; f1: number; n: number } {
  const ids = [...gold.keys()].filter((id) => pred.has(id));
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const id of ids) {
    (byPred.get(pred.get(id)!) ?? byPred.set(pred.get(id)!, []).get(pred.get(id)!)!).push(id);
    (byGold.get(gold.get(id)!) ?? byGold.set(gold.get(id)!, []).get(gold.get(id)!)!).push(id);
  }
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const c = byPred.get(pred.get(id)!)!;
    const g = byGold.get(gold.get(id)!)!;
    const both = c.filter((x) => gold.get(x) === gold.get(id)).length;
    p += both / c.length;
    r += both / g.length;
  }
  const n = ids.length || 1;
  p /= n;
  r /= n;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: ids.length };
}
