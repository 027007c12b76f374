// The extraction worker's side: the copy's markup, parsed with linkedom, gives the outcome the in-page path gives on
// the copy itself; the worker says "ready", answers each request by id and ignores anything else. And the
// background hands the worker's script to content scripts, read once and read again after a failure.
import { describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../../lib/ext/content/extract-page.js';
import { serialiseCopy, type FromWorker } from '../../../lib/ext/content/worker-protocol.js';
import { cutParts, workerScriptPart } from '../../../lib/ext/background/worker-script.js';
import { extractCopy, serveExtraction } from '../../../lib/ext/worker/extract-copy.js';
import { extractFromDocument } from '../../../lib/extract/document.js';
import { isLikelyArticle } from '../../../lib/extract/gate.js';
import { parseHtml } from '../../../lib/node/html-document.js';
import { hostileArticle } from '../../browser/harness/hostile-pages.js';

const URL_ = 'https://harbour.test/news/bridge.html';
const pacing = {
  pause: () => Promise.resolve(),
  now: () => 0,
  blank: () => parseHtml('<!doctype html><html><body></body></html>'),
};

/** The outcome of the content script's steps with the extractor given the copy (as it would be sent). */
async function viaCopy(html: string, extract: (copy: Document) => ReturnType<typeof extractFromDocument>) {
  return extractPage(parseHtml(html), URL_, { isLikelyArticle, extractFromDocument: (copy) => extract(copy) }, pacing);
}

describe('extractCopy', () => {
  it.each([
    ['an ordinary article', hostileArticle({}, 2)],
    ['a byline and a date', hostileArticle({ byline: 'By A. Writer', published: '2024-03-05T09:00:00Z' }, 5)],
    ['a canonical link', hostileArticle({ canonical: '/news/bridge.html?amp=1' }, 7)],
  ])('gives the in-page outcome for %s', async (_, html) => {
    const inPage = await viaCopy(html, (copy) => extractFromDocument(copy, { url: URL_, isClone: true }));
    const inWorker = await viaCopy(html, (copy) => extractCopy(serialiseCopy(copy), URL_));
    expect(inPage).toMatchObject({ ok: true });
    expect(inWorker).toEqual(inPage);
  });

  it('turns a parser failure into an error outcome', () => {
    expect(
      extractCopy(
        {
          toString: () => {
            throw new Error('unreadable');
          },
        } as unknown as string,
        URL_,
      ),
    ).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('serveExtraction', () => {
  it('says ready, answers a request by its id and ignores anything else', () => {
    const posted: FromWorker[] = [];
    const scope = { postMessage: (m: FromWorker) => posted.push(m), onmessage: null as ((e: MessageEvent) => void) | null };
    serveExtraction(scope);
    scope.onmessage!({ data: { type: 'extract', id: 'x', html: '', url: '' } } as MessageEvent);
    scope.onmessage!({ data: 'extract' } as MessageEvent);
    scope.onmessage!({ data: { type: 'extract', id: 7, html: '<html><body><p>x</p></body></html>', url: URL_ } } as MessageEvent);
    expect(posted).toEqual([
      { type: 'ready' },
      { type: 'outcome', id: 7, outcome: { ok: false, reason: 'not-article', message: expect.stringMatching(/too little/) } },
    ]);
  });
});

describe('workerScriptPart', () => {
  it('reads the script once, and again after a failed read; answers part by part', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('restarting')).mockResolvedValue('/* worker */');
    await expect(workerScriptPart({ part: 0 }, read)).rejects.toThrow('restarting');
    await Promise.resolve();
    expect(await workerScriptPart({ part: 0 }, read)).toEqual({ text: '/* worker */', parts: 1 });
    expect(await workerScriptPart({ part: 0 }, read)).toEqual({ text: '/* worker */', parts: 1 });
    expect(read).toHaveBeenCalledTimes(2);
    await expect(workerScriptPart({ part: 1 }, read)).rejects.toThrow('has 1 parts, not 2');
  });

  it.each([[{}], [{ part: -1 }], [{ part: 0.5 }], [{ part: '0' }], [null]])('refuses the request %j', async (data) => {
    await expect(workerScriptPart(data, () => Promise.resolve('x'))).rejects.toThrow(/invalid csGetWorkerScript payload/);
  });

  it.each([
    ['ascii', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['a surrogate pair at the cut', 'abc\u{1F600}def', 4, ['abc', '\u{1F600}de', 'f']],
    ['empty', '', 4, []],
  ])('cuts %s into parts that join back', (_, text, size, parts) => {
    expect(cutParts(text, size)).toEqual(parts);
    expect(cutParts(text, size).join('')).toBe(text);
  });
});
