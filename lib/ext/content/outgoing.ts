// What the content script sends, made to fit before it leaves the page (issue 23): the page's own host is its
// identity (a canonical link to another outlet becomes `claimedUrl`, "says it is from …"), and over-long fields are
// cut to the background's limits rather than refused (a 2,001-character title left the popup waiting forever).
import type { Article, ExtractOutcome } from '../../types.js';
import { LIMITS } from '../validate.js';

/** Host without the prefixes one outlet serves under (www., m., amp., mobile.). */
export function siteHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    let host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    while (/^(?:www\d?|m|amp|mobile)\./.test(host)) host = host.replace(/^[^.]+\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The publisher's host an AMP cache page stands for: www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/… */
export function ampOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    if (!/\.cdn\.ampproject\.org$/i.test(u.hostname)) return null;
    const m = /^\/(?:c|v|wp|i|r)\/(?:s\/)?([^/]+)/.exec(u.pathname);
    return m ? siteHost(`https://${m[1]}/`) : null;
  } catch {
    return null;
  }
}

/** Whether a canonical URL on `declared` may stand for a page on `page`: same site, or the page is its AMP cache.
 *  (Hosts one outlet owns under different names are related by the outlet table, in the background.) */
export function sameSite(page: string, declared: string): boolean {
  const a = siteHost(page);
  const b = siteHost(declared);
  return !!a && !!b && (a === b || ampOrigin(page) === b);
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const cutOrNull = (s: string | null | undefined, max: number): string | null => (s == null ? null : cut(s, max));

/** The article as the background will take it: identity from the page's host, every field within its limit. */
export function fitArticle(article: Article, pageUrl: string): Article {
  const declared = article.url && article.url !== pageUrl ? article.url : null;
  const trusted = declared !== null && declared.length <= LIMITS.url && sameSite(pageUrl, declared);
  const url = trusted ? declared : pageUrl;
  // An over-long canonical cannot be kept whole and is useless cut: it is dropped.
  const claimedUrl = declared && !trusted && declared.length <= LIMITS.url ? declared : null;
  return {
    ...article,
    id: url,
    url,
    domain: trusted ? article.domain : siteHost(pageUrl),
    claimedUrl,
    title: cut(article.title, LIMITS.title),
    text: cut(article.text, LIMITS.text),
    byline: cutOrNull(article.byline, LIMITS.field),
    siteName: cutOrNull(article.siteName, LIMITS.field),
    outlet: cutOrNull(article.outlet, LIMITS.field),
    published: cutOrNull(article.published, LIMITS.field),
    modified: cutOrNull(article.modified, LIMITS.field),
    section: cutOrNull(article.section, LIMITS.field),
    lang: cutOrNull(article.lang, 64),
    republishedFrom: cutOrNull(article.republishedFrom, LIMITS.field),
  };
}

export function fitOutcome(outcome: ExtractOutcome, pageUrl: string): ExtractOutcome {
  if (!outcome.ok) return { ...outcome, message: cut(outcome.message, LIMITS.field) };
  return {
    ...outcome,
    article: fitArticle(outcome.article, pageUrl),
    warnings: outcome.warnings.slice(0, LIMITS.warnings).map((w) => cut(w, LIMITS.field)),
  };
}
