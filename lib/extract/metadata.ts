// Page metadata from a Document: canonical URL, title, byline, site name, published/modified, language, section.
// Order of sources follows Readability's (JSON-LD, then article:published_time, then parsely) so our dates agree
// with its test pages (../shared/data/readability-test-pages), then reaches further (more meta names, <time>).
import { readJsonLd, type JsonLdArticle, plainText } from './jsonld.js';
import { parseAbsoluteDate } from './printed-date.js';

export interface PageMeta {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  section: string | null;
  ogType: string | null;
  jsonLd: JsonLdArticle | null;
}

/** Bound the JSON we parse: a hostile page can ship megabytes of it (issue 3, bad input). */
const MAX_JSONLD_CHARS = 1_000_000;

const PUBLISHED_KEYS = ['article:published_time', 'parsely-pub-date', 'og:article:published_time', 'datepublished', 'article.published',
  'publishdate', 'publish-date', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'sailthru.date', 'date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

export function jsonLdBlocks(doc: Document): string[] {
  const out: string[] = [];
  let budget = MAX_JSONLD_CHARS;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const t = s.textContent ?? '';
    if (t.length > budget) break;
    budget -= t.length;
    out.push(t);
  }
  return out;
}

/** meta name/property/itemprop (lower-cased) → first non-empty content. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (m.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** An ISO-looking date is kept as written (time zone included); other forms are parsed. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  const printed = parseAbsoluteDate(s);
  if (printed) return printed;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function timeElementDate(doc: Document): string | null {
  const el = doc.querySelector('time[itemprop~="datePublished" i], time[pubdate], article time[datetime], [itemprop~="datePublished" i][datetime]');
  return el ? normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent) : null;
}

export function readMetadata(doc: Document, pageUrl: string | null): PageMeta {
  const meta = metaMap(doc);
  const ld = readJsonLd(jsonLdBlocks(doc));
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const declared = [canonical, meta.get('og:url'), ld?.url].find((u) => u?.trim());
  // <base href> only matters for a relative declaration, so it is looked up only then.
  const isAbsolute = !!declared && /^https?:\/\//i.test(declared.trim());
  const baseUrl = declared && !isAbsolute ? (absoluteUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl) : pageUrl;
  const url = absoluteUrl(canonical, baseUrl) ?? absoluteUrl(meta.get('og:url'), baseUrl) ?? absoluteUrl(ld?.url, baseUrl) ?? pageUrl;
  const published = normalizeDate(ld?.datePublished) ?? normalizeDate(first(PUBLISHED_KEYS)) ?? timeElementDate(doc);
  const modified = normalizeDate(ld?.dateModified) ?? normalizeDate(first(MODIFIED_KEYS));
  const lang = doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? meta.get('content-language') ?? ld?.inLanguage ?? null;
  return {
    url,
    title: ld?.headline ?? plainText(first(['og:title', 'twitter:title', 'dc.title'])),
    byline: ld?.author ?? plainText(first(['author', 'article:author', 'dc.creator', 'parsely-author', 'byl'])),
    siteName: plainText(meta.get('og:site_name')) ?? ld?.publisher ?? plainText(meta.get('application-name')),
    published,
    modified,
    lang,
    section: ld?.section ?? plainText(first(['article:section', 'section', 'parsely-section'])),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    jsonLd: ld,
  };
}
