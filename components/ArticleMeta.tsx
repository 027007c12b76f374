// The article as Parallax read it: outlet and date as extracted, "unknown" where the page did not say. The outlet is
// the page's own host's; a canonical link to an unrelated host is shown only as what the page says (issue 23).
import type { Report } from '../lib/types.js';
import { formatDate, outletName } from '../lib/ui/format.js';
import { claimedHost } from '../lib/ui/claimed-source.js';

export function ArticleMeta({ article }: { article: Report['article'] }) {
  const claimed = claimedHost(article);
  return (
    <p class="muted small" data-testid="article-meta">
      <span class="visually-hidden">This article: </span>
      <bdi data-testid="article-outlet">{outletName(article.outlet, article.domain)}</bdi>
      {' · '}
      <span data-testid="article-date">{article.published ? formatDate(article.published) : 'date unknown'}</span>
      {claimed && (
        <>
          {' · '}
          <span data-testid="article-claimed">
            says it is from <bdi>{claimed}</bdi>
          </span>
        </>
      )}
    </p>
  );
}
