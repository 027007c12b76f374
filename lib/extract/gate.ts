// Cheap checks before the expensive work: is this page an article at all, and is it small enough to parse?
// The content script calls these on the live document so non-article pages cost almost nothing (issue 3).
import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleType, jsonLdTypes } from './jsonld.js';
import { jsonLdBlocks } from './metadata.js';

/** Pages beyond these are refused with "too-large": Readability's work grows with the DOM (issue 3: 20 MB pages). */
export const MAX_ELEMENTS = 60_000;
export const MAX_TEXT_CHARS = 5_000_000;

export function isLikelyArticle(doc: Document): { likely: boolean; why: string } {
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article:')) return { likely: true, why: `og:type ${ogType}` };
  const ldType = jsonLdTypes(jsonLdBlocks(doc)).find(isArticleType);
  if (ldType) return { likely: true, why: `JSON-LD ${ldType}` };
  if (isProbablyReaderable(doc)) return { likely: true, why: 'readerable (enough long paragraphs)' };
  return { likely: false, why: ogType ? `og:type ${ogType}, few long paragraphs` : 'few long paragraphs, no article metadata' };
}

export type SizeVerdict = { ok: true; hasText: boolean } | { ok: false; message: string };

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * One bounded pass over the DOM: counts elements and text (stopping at the limits, so a huge page costs no more
 * than the limit) and notes whether any visible text exists (a script-only page has none). Iterative, because a
 * hostile page can nest deeper than the call stack.
 */
export function checkSize(doc: Document, limits = { elements: MAX_ELEMENTS, chars: MAX_TEXT_CHARS }): SizeVerdict {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { ok: true, hasText: false };
  let elements = 0;
  let chars = 0;
  let hasText = false;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      if (++elements > limits.elements) return { ok: false, message: `page has more than ${limits.elements} elements` };
      descend = !NOT_TEXT.has((node as Element).tagName.toUpperCase());
    } else if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      chars += v.length;
      if (chars > limits.chars) return { ok: false, message: `page has more than ${limits.chars} characters of text` };
      if (!hasText && /\S/.test(v)) hasText = true;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { ok: true, hasText };
}
