// Content script entry: wiring only. Runs at document idle in web pages' top frames; see lib/ext/content/setup.ts.
import { extractFromDocument } from '../lib/extract/document.js';
import { checkSize, isLikelyArticle } from '../lib/extract/gate.js';
import { setupContentScript } from '../lib/ext/content/setup.js';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    setupContentScript(ctx, { checkSize, isLikelyArticle, extractFromDocument });
  },
});
