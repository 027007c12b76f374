// The content script's behaviour: at idle, ask the background whether this page may be checked, run the cheap gate,
// copy the readable part in short slices, extract that copy and send only the Article (text and metadata); do it
// again when a single-page site changes URL; answer highlight requests. Never throws into the page, listens to
// nothing the page can dispatch (lifecycle.ts), and stops when the extension is reloaded or a newer copy starts.
import { onMessage, sendMessage } from '../protocol.js';
import { clearHighlight, highlightSentence } from '../highlight.js';
import { parsePayload, SentenceSchema } from '../validate.js';
import { debounce } from './debounce.js';
import { extractPage, type Extractor, type Pacing } from './extract-page.js';
import { startLifecycle, watchUrl } from './lifecycle.js';
import { fitOutcome } from './outgoing.js';

/** Single-page sites change the URL first and render the new article after (the plumbing spec's pushState page
 *  does both at once; real sites fetch first): a second of quiet is a guess that errs towards reading late. */
const SPA_SETTLE_MS = 1_000;
/** A slice of the copy: short enough that a key press waits no longer than it would for the page's own work. */
const SLICE_MS = 3;

/** Yields to the page until it is idle (at most 100 ms later, so a busy page is still read). */
function idlePacing(win: Window): Pacing {
  const idle = (resolve: () => void): void => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: 100 });
    else win.setTimeout(resolve, 0);
  };
  return { pause: () => new Promise<void>(idle), now: () => win.performance.now(), sliceMs: SLICE_MS };
}

/** A message sent while the service worker stops fails; the next one starts a new worker. Two more tries, a
 *  little apart, then the background's own bound on waiting takes over (issue 23: tabs left "waiting"). */
async function withRetry<T>(send: () => Promise<T>, delays = [300, 1_500]): Promise<T> {
  for (const ms of delays) {
    try {
      return await send();
    } catch {
      await new Promise((r) => setTimeout(r, ms));
    }
  }
  return send();
}

export function setupContentScript(extractor: Extractor, extensionAlive: () => boolean): void {
  const life = startLifecycle(globalThis, extensionAlive);
  const pacing = idlePacing(window);
  let running = false;
  let again: boolean | null = null;

  async function run(forced: boolean): Promise<void> {
    if (!life.alive) return;
    if (running) {
      again = (again ?? false) || forced;
      return;
    }
    running = true;
    try {
      const url = location.href;
      if (!forced) {
        const answer = await withRetry(() => sendMessage('csShouldRun', { url }));
        if (!answer.run) return;
      }
      const outcome = await extractPage(document, url, extractor, pacing);
      if (outcome && life.alive && location.href === url) {
        const fitted = fitOutcome(outcome, url);
        await withRetry(() => sendMessage('csArticleExtracted', { url, outcome: fitted }));
      }
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
    const go = (): void => void run(forced);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 3_000 });
    else setTimeout(go, 0);
  };

  const onUrlChange = debounce(() => atIdle(false), SPA_SETTLE_MS);
  watchUrl(window, life, () => {
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
  life.onStop(() => {
    for (const remove of removers) remove();
    onUrlChange.cancel();
    clearHighlight(document);
  });

  atIdle(false);
}
