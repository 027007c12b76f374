// The content script's extraction of one page, apart from its wiring so Node (tests, the open-web eval) runs the very
// same steps: the cheap gate, size, the article test, then extraction on a clone. Pure: the document is passed in.
import type { ExtractOutcome } from '../../types.js';
import { gate } from './gate.js';

/** lib/extract's entry points (passed in by the entry file, so this module is tested with any extractor). */
export interface Extractor {
  checkSize(doc: Document): { ok: true; hasText: boolean } | { ok: false; message: string };
  isLikelyArticle(doc: Document): { likely: boolean; why: string };
  extractFromDocument(doc: Document, options: { url: string | null; isClone?: boolean }): ExtractOutcome;
}

/** Extraction on the live document's clone; every failure becomes an outcome, never an exception in the page. */
export function extractPage(doc: Document, url: string, extractor: Extractor): ExtractOutcome | null {
  try {
    const g = gate(doc, url);
    if (!g.pass) return g.outcome;
    // Size first, on the live page: cloning a huge document would already cost what the bound is there to avoid.
    const size = extractor.checkSize(doc);
    if (!size.ok) return { ok: false, reason: 'too-large', message: `This page is too large to read on your device (${size.message}).` };
    if (!size.hasText) return { ok: false, reason: 'empty', message: 'The page has no text yet.' };
    const likely = extractor.isLikelyArticle(doc);
    if (!likely.likely) return { ok: false, reason: 'not-article', message: `This page does not look like a news article (${likely.why}).` };
    // Readability mutates the document it parses: it gets a clone, the page is never touched. The clone is
    // ours, so extraction is told not to copy it a second time (isClone).
    const clone = doc.cloneNode(true) as Document;
    return extractor.extractFromDocument(clone, { url, isClone: true });
  } catch (e) {
    return { ok: false, reason: 'error', message: `Reading the page failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
