// A feed item and its page's extraction → the article the reader's own collection adds, as the collector stores one
// (lib/node/collect/pages.ts): the page's text and metadata when it could be read, else the feed's title and summary
// as an excerpt; the date from the page, else the feed, else when it was collected; the page's canonical URL only
// when it is on the feed item's own site (a page cannot pose as another outlet's article). Pure.
import type { Article } from '../types.js';
import { canonicalUrl, siteDomain } from './canonical.js';
import type { FeedItem } from './feed.js';

function related(a: string, b: string): boolean {
  const x = siteDomain(a);
  const y = siteDomain(b);
  return !!x && !!y && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}

function iso(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = Date.parse(v.length === 10 ? `${v}T12:00:00Z` : v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** null when neither the page nor the feed gives a title (nothing to show or match). */
export function collectedArticle(item: FeedItem, page: Article | null, collectedAt: Date): Article | null {
  const title = page?.title?.trim() || item.title?.trim() || '';
  if (!title) return null;
  const canonical = page?.url && related(page.url, item.url) ? canonicalUrl(page.url) : null;
  const url = canonical ?? item.url;
  return {
    id: url,
    title,
    text: page?.text ?? item.summary ?? '',
    byline: page?.byline ?? item.author,
    siteName: page?.siteName ?? null,
    outlet: page?.outlet ?? null,
    domain: page?.domain ?? siteDomain(item.url),
    url,
    published: iso(page?.published) ?? iso(item.published) ?? collectedAt.toISOString(),
    lang: page?.lang ?? item.language?.slice(0, 2) ?? null,
    republishedFrom: page?.republishedFrom ?? null,
  };
}
