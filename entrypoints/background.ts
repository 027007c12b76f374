// Background service worker: wiring only (WXT imports this file in Node at build time, so nothing runs at top level).
import { makeServices } from '../lib/ext/background/make-services.js';
import { setupBackground } from '../lib/ext/background/setup.js';

export default defineBackground(() => {
  setupBackground(makeServices());
});
