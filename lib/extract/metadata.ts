// Page metadata from a Document: canonical URL, title, byline, site name, published/modified, language, section.
// Order of sources follows Readability's (JSON-LD, then article:published_time, then parsely) so our dates agree
// with its test pages (../shared/data/readability-test-pages), then reaches further (more meta names, <time>).
import { readJsonLdAll, type JsonLdArticle, plainText } from './jsonld.js';
import { scanPage, type PageScan } from './page-scan.js';
import { parseAbsoluteDate } from './printed-date.js';

/** Metadata of a page too large for the bounded scan is still read (the limits only guard extraction). */
function scanAll(doc: Document): PageScan {
  const r = scanPage(doc, { elements: Infinity, chars: Infinity });
  if (!r.ok) throw new Error(r.message);
  return r.scan;
}

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
  /** Every JSON-LD @type on the page (the page type reads them). */
  ldTypes: string[];
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'parsely-pub-date',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'publishdate',
  'publish-date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'sailthru.date',
  'date',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

/** meta name/property/itemprop (lower-cased) → first non-empty content. */
function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
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

/** A <time> marked as the publication date, else the first <time datetime> inside an <article>. */
function timeElementDate(times: Element[]): string | null {
  const marked = times.find(
    (t) => /(?:^|\s)datePublished(?:\s|$)/i.test(t.getAttribute('itemprop') ?? '') || t.hasAttribute('pubdate'),
  );
  const el = marked ?? times.find((t) => t.hasAttribute('datetime') && t.closest('article'));
  return el ? normalizeDate(el.getAttribute('datetime') ?? el.textContent) : null;
}

export function readMetadata(doc: Document, pageUrl: string | null, given?: PageScan): PageMeta {
  const scan = given ?? scanAll(doc);
  const meta = metaMap(scan.metas);
  const { article: ld, types: ldTypes } = readJsonLdAll(scan.jsonLd);
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  const canonical = scan.links.find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href');
  const declared = [canonical, meta.get('og:url'), ld?.url].find((u) => u?.trim());
  // <base href> only matters for a relative declaration, so it is looked up only then.
  const isAbsolute = !!declared && /^https?:\/\//i.test(declared.trim());
  const baseUrl = declared && !isAbsolute ? (absoluteUrl(scan.bases[0]?.getAttribute('href'), pageUrl) ?? pageUrl) : pageUrl;
  const url =
    absoluteUrl(canonical, baseUrl) ?? absoluteUrl(meta.get('og:url'), baseUrl) ?? absoluteUrl(ld?.url, baseUrl) ?? pageUrl;
  const published = normalizeDate(ld?.datePublished) ?? normalizeDate(first(PUBLISHED_KEYS)) ?? timeElementDate(scan.times);
  const modified = normalizeDate(ld?.dateModified) ?? normalizeDate(first(MODIFIED_KEYS));
  const lang =
    doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? meta.get('content-language') ?? ld?.inLanguage ?? null;
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
    ldTypes,
  };
}
