// The article as Parallax read it: outlet and date as extracted, "unknown" where the page did not say. The outlet is
// the page's own host's; a canonical link to an unrelated host is shown only as what the page says (issue 23).
import type { Report } from '../lib/types.js';
import { formatDate, outletName } from '../lib/ui/format.js';
import { claimedHost } from '../lib/ui/claimed-source.js';
import { hostOf } from '../lib/ui/safe-url.js';

export function ArticleMeta({ article }: { article: Report['article'] }) {
  const claimed = claimedHost(article);
  const host = hostOf(article.url);
  return (
    <p class="muted small" data-testid="article-meta">
      <span class="visually-hidden">This article: </span>
      <bdi data-testid="article-outlet">{outletName(article.outlet, article.domain)}</bdi>
      {/* A page that claims another outlet's address is shown with its own host beside the name it gives itself. */}
      {claimed && host && <span data-testid="article-host"> ({host})</span>}
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
