// The content script's cheap checks, run before any extraction work: wrong kind of page, or a page too large
// to parse within the content-script budget (Readability walks every element; a 100k-element page stalls the tab).
import type { ExtractOutcome } from '../../types.js';

/** Above this many elements the page is not parsed (long news pages with comments stay well under 20k). */
export const MAX_ELEMENTS = 60_000;
/** Above this much text (characters) the page is not parsed: no article is a book. */
export const MAX_TEXT = 1_500_000;

export type GateResult = { pass: true } | { pass: false; outcome: ExtractOutcome | null };

/** `null` outcome = say nothing (not a page we ever handle); otherwise the outcome to report instead of extracting. */
export function gate(doc: Document, url: string): GateResult {
  if (!/^https?:/i.test(url)) return { pass: false, outcome: null };
  const type = (doc as Document & { contentType?: string }).contentType;
  if (type && !/html/i.test(type)) {
    return { pass: false, outcome: { ok: false, reason: 'not-article', message: `This is not a web page (it is ${type}).` } };
  }
  if (!doc.body) return { pass: false, outcome: { ok: false, reason: 'empty', message: 'The page has no content yet.' } };
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) {
    return { pass: false, outcome: { ok: false, reason: 'too-large', message: 'This page is too large to read quickly, so Parallax left it alone.' } };
  }
  // textContent of the body is one cheap native call; it also counts script text, so the bound is generous.
  if ((doc.body.textContent?.length ?? 0) > MAX_TEXT) {
    return { pass: false, outcome: { ok: false, reason: 'too-large', message: 'This page holds too much text to be one article.' } };
  }
  return { pass: true };
}
