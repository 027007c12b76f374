// Content script entry: wiring only. Runs at document idle in web pages' top frames; see lib/ext/content/setup.ts.
// WXT's context (`ctx`) is not used: the page can see and forge its events (lib/ext/content/lifecycle.ts).
import { extractFromDocumentPaced } from '../lib/extract/document.js';
import { isLikelyArticle } from '../lib/extract/gate.js';
import { setupContentScript } from '../lib/ext/content/setup.js';
import { workerFirst } from '../lib/ext/content/worker-extract.js';
import { browserWorkerHost } from '../lib/ext/content/worker-host.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // Do not announce the script's start to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const extractFromDocument = workerFirst(browserWorkerHost(window), extractFromDocumentPaced, (why) =>
      console.debug(`Parallax: reading this page in place (${why})`),
    );
    setupContentScript({ isLikelyArticle, extractFromDocument }, () => browser.runtime?.id != null);
  },
});
