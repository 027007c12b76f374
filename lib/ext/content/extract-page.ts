// The content script's extraction of one page, apart from its wiring so Node (tests, the open-web eval) runs the very
// same steps: the cheap gate, a bounded copy of the readable part made in short slices, the article test, then
// extraction on that copy. Pure: the document, the clock and the way to yield to the page are passed in.
import type { ExtractOutcome } from '../../types.js';
import { readingCopy, type CopyOptions } from '../../extract/reading-copy.js';
import { gate } from './gate.js';

/** lib/extract's entry points (passed in by the entry file, so this module is tested with any extractor). The
 *  extension's awaits `pause` between its stages; Node's may run them in one go. */
export interface Extractor {
  isLikelyArticle(doc: Document): { likely: boolean; why: string };
  extractFromDocument(
    doc: Document,
    options: { url: string | null; isClone?: boolean; pause: () => Promise<void> },
  ): ExtractOutcome | Promise<ExtractOutcome>;
}

/** How the copy yields to the page (in the browser an idle callback and `performance.now`; in Node nothing), and
 *  where it is made: a new empty document (linkedom has no `DOMImplementation`, so Node passes its own). */
export type Pacing = Pick<CopyOptions, 'pause' | 'now' | 'sliceMs' | 'limits'> & { blank?: (doc: Document) => Document };

const NO_PACING: Pacing = { pause: () => Promise.resolve(), now: () => 0 };
const blankOf = (doc: Document): Document => doc.implementation.createHTMLDocument('');

/** Extraction on a private copy; every failure becomes an outcome, never an exception in the page. */
export async function extractPage(
  doc: Document,
  url: string,
  extractor: Extractor,
  pacing: Pacing = NO_PACING,
): Promise<ExtractOutcome | null> {
  try {
    const g = gate(doc, url);
    if (!g.pass) return g.outcome;
    // Readability mutates what it parses and its cost grows with depth: it gets our copy of the readable part,
    // made and measured slice by slice, never the live page (issue 23: a hidden deep DOM froze the tab for 34 s).
    const copied = await readingCopy(doc, { ...pacing, target: (pacing.blank ?? blankOf)(doc) });
    if (!copied.ok) return { ok: false, reason: 'too-complex', message: copied.message };
    // Each step after the copy is a task of its own: the page handles input between them.
    await pacing.pause();
    const likely = extractor.isLikelyArticle(copied.doc);
    if (!likely.likely)
      return { ok: false, reason: 'not-article', message: `This page does not look like a news article (${likely.why}).` };
    await pacing.pause();
    return await extractor.extractFromDocument(copied.doc, { url, isClone: true, pause: pacing.pause });
  } catch (e) {
    return { ok: false, reason: 'error', message: `Reading the page failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
