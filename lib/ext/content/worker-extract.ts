// Extraction off the page's main thread (issue 23): the reading copy's markup goes to a dedicated Worker the content
// script starts inside the tab, which parses it (linkedom) and runs Readability and our clean-up there. A page whose
// Content-Security-Policy forbids blob: workers (worker-src, or script-src without it), or a browser that will not
// start one, gets today's in-page extraction instead, paced between its stages. Page markup never leaves the tab:
// the worker lives in it, and only the outcome (text and metadata) goes on to the background.
import type { ExtractOutcome } from '../../types.js';
import type { Extractor } from './extract-page.js';
import { isFromWorker, serialiseCopy, type ToWorker } from './worker-protocol.js';

/** What a started worker offers (a DOM `Worker`, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/** How this content script reaches a worker: a URL of the script (a blob: URL of the text the background hands
 *  out), and a worker started from it (a page's policy may refuse it: in the constructor, or, as Chromium and
 *  Firefox do, with an error event). */
export interface WorkerHost {
  scriptUrl(): Promise<string>;
  start(scriptUrl: string): WorkerLike;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** From start to "ready": compiling the script on a busy 2-core machine took up to a few seconds; past this the
 *  worker is taken as not starting (a policy that fails silently) and the page reads in place. */
export const READY_MS = 15_000;
/** From the request to the answer: a bounded copy takes well under a second; past this the reader gets an error
 *  with a retry, not an in-page run that would block the page just as long. */
export const ANSWER_MS = 60_000;

type Extract = Extractor['extractFromDocument'];
export type WorkerRun = { ran: true; outcome: ExtractOutcome } | { ran: false; why: string };

let nextId = 1;

/** One extraction in a fresh worker, ended after its answer. Never rejects. */
export function runInWorker(host: WorkerHost, html: string, url: string, limits = { readyMs: READY_MS, answerMs: ANSWER_MS }) {
  return new Promise<WorkerRun>((resolve) => {
    let worker: WorkerLike | null = null;
    let timer: unknown = null;
    const id = nextId++;
    const finish = (r: WorkerRun): void => {
      host.clearTimeout(timer);
      worker?.terminate();
      if (worker) worker.onmessage = worker.onerror = null;
      worker = null;
      resolve(r);
    };
    let ready = false;
    const arm = (ms: number, r: () => WorkerRun) => {
      host.clearTimeout(timer);
      timer = host.setTimeout(() => worker && finish(r()), ms);
    };
    const failed = (message: string): WorkerRun => ({ ran: true, outcome: { ok: false, reason: 'error', message } });
    const timedOut = () => failed(`Reading the page took longer than ${Math.round(limits.answerMs / 1000)} s.`);
    host
      .scriptUrl()
      .then((scriptUrl) => {
        worker = host.start(scriptUrl);
        worker.onerror = () =>
          worker &&
          finish(ready ? failed('Reading the page stopped in its worker.') : { ran: false, why: 'the worker did not start' });
        worker.onmessage = ({ data }) => {
          if (!worker || !isFromWorker(data)) return;
          if (data.type === 'ready') {
            ready = true;
            arm(limits.answerMs, timedOut);
          } else if (data.id === id) finish({ ran: true, outcome: data.outcome });
        };
        arm(limits.readyMs, () => ({ ran: false, why: 'the worker did not start in time' }));
        worker.postMessage({ type: 'extract', id, html, url });
      })
      .catch((e: unknown) => finish({ ran: false, why: e instanceof Error ? e.message : String(e) }));
  });
}

/**
 * `inPage`, but run in a worker when the page allows one. A page that refused once is not asked again (its policy
 * does not change while it is open; a single-page site reads in place from then on). `onFallback` hears why.
 */
export function workerFirst(host: WorkerHost, inPage: Extract, onFallback: (why: string) => void = () => {}): Extract {
  let refused: string | null = null;
  return async (doc, opts) => {
    if (refused === null) {
      const run = await runInWorker(host, serialiseCopy(doc), opts.url ?? '');
      if (run.ran) return run.outcome;
      refused = run.why;
      onFallback(run.why);
    }
    return inPage(doc, opts);
  };
}
