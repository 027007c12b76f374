// The article as Parallax read it: outlet and date as extracted, "unknown" where the page did not say.
import type { Report } from '../lib/types.js';
import { formatDate, outletName } from '../lib/ui/format.js';

export function ArticleMeta({ article }: { article: Report['article'] }) {
  return (
    <p class="muted small" data-testid="article-meta">
      <span class="visually-hidden">This article: </span>
      <span data-testid="article-outlet">{outletName(article.outlet, article.domain)}</span>
      {' · '}
      <span data-testid="article-date">{article.published ? formatDate(article.published) : 'date unknown'}</span>
    </p>
  );
}
