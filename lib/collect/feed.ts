// A fetched feed or sitemap → the items it lists: RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed through feedsmith; news
// sitemaps (news:news) and plain sitemaps (with lastmod) through fast-xml-parser. Pure.
import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { canonicalUrl } from './canonical.js';
import type { SourceKind } from './sources.js';

export interface FeedItem {
  /** The feed's own id for the item (RSS guid, Atom id, JSON Feed id); null in sitemaps. */
  guid: string | null;
  /** Canonical form of the item's link. */
  url: string;
  title: string | null;
  /** Summary as plain text. */
  summary: string | null;
  /** ISO 8601, as the feed gives it; null when absent or unreadable. */
  published: string | null;
  author: string | null;
  language: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json' | 'news-sitemap' | 'sitemap' | 'sitemap-index';
  title: string | null;
  items: FeedItem[];
  /** A sitemap index's child sitemaps (with lastmod), to fetch in turn. */
  sitemaps: { url: string; lastmod: string | null }[];
}

export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/** Time as ISO 8601 in UTC, from RFC 822 (RSS), RFC 3339 (Atom, sitemaps) or anything Date reads; else null. */
export function isoTime(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const t = Date.parse(value.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** Markup in a summary → text: tags dropped, entities read (every HTML named entity, through `entities`), white
 * space folded. Summaries are short and shown as text; no DOM is needed (pages go through the full extraction). */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  const stripped = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  const text = decodeHTML(stripped)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return text || null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const textOf = (v: unknown): string | null => str(v) ?? str((v as { value?: unknown } | null | undefined)?.value);

function item(link: unknown, base: string | undefined, fields: Omit<FeedItem, 'url'>): FeedItem | null {
  const url = typeof link === 'string' ? canonicalUrl(link, base) : null;
  return url ? { url, ...fields, title: htmlToText(fields.title), summary: htmlToText(fields.summary) } : null;
}

/** Feed documents: feedsmith detects the format. */
function parseFeedDoc(text: string, base: string | undefined): ParsedFeed {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    throw new FeedParseError(`not a readable feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const items: (FeedItem | null)[] = [];
  const lang = (v: unknown) => str(v)?.toLowerCase() ?? null;
  if (parsed.format === 'rss') {
    const f = parsed.feed;
    for (const i of f.items ?? []) {
      const guid = str(i.guid?.value);
      const link = i.link ?? (i.guid?.isPermaLink !== false ? guid : null);
      items.push(
        item(link, base, {
          guid,
          title: str(i.title),
          summary: str(i.content?.encoded ? (i.description ?? null) : i.description),
          published: isoTime(i.pubDate ?? i.dc?.dates?.[0]),
          author: str(i.authors?.[0]) ?? str(i.dc?.creators?.[0]),
          language: lang(f.language),
        }),
      );
    }
    return { format: 'rss', title: str(f.title), items: items.filter((x): x is FeedItem => x !== null), sitemaps: [] };
  }
  if (parsed.format === 'rdf') {
    const f = parsed.feed;
    for (const i of f.items ?? []) {
      items.push(
        item(i.link, base, {
          guid: str(i.rdf?.about),
          title: str(i.title),
          summary: str(i.description),
          published: isoTime(i.dc?.dates?.[0]),
          author: str(i.dc?.creators?.[0]),
          language: lang(f.dc?.languages?.[0]),
        }),
      );
    }
    return { format: 'rdf', title: str(f.title), items: items.filter((x): x is FeedItem => x !== null), sitemaps: [] };
  }
  if (parsed.format === 'atom') {
    const f = parsed.feed;
    for (const e of f.entries ?? []) {
      const links = e.links ?? [];
      const link = (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href;
      items.push(
        item(link, base, {
          guid: str(e.id),
          title: textOf(e.title),
          summary: textOf(e.summary) ?? textOf(e.content),
          published: isoTime(e.published ?? e.updated),
          author: str(e.authors?.[0]?.name),
          language: null,
        }),
      );
    }
    return { format: 'atom', title: textOf(f.title), items: items.filter((x): x is FeedItem => x !== null), sitemaps: [] };
  }
  const f = parsed.feed;
  for (const i of f.items ?? []) {
    items.push(
      item(i.url ?? i.external_url, base, {
        guid: str(i.id),
        title: str(i.title),
        summary: str(i.summary) ?? str(i.content_text) ?? str(i.content_html),
        published: isoTime(i.date_published ?? i.date_modified),
        author: str(i.authors?.[0]?.name),
        language: lang(i.language ?? f.language),
      }),
    );
  }
  return { format: 'json', title: str(f.title), items: items.filter((x): x is FeedItem => x !== null), sitemaps: [] };
}

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
  htmlEntities: true,
});

type SitemapUrl = {
  loc?: unknown;
  lastmod?: unknown;
  news?: { publication_date?: unknown; title?: unknown; publication?: { language?: unknown } };
};

function parseSitemap(text: string, base: string | undefined): ParsedFeed {
  let doc: { urlset?: { url?: SitemapUrl[] }; sitemapindex?: { sitemap?: { loc?: unknown; lastmod?: unknown }[] } };
  try {
    doc = xml.parse(text, true) as typeof doc;
  } catch (err) {
    throw new FeedParseError(`not a readable sitemap: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (doc.sitemapindex) {
    const sitemaps = (doc.sitemapindex.sitemap ?? [])
      .map((s) => ({ url: typeof s.loc === 'string' ? canonicalUrl(s.loc, base) : null, lastmod: isoTime(s.lastmod) }))
      .filter((s): s is { url: string; lastmod: string | null } => s.url !== null);
    return { format: 'sitemap-index', title: null, items: [], sitemaps };
  }
  if (!doc.urlset) throw new FeedParseError('not a sitemap: no <urlset> or <sitemapindex>');
  let news = false;
  const items = (doc.urlset.url ?? []).map((u) => {
    if (u.news) news = true;
    return item(u.loc, base, {
      guid: null,
      title: str(u.news?.title),
      summary: null,
      published: isoTime(u.news?.publication_date) ?? isoTime(u.lastmod),
      author: null,
      language: str(u.news?.publication?.language)?.toLowerCase() ?? null,
    });
  });
  return {
    format: news ? 'news-sitemap' : 'sitemap',
    title: null,
    items: items.filter((x): x is FeedItem => x !== null),
    sitemaps: [],
  };
}

/** Parse a source's body. The kind from the source list is a hint: a feed URL that serves a sitemap is read as one. */
export function parseSourceBody(text: string, kind: SourceKind, base?: string): ParsedFeed {
  const head = text.slice(0, 2000);
  const looksSitemap = /<(urlset|sitemapindex)[\s>]/i.test(head);
  if (kind !== 'feed' || looksSitemap) return parseSitemap(text, base);
  return parseFeedDoc(text, base);
}
