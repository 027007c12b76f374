// Document → Article: the one extraction the content script (on a clone of the live page) and the builder (on a
// linkedom Document) both run. Readability finds the body; our clean-up removes what it keeps but should not;
// metadata comes from the page's own tags. Pure: no Node or browser-only API.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOutcome } from '../types.js';
import { cleanArticle } from './cleanup.js';
import { scanPage } from './page-scan.js';
import { resolveLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { asDomain } from './capture-lines.js';
import { pageDate } from './page-date.js';
import { classifyPage, headingTexts } from './page-type.js';

/** Less body text than this is a teaser, a gallery or a landing page, not an article. */
const MIN_TEXT_CHARS = 200;

/**
 * `isClone`: the caller already passes a private copy (the content script clones the live page itself), so it is
 * parsed in place instead of being cloned a second time. Without it, `doc` is never modified.
 */
export function extractFromDocument(doc: Document, opts: { url: string | null; isClone?: boolean }): ExtractOutcome {
  try {
    return extract(doc, opts.url, opts.isClone === true);
  } catch (err) {
    return { ok: false, reason: 'error', message: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function extract(doc: Document, pageUrl: string | null, isClone: boolean): ExtractOutcome {
  const scanned = scanPage(doc);
  if (!scanned.ok) return { ok: false, reason: 'too-large', message: scanned.message };
  if (!scanned.scan.hasText) return { ok: false, reason: 'empty', message: 'the page has no text (empty or script-only)' };
  const meta = readMetadata(doc, pageUrl, scanned.scan);
  // Readability mutates the document it parses: always a clone, never the live page. Its class clean-up stays
  // on (keepClasses made it ~25% slower on the benchmark); ids survive it, which the furniture rule reads.
  // Headings before Readability, which drops an encyclopedia's "References" and a review's "Verdict" boxes.
  const headings = headingTexts(scanned.scan);
  const clone = isClone ? doc : (doc.cloneNode(true) as Document);
  const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
  if (!parsed?.content) return { ok: false, reason: 'not-article', message: 'no article body found on the page' };
  const title = meta.title ?? parsed.title?.trim() ?? '';
  const byline = meta.byline ?? parsed.byline?.trim() ?? null;
  const paragraphs = cleanArticle(parsed.content as Element, { title, byline, url: meta.url });
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_TEXT_CHARS) return { ok: false, reason: 'not-article', message: `too little article text (${text.length} characters)` };
  const warnings: string[] = [];
  const lang = resolveLanguage(text, meta.lang ?? parsed.lang);
  if (lang && lang !== 'en') warnings.push(`page language is ${lang}`);
  const url = meta.url;
  const host = url ? safeHost(url) : null;
  const dated = pageDate(meta.published, parsed.content as Node, url);
  const pageType = classifyPage({ ldTypes: meta.ldTypes, ogType: meta.ogType, url, section: meta.section, title, headings });
  const article: Article = {
    id: url ?? '',
    title,
    text,
    byline,
    siteName: meta.siteName ?? parsed.siteName?.trim() ?? null,
    outlet: meta.siteName ?? parsed.siteName?.trim() ?? null,
    domain: host,
    url,
    published: dated.date,
    dateSource: dated.source,
    modified: meta.modified,
    lang,
    section: meta.section,
    pageType,
    republishedFrom: null,
  };
  return { ok: true, article, warnings };
}

function safeHost(url: string): string | null {
  try {
    return asDomain(new URL(url).hostname.replace(/^(?:www\d?|m|amp|mobile)\./i, ''));
  } catch {
    return null;
  }
}
