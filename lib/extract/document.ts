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
    const steps = extractSteps(doc, opts.url, opts.isClone === true);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  } catch (err) {
    return failed(err);
  }
}

/**
 * The same extraction with `pause` awaited between its stages (the page scan, the metadata, Readability, the
 * clean-up), so in a page each is its own task and input is handled between them: one task for all of them was
 * 45–55 ms on an ordinary article in Chromium, and more on the real pages of the extraction benchmark.
 */
export async function extractFromDocumentPaced(
  doc: Document,
  opts: { url: string | null; isClone?: boolean; pause: () => Promise<void> },
): Promise<ExtractOutcome> {
  try {
    const steps = extractSteps(doc, opts.url, opts.isClone === true);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await opts.pause();
    }
  } catch (err) {
    return failed(err);
  }
}

const failed = (err: unknown): ExtractOutcome => ({
  ok: false,
  reason: 'error',
  message: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
});

/** The extraction, stage by stage: it yields where a caller in a page may let the page run. */
function* extractSteps(doc: Document, pageUrl: string | null, isClone: boolean): Generator<void, ExtractOutcome> {
  const scanned = scanPage(doc);
  if (!scanned.ok) return { ok: false, reason: 'too-large', message: scanned.message };
  if (!scanned.scan.hasText) return { ok: false, reason: 'empty', message: 'the page has no text (empty or script-only)' };
  yield;
  const meta = readMetadata(doc, pageUrl, scanned.scan);
  // Readability mutates the document it parses: always a clone, never the live page. Its class clean-up stays
  // on (keepClasses made it ~25% slower on the benchmark); ids survive it, which the furniture rule reads.
  // Headings before Readability, which drops an encyclopedia's "References" and a review's "Verdict" boxes.
  const headings = headingTexts(scanned.scan);
  yield;
  const clone = isClone ? doc : (doc.cloneNode(true) as Document);
  const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
  if (!parsed?.content) return { ok: false, reason: 'not-article', message: 'no article body found on the page' };
  yield;
  const title = meta.title ?? parsed.title?.trim() ?? '';
  const byline = meta.byline ?? parsed.byline?.trim() ?? null;
  const paragraphs = cleanArticle(parsed.content as Element, { title, byline, url: meta.url });
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_TEXT_CHARS)
    return { ok: false, reason: 'not-article', message: `too little article text (${text.length} characters)` };
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
