// The browser's side of worker-extract.ts: the worker script's text comes from the background in parts (the
// extension's own file; a content script may not fetch it without making it web-accessible, which would let any
// page detect Parallax), each encoded into a Blob as it arrives, and the worker starts from a blob: URL of them,
// same-origin with the page as a worker must be.
import { sendMessage } from '../protocol.js';
import type { WorkerHost, WorkerLike } from './worker-extract.js';

export function browserWorkerHost(win: Window & typeof globalThis): WorkerHost {
  // One blob: URL for the life of the page (a single-page site reads many articles).
  let url: Promise<string> | null = null;
  const build = async (): Promise<string> => {
    const blobs: Blob[] = [];
    for (let part = 0, parts = 1; part < parts; part++) {
      const answer = await sendMessage('csGetWorkerScript', { part });
      parts = answer.parts;
      blobs.push(new win.Blob([answer.text]));
    }
    return win.URL.createObjectURL(new win.Blob(blobs, { type: 'text/javascript' }));
  };
  return {
    scriptUrl() {
      if (typeof win.Worker !== 'function') return Promise.reject(new Error('this page has no workers'));
      url ??= build();
      // A failed request is asked again next time (the service worker may have been restarting).
      url.catch(() => (url = null));
      return url;
    },
    start: (scriptUrl) => new win.Worker(scriptUrl) as unknown as WorkerLike,
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
  };
}
