// The content script's behaviour: at idle, ask the background whether this page may be checked, run the cheap gate,
// extract a CLONE of the document, send only the Article (text and metadata); do it again when a single-page site
// changes URL; answer highlight requests. Never throws into the page, and stops when the extension is reloaded.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '../protocol.js';
import { clearHighlight, highlightSentence } from '../highlight.js';
import { parsePayload, SentenceSchema } from '../validate.js';
import { debounce } from './debounce.js';
import { extractPage, type Extractor } from './extract-page.js';

/** Single-page sites change the URL first and render the new article after (the plumbing spec's pushState page
 *  does both at once; real sites fetch first): a second of quiet is a guess that errs towards reading late. */
const SPA_SETTLE_MS = 1_000;

export function setupContentScript(ctx: ContentScriptContext, extractor: Extractor): void {
  let running = false;
  let again: boolean | null = null;

  async function run(forced: boolean): Promise<void> {
    if (ctx.isInvalid) return;
    if (running) {
      again = (again ?? false) || forced;
      return;
    }
    running = true;
    try {
      const url = location.href;
      if (!forced) {
        const answer = await sendMessage('csShouldRun', { url });
        if (!answer.run) return;
      }
      const outcome = extractPage(document, url, extractor);
      if (outcome && ctx.isValid) await sendMessage('csArticleExtracted', { url, outcome });
    } catch (e) {
      // The extension was reloaded or the worker is restarting: the next navigation or recheck tries again.
      console.debug('Parallax: page not checked', e);
    } finally {
      running = false;
      if (again !== null) {
        const f = again;
        again = null;
        void run(f);
      }
    }
  }

  const atIdle = (forced: boolean): void => {
    ctx.requestIdleCallback(() => void run(forced), { timeout: 3_000 });
  };

  const onUrlChange = debounce(() => atIdle(false), SPA_SETTLE_MS, {
    set: ((fn: () => void, ms: number) => ctx.setTimeout(fn, ms)) as unknown as typeof setTimeout,
    clear: clearTimeout,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearHighlight(document);
    onUrlChange();
  });

  // Listeners are removed when the extension is reloaded or updated: an orphaned script must not answer.
  const removers = [
    onMessage('bgExtractAgain', () => {
      atIdle(true);
    }),
    onMessage('bgHighlightSentence', ({ data }) => {
      const { sentence } = parsePayload(SentenceSchema, data, 'bgHighlightSentence');
      const mark = highlightSentence(document, sentence);
      if (!mark) return { found: false };
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      return { found: true };
    }),
    onMessage('bgClearHighlight', () => {
      clearHighlight(document);
    }),
  ];
  ctx.onInvalidated(() => {
    for (const remove of removers) remove();
    onUrlChange.cancel();
    clearHighlight(document);
  });

  atIdle(false);
}
