// The source list: OPML, the format every feed reader imports and exports. Each outline with an xmlUrl is a source
// (a feed, a news sitemap or a plain sitemap), with the outlet's site and, where given, its outlet-table domain.
import { parseOpml } from 'feedsmith';
import { canonicalUrl, siteDomain } from './canonical.js';

export type SourceKind = 'feed' | 'news-sitemap' | 'sitemap';

export interface Source {
  /** The feed or sitemap URL (canonical form): the source's key. */
  url: string;
  kind: SourceKind;
  title: string;
  /** The outlet's site, when the outline gives one. */
  site: string | null;
  /** Domain in the outlet table: the outline's parallaxOutlet, else the site's host, else the feed's host. */
  outlet: string | null;
  language: string | null;
  /** The outline's category, or the title of the folder outline it sits in ("US"). */
  group: string | null;
}

export interface SourceList {
  title: string | null;
  sources: Source[];
  /** Outlines skipped, each with the reason (no or bad xmlUrl, a repeat). */
  skipped: string[];
}

const EXTRA = ['parallaxOutlet', 'language', 'category'] as const;

function kindOf(type: string | undefined, url: string): SourceKind {
  const t = (type ?? '').toLowerCase();
  if (t === 'news-sitemap') return 'news-sitemap';
  if (t === 'sitemap') return /news/i.test(url) ? 'news-sitemap' : 'sitemap';
  return 'feed';
}

interface Outline {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
  parallaxOutlet?: string;
  language?: string;
  category?: string;
}

/** Parse an OPML document; throws with a plain message when it is not OPML at all. */
export function parseSourceList(text: string): SourceList {
  let doc;
  try {
    doc = parseOpml(text, { extraOutlineAttributes: EXTRA });
  } catch (err) {
    throw new Error(`not an OPML source list: ${err instanceof Error ? err.message : String(err)}`);
  }
  const out: SourceList = { title: doc.head?.title ?? null, sources: [], skipped: [] };
  const seen = new Set<string>();
  const walk = (outlines: readonly Outline[] | undefined, folder: string | null) => {
    for (const o of outlines ?? []) {
      const name = o.title ?? o.text ?? '';
      if (!o.xmlUrl) {
        if (o.outlines?.length) walk(o.outlines, name || folder);
        else if (name) out.skipped.push(`${name}: no xmlUrl`);
        continue;
      }
      const url = canonicalUrl(o.xmlUrl);
      if (!url) {
        out.skipped.push(`${name || o.xmlUrl}: not an http(s) URL`);
        continue;
      }
      if (seen.has(url)) {
        out.skipped.push(`${name || url}: listed twice`);
        continue;
      }
      seen.add(url);
      const site = o.htmlUrl ? canonicalUrl(o.htmlUrl) : null;
      out.sources.push({
        url,
        kind: kindOf(o.type, url),
        title: name || url,
        site,
        outlet: o.parallaxOutlet?.trim().toLowerCase() || siteDomain(site ?? url),
        language: o.language?.trim() || null,
        group: o.category?.replace(/^\//, '') || folder,
      });
      if (o.outlines?.length) walk(o.outlines, name || folder);
    }
  };
  walk(doc.body?.outlines as Outline[] | undefined, null);
  return out;
}
