// The content script's first, cheapest checks, before any extraction work: is this a web page we handle at all?
// (Size and "is it an article" are lib/extract's checks, run next on the live document, before it is cloned.)
import type { ExtractOutcome } from '../../types.js';

export type GateResult = { pass: true } | { pass: false; outcome: ExtractOutcome | null };

/** `null` outcome = say nothing (not a page we ever handle); otherwise the outcome to report instead of extracting. */
export function gate(doc: Document, url: string): GateResult {
  if (!/^https?:/i.test(url)) return { pass: false, outcome: null };
  const type = (doc as Document & { contentType?: string }).contentType;
  // A PDF or an image viewer is a document too, but there is no article markup to read.
  if (type && !/html/i.test(type)) {
    return { pass: false, outcome: { ok: false, reason: 'not-article', message: `This is not a web page (it is ${type}).` } };
  }
  if (!doc.body) return { pass: false, outcome: { ok: false, reason: 'empty', message: 'The page has no content yet.' } };
  return { pass: true };
}
