// Inside the extraction worker (entrypoints/extract-worker.ts): the reading copy's markup, parsed with linkedom (a
// worker has no DOM), run through the very extraction the page would run on the copy (lib/extract). Nothing here
// touches the page: the content script made the bounded copy and sends only its markup; text and metadata come back.
import { parseHTML } from 'linkedom/worker';
import { extractFromDocument } from '../../extract/document.js';
import type { ExtractOutcome } from '../../types.js';
import { isToWorker, type FromWorker } from '../content/worker-protocol.js';

/** The copy's markup → the outcome the in-page path gives for the same copy. */
export function extractCopy(html: string, url: string): ExtractOutcome {
  try {
    const doc = parseHTML(html).document as unknown as Document;
    return extractFromDocument(doc, { url: url || null, isClone: true });
  } catch (e) {
    return { ok: false, reason: 'error', message: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The worker's side of the protocol: "ready" once loaded, then one outcome per request; anything else is ignored. */
export function serveExtraction(scope: {
  postMessage(m: FromWorker): void;
  onmessage: ((e: MessageEvent) => void) | null;
}): void {
  scope.onmessage = (e) => {
    if (!isToWorker(e.data)) return;
    scope.postMessage({ type: 'outcome', id: e.data.id, outcome: extractCopy(e.data.html, e.data.url) });
  };
  scope.postMessage({ type: 'ready' });
}
