// A collected page's HTML → its article, with the very steps the content script runs on a page the reader opens
// (lib/ext/content/extract-page.ts: the gate, the bounded reading copy, the article test, Readability). It needs a
// DOM parser: Firefox's background page has one; Chrome's service worker has none, so there it runs in an
// offscreen document (entrypoints/offscreen) that the background asks by message.
import { browser } from 'wxt/browser';
import { extractFromDocument } from '../../extract/document.js';
import { isLikelyArticle } from '../../extract/gate.js';
import type { ExtractOutcome } from '../../types.js';
import { extractPage } from '../content/extract-page.js';
import { sendMessage } from '../protocol.js';

const OFFSCREEN_PATH = '/offscreen.html';

/** Parses and extracts in this document (an offscreen document, or Firefox's background page). Scripts in the
 *  HTML never run: DOMParser makes an inert document. The copy yields between slices as in a page. */
export async function extractHtml(html: string, url: string): Promise<ExtractOutcome> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pacing = { pause: () => new Promise<void>((r) => setTimeout(r, 0)), now: () => performance.now() };
  const out = await extractPage(doc, url, { isLikelyArticle, extractFromDocument }, pacing);
  return out ?? { ok: false, reason: 'not-article', message: 'the page was not read' };
}

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
};
type Contexts = { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const runtime = browser.runtime as unknown as Contexts;
  const existing = await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing?.length) return;
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  if (!offscreen) throw new Error('this browser has neither a DOM parser in the background nor offscreen documents');
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read articles from the feeds the reader chose to collect',
    })
    .catch((e: unknown) => {
      // Another call made it first: that one serves.
      if (!/single offscreen|already/i.test(String(e))) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

/** The extractor the poller uses in this browser. */
export async function extractCollected(html: string, url: string): Promise<ExtractOutcome> {
  if (typeof DOMParser !== 'undefined') return extractHtml(html, url);
  await ensureOffscreen();
  return sendMessage('bgExtractHtml', { html, url });
}
