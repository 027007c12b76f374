// Extraction off the page's main thread: the content script's side of the worker protocol with a fake worker. An
// answer is used as it comes; a page that will not start the worker (a policy refusing blob: workers, thrown or as an
// error event, or silence) is read in place and never asked again; a worker that started but does not answer gives
// an error with a retry, never an in-page run as long as the one that stalled.
import { describe, expect, it, vi } from 'vitest';
import type { ExtractOutcome } from '../../../lib/types.js';
import { runInWorker, workerFirst, type WorkerHost, type WorkerLike } from '../../../lib/ext/content/worker-extract.js';
import type { ToWorker } from '../../../lib/ext/content/worker-protocol.js';
import { parseHtml } from '../../../lib/node/html-document.js';

const READY = { type: 'ready' };
const ARTICLE: ExtractOutcome = { ok: false, reason: 'not-article', message: 'from the worker' };
const IN_PAGE: ExtractOutcome = { ok: false, reason: 'empty', message: 'in the page' };

/** A worker that does what `behave` says with each request (after "ready" unless told otherwise). */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  sent: ToWorker[] = [];
  terminated = false;
  constructor(private behave: (w: FakeWorker, m: ToWorker) => void) {}
  postMessage(m: ToWorker): void {
    this.sent.push(m);
    queueMicrotask(() => this.behave(this, m));
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onmessage?.({ data });
  }
}

function host(behave: (w: FakeWorker, m: ToWorker) => void, over: Partial<WorkerHost> = {}) {
  const started: FakeWorker[] = [];
  const h: WorkerHost = {
    scriptUrl: () => Promise.resolve('blob:https://a.test/1'),
    start: () => {
      const w = new FakeWorker(behave);
      started.push(w);
      return w;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    ...over,
  };
  return { h, started };
}

const answers = (w: FakeWorker, m: ToWorker) => {
  w.say(READY);
  w.say({ type: 'outcome', id: m.id, outcome: ARTICLE });
};
const doc = () => parseHtml('<!doctype html><html lang="en"><head><title>T</title></head><body><p>Text</p></body></html>');
const opts = { url: 'https://a.test/x', isClone: true, pause: () => Promise.resolve() };

describe('runInWorker', () => {
  it('sends the copy and the URL, answers the outcome and ends the worker', async () => {
    const { h, started } = host(answers);
    expect(await runInWorker(h, '<html></html>', 'https://a.test/')).toEqual({ ran: true, outcome: ARTICLE });
    expect(started[0]!.sent).toEqual([
      { type: 'extract', id: expect.any(Number), html: '<html></html>', url: 'https://a.test/' },
    ]);
    expect(started[0]!.terminated).toBe(true);
  });

  it.each([
    ['another request', (w: FakeWorker, m: ToWorker) => w.say({ type: 'outcome', id: m.id + 1000, outcome: IN_PAGE })],
    ['no type', (w: FakeWorker) => w.say({ outcome: IN_PAGE })],
    ['an outcome without ok', (w: FakeWorker, m: ToWorker) => w.say({ type: 'outcome', id: m.id, outcome: {} })],
    ['a string', (w: FakeWorker) => w.say('outcome')],
  ])('ignores a message with %s', async (_, stray) => {
    const { h } = host((w, m) => {
      w.say(READY);
      stray(w, m);
      answers(w, m);
    });
    expect(await runInWorker(h, '', 'https://a.test/')).toEqual({ ran: true, outcome: ARTICLE });
  });

  it.each([
    [
      'the page refuses in the constructor (a policy)',
      {
        start: () => {
          throw new Error('denied by CSP');
        },
      },
      /denied by CSP/,
    ],
    ['the background has no script', { scriptUrl: () => Promise.reject(new Error('missing')) }, /missing/],
  ])('did not run when %s', async (_, over, why) => {
    const { h } = host(answers, over as Partial<WorkerHost>);
    const r = await runInWorker(h, '', 'https://a.test/');
    expect(r.ran).toBe(false);
    expect(!r.ran && r.why).toMatch(why);
  });

  it('did not run when the worker fails before it is ready (Chromium and Firefox report a policy this way)', async () => {
    const { h, started } = host((w) => w.onerror?.(new Event('error')));
    expect(await runInWorker(h, '', 'https://a.test/')).toEqual({ ran: false, why: 'the worker did not start' });
    expect(started[0]!.terminated).toBe(true);
  });

  it('did not run when the worker never says it is ready', async () => {
    vi.useFakeTimers();
    try {
      const { h } = host(() => {});
      const r = runInWorker(h, '', 'https://a.test/', { readyMs: 1_000, answerMs: 5_000 });
      await vi.advanceTimersByTimeAsync(1_001);
      expect(await r).toEqual({ ran: false, why: 'the worker did not start in time' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives an error, not a fallback, when a started worker does not answer in time or stops', async () => {
    vi.useFakeTimers();
    try {
      const silent = host((w) => w.say(READY));
      const r = runInWorker(silent.h, '', 'https://a.test/', { readyMs: 1_000, answerMs: 5_000 });
      await vi.advanceTimersByTimeAsync(4_000);
      await vi.advanceTimersByTimeAsync(1_001);
      expect(await r).toEqual({
        ran: true,
        outcome: { ok: false, reason: 'error', message: 'Reading the page took longer than 5 s.' },
      });
      expect(silent.started[0]!.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const dies = host((w) => {
      w.say(READY);
      w.onerror?.(new Event('error'));
    });
    expect(await runInWorker(dies.h, '', 'https://a.test/')).toMatchObject({ ran: true, outcome: { reason: 'error' } });
  });
});

describe('workerFirst', () => {
  it('uses the worker, with the copy as markup, and never the in-page path when the worker answers', async () => {
    const inPage = vi.fn(() => IN_PAGE);
    const { h, started } = host(answers);
    expect(await workerFirst(h, inPage)(doc(), opts)).toEqual(ARTICLE);
    expect(inPage).not.toHaveBeenCalled();
    expect(started[0]!.sent[0]!.html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><title>T<\/title><\/head><body><p>Text<\/p>/,
    );
    expect(started[0]!.sent[0]!.url).toBe('https://a.test/x');
  });

  it('reads in place when the page refuses the worker, and does not ask again on the next read', async () => {
    const inPage = vi.fn(() => IN_PAGE);
    const heard: string[] = [];
    const { h, started } = host((w) => w.onerror?.(new Event('error')));
    const extract = workerFirst(h, inPage, (why) => heard.push(why));
    expect(await extract(doc(), opts)).toEqual(IN_PAGE);
    expect(await extract(doc(), opts)).toEqual(IN_PAGE);
    expect(started).toHaveLength(1);
    expect(inPage).toHaveBeenCalledTimes(2);
    expect(heard).toEqual(['the worker did not start']);
  });

  it('starts a fresh worker for each read while the page allows workers', async () => {
    const { h, started } = host(answers);
    const extract = workerFirst(h, () => IN_PAGE);
    await extract(doc(), opts);
    await extract(doc(), opts);
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
  });
});
