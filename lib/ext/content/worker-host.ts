// The browser's side of worker-extract.ts: the worker script's text comes from the background (the extension's own
// file; a content script may not fetch it without making it web-accessible, which would let any page detect
// Parallax), and the worker starts from a blob: URL of it, same-origin with the page as a worker must be.
import { sendMessage } from '../protocol.js';
import type { WorkerHost, WorkerLike } from './worker-extract.js';

export function browserWorkerHost(win: Window & typeof globalThis): WorkerHost {
  // One script and one blob: URL for the life of the page (a single-page site reads many articles).
  let script: Promise<string> | null = null;
  let url: string | null = null;
  return {
    script() {
      if (typeof win.Worker !== 'function') return Promise.reject(new Error('this page has no workers'));
      script ??= sendMessage('csGetWorkerScript', undefined).then((r) => r.script);
      // A failed request is asked again next time (the service worker may have been restarting).
      script.catch(() => (script = null));
      return script;
    },
    start(text) {
      url ??= win.URL.createObjectURL(new win.Blob([text], { type: 'text/javascript' }));
      return new win.Worker(url) as unknown as WorkerLike;
    },
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
  };
}
