// JSON-LD article metadata: the first NewsArticle/Article-like node, looked for in arrays and @graph too.
// Page content is hostile: JSON is parsed, never evaluated, and every string read is reduced to plain text.

const ARTICLE_TYPE =
  /^(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech|Advertiser)?Article|BlogPosting|LiveBlogPosting|Report|NewsArticle|SocialMediaPosting)$/;

type Json = unknown;
export interface JsonLdArticle {
  types: string[];
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  section: string | null;
  inLanguage: string | null;
}

/** A string value as plain text: tags dropped, basic entities decoded, whitespace collapsed. */
export function plainText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39|apos|nbsp);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' })[e] ?? ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function nameOf(value: Json): string | null {
  if (typeof value === 'string') return plainText(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return plainText((value as Record<string, Json>).name);
  return null;
}

function urlOf(value: Json): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, Json>;
    return typeof v['@id'] === 'string' ? v['@id'] : typeof v.url === 'string' ? v.url : null;
  }
  return null;
}

/** Depth-first over arrays, @graph and nested objects (bounded: hostile pages can nest deeply). */
function findArticle(node: Json, depth: number): Record<string, Json> | null {
  if (depth > 6 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const hit = findArticle(item, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const obj = node as Record<string, Json>;
  if (typesOf(obj).some((t) => ARTICLE_TYPE.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1) ?? findArticle(obj.mainEntity, depth + 1);
}

/** All JSON-LD @type names in parsed blocks. */
function typesIn(roots: readonly Json[]): string[] {
  const out: string[] = [];
  const walk = (node: Json, depth: number) => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const obj = node as Record<string, Json>;
    out.push(...typesOf(obj));
    walk(obj['@graph'], depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}

/** All JSON-LD @type names on the page (for the article gate). */
export function jsonLdTypes(blocks: string[]): string[] {
  return typesIn(blocks.map(parseBlock));
}

function parseBlock(text: string): Json {
  try {
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
  } catch {
    return null;
  }
}

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPE.test(type);
}

/** The page's article node and every @type on the page, each block parsed once (extraction needs both: metadata
 * and the page type). */
export function readJsonLdAll(blocks: string[]): { article: JsonLdArticle | null; types: string[] } {
  const roots = blocks.map(parseBlock);
  return { article: articleIn(roots), types: typesIn(roots) };
}

function articleIn(roots: readonly Json[]): JsonLdArticle | null {
  for (const root of roots) {
    const a = findArticle(root, 0);
    if (!a) continue;
    const str = (k: string) => (typeof a[k] === 'string' ? (a[k] as string).trim() || null : null);
    return {
      types: typesOf(a),
      headline: plainText(a.headline) ?? plainText(a.name),
      datePublished: str('datePublished') ?? str('dateCreated'),
      dateModified: str('dateModified'),
      author: nameOf(a.author) ?? nameOf(a.creator),
      publisher: nameOf(a.publisher),
      url: urlOf(a.mainEntityOfPage) ?? str('url'),
      section: nameOf(a.articleSection),
      inLanguage: nameOf(a.inLanguage),
    };
  }
  return null;
}
