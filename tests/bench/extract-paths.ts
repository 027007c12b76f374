// The content script's two ways to extract, run in Node over the same pages for bench:extract: in the page (the
// reading copy, then Readability and our clean-up on it) and in its worker (the copy serialised as markup, parsed
// again with linkedom, then the same extraction; issue 23). Both go through the gate, the bounded copy and the
// article test, as in the extension; scoring them side by side shows what the round trip through markup loses.
import { extractPage } from '../../lib/ext/content/extract-page.js';
import { serialiseCopy } from '../../lib/ext/content/worker-protocol.js';
import { extractCopy } from '../../lib/ext/worker/extract-copy.js';
import { extractFromDocument } from '../../lib/extract/document.js';
import { isLikelyArticle } from '../../lib/extract/gate.js';
import { parseHtml } from '../../lib/node/html-document.js';

const pacing = {
  pause: () => Promise.resolve(),
  now: () => 0,
  blank: () => parseHtml('<!doctype html><html><head></head><body></body></html>'),
};

/** Article text per page id through each path (empty when the path gives no article). */
export async function contentScriptPaths(
  pages: { id: string; doc: Document; url: string }[],
): Promise<{ inPage: Map<string, string>; worker: Map<string, string> }> {
  const inPage = new Map<string, string>();
  const worker = new Map<string, string>();
  const text = (o: Awaited<ReturnType<typeof extractPage>>) => (o?.ok ? o.article.text : '');
  for (const { id, doc, url } of pages) {
    const run = (extract: (copy: Document) => ReturnType<typeof extractFromDocument>) =>
      extractPage(doc, url, { isLikelyArticle, extractFromDocument: (copy) => extract(copy) }, pacing);
    inPage.set(id, text(await run((copy) => extractFromDocument(copy, { url, isClone: true }))));
    worker.set(id, text(await run((copy) => extractCopy(serialiseCopy(copy), url))));
  }
  return { inPage, worker };
}
