// Fill an article's outlet and domain from the outlet table: the table's name for the domain, else the site's
// own name, else what a capture prints. Unknown stays unknown: nothing is guessed or defaulted.
import type { Article } from '../types.js';
import { findOutletByName, normaliseHost, resolveOutlet } from './resolve.js';
import type { OutletProfile, OutletTable } from './types.js';

/** The table's profile for an article: by its URL/domain first, then by the outlet name it prints. */
export function outletProfileFor(article: Article, table: OutletTable): OutletProfile | null {
  for (const where of [article.url, article.domain]) {
    const p = where ? resolveOutlet(table, where) : null;
    if (p) return p;
  }
  for (const name of [article.outlet, article.siteName]) {
    const p = name ? findOutletByName(table, name) : null;
    if (p) return p;
  }
  return null;
}

export function applyOutlet(article: Article, table: OutletTable): Article {
  // A republished copy's outlet is the original's (seed 002: "This post appeared first on cnn.com").
  // The host page's own profile must then not be used: an unknown original stays unknown.
  const profile = article.republishedFrom ? findOutletByName(table, article.republishedFrom) : outletProfileFor(article, table);
  const domain = profile?.domain ?? article.domain ?? (article.url ? normaliseHost(article.url) : null);
  const outlet = profile?.name ?? article.republishedFrom ?? article.siteName ?? article.outlet ?? null;
  return { ...article, outlet, domain };
}
