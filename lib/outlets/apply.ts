// Fill an article's outlet and domain from the outlet table: the table's name for the domain, else the site's
// own name, else what a capture prints. Unknown stays unknown: nothing is guessed or defaulted.
import type { Article } from '../types.js';
import { findOutletByName, normaliseHost, resolveOutlet } from './resolve.js';
import type { OutletProfile, OutletTable } from './types.js';

/** The table's profile for an article: by its URL/domain first, then (unless `byName` is false) by the outlet name
 *  it prints. A live page is known by its host only: its printed name is the page's own claim. */
export function outletProfileFor(article: Article, table: OutletTable, byName = true): OutletProfile | null {
  for (const where of [article.url, article.domain]) {
    const p = where ? resolveOutlet(table, where) : null;
    if (p) return p;
  }
  if (!byName) return null;
  for (const name of [article.outlet, article.siteName]) {
    const p = name ? findOutletByName(table, name) : null;
    if (p) return p;
  }
  return null;
}

/**
 * The extension's outlet for a page (issue 23): from the page's own host. A canonical link on another host that the
 * table knows as the same outlet (cnn.com and edition.cnn.com) is taken back as the page's URL; otherwise it stays
 * what the page claims. Neither the printed name nor a "first appeared on" line makes the page another outlet.
 */
export function applyPageOutlet(article: Article, table: OutletTable): Article {
  let a = article;
  const claimed = a.claimedUrl ? resolveOutlet(table, a.claimedUrl) : null;
  if (a.claimedUrl && claimed && a.url && resolveOutlet(table, a.url)?.domain === claimed.domain) {
    a = { ...a, url: a.claimedUrl, id: a.claimedUrl, claimedUrl: null };
  }
  const profile = outletProfileFor(a, table, false);
  const domain = profile?.domain ?? a.domain ?? (a.url ? normaliseHost(a.url) : null);
  return { ...a, outlet: profile?.name ?? a.siteName ?? a.outlet ?? null, domain };
}

export function applyOutlet(article: Article, table: OutletTable): Article {
  // A republished copy's outlet is the original's (seed 002: "This post appeared first on cnn.com").
  // The host page's own profile must then not be used: an unknown original stays unknown.
  const profile = article.republishedFrom ? findOutletByName(table, article.republishedFrom) : outletProfileFor(article, table);
  const domain = profile?.domain ?? article.domain ?? (article.url ? normaliseHost(article.url) : null);
  const outlet = profile?.name ?? article.republishedFrom ?? article.siteName ?? article.outlet ?? null;
  return { ...article, outlet, domain };
}
