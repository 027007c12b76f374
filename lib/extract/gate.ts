// Cheap checks before the expensive work: is this page an article at all, and is it small enough to parse?
// The content script calls these on the live document so non-article pages cost almost nothing (issue 3).
import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleType, jsonLdTypes } from './jsonld.js';
import { MAX_ELEMENTS, MAX_TEXT_CHARS, scanPage } from './page-scan.js';

export { MAX_ELEMENTS, MAX_TEXT_CHARS };
/** The gate parses at most this much JSON-LD: it must stay cheap on hostile pages. */
const MAX_GATE_JSON_CHARS = 500_000;

export function isLikelyArticle(doc: Document): { likely: boolean; why: string } {
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article:')) return { likely: true, why: `og:type ${ogType}` };
  let budget = MAX_GATE_JSON_CHARS;
  const blocks = Array.from(doc.getElementsByTagName('script'))
    .filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '')
    .filter((t) => (budget -= t.length) >= 0);
  const ldType = jsonLdTypes(blocks).find(isArticleType);
  if (ldType) return { likely: true, why: `JSON-LD ${ldType}` };
  if (isProbablyReaderable(doc)) return { likely: true, why: 'readerable (enough long paragraphs)' };
  return { likely: false, why: ogType ? `og:type ${ogType}, few long paragraphs` : 'few long paragraphs, no article metadata' };
}

export type SizeVerdict = { ok: true; hasText: boolean } | { ok: false; message: string };

/** Bounded size check (see page-scan.ts): stops counting at the limit, so a huge page costs no more than that. */
export function checkSize(doc: Document, limits = { elements: MAX_ELEMENTS, chars: MAX_TEXT_CHARS }): SizeVerdict {
  const r = scanPage(doc, limits);
  return r.ok ? { ok: true, hasText: r.scan.hasText } : r;
}
