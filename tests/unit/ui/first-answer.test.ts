// The popup's first answer, read straight from storage.session and the tabs API: only a finished answer for the
// page the tab now shows, in as few round trips as possible, and never an exception.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/ext/protocol.js';
import type { ExtApi, TabInfo } from '../../../lib/ui/ext-api.js';
import { readFirstAnswer, startedFirstAnswer } from '../../../lib/ui/first-answer.js';

const ready = (url: string): TabState => ({ status: 'ready', url, report: {} as never });

function fakeApi(tabs: TabInfo[], stored: Record<string, unknown>, active = tabs[0]) {
  const calls: string[] = [];
  const api = {
    tabs: {
      get: async (id: number) => {
        calls.push(`get ${id}`);
        const t = tabs.find((x) => x.id === id);
        if (!t) throw new Error('No tab with id');
        return t;
      },
      query: async () => (calls.push('query'), active ? [active] : []),
    },
    storage: { session: { get: async (k: string) => (calls.push(`storage ${k}`), k in stored ? { [k]: stored[k] } : {}) } },
  } as unknown as ExtApi;
  return { api, calls };
}

describe('readFirstAnswer', () => {
  const tab = { id: 3, windowId: 8, url: 'https://news.example/a#comments' };

  it('gives the active tab and its stored answer, the tab not asked for twice', async () => {
    const { api, calls } = fakeApi([tab], { 'tab:3': ready('https://news.example/a') });
    const got = await readFirstAnswer(api, null);
    expect(got).toEqual({ target: { tabId: 3, windowId: 8 }, state: ready('https://news.example/a') });
    expect(calls).toEqual(['query', 'storage tab:3']);
  });

  it('reads an explicit tab and its state together', async () => {
    const { api, calls } = fakeApi([tab], { 'tab:3': ready('https://news.example/a') });
    expect((await readFirstAnswer(api, 3))?.state?.status).toBe('ready');
    expect(calls.sort()).toEqual(['get 3', 'storage tab:3']);
  });

  it('has no answer for another page of the tab, or one still in progress', async () => {
    expect((await readFirstAnswer(fakeApi([tab], { 'tab:3': ready('https://news.example/b') }).api, 3))?.state).toBeNull();
    const waiting = { status: 'waiting', url: 'https://news.example/a' };
    expect((await readFirstAnswer(fakeApi([tab], { 'tab:3': waiting }).api, null))?.state).toBeNull();
  });

  it('is null, never a rejection, when there is no tab or the browser fails', async () => {
    expect(await readFirstAnswer(fakeApi([], {}, undefined).api, null)).toBeNull();
    const broken = { tabs: { query: async () => Promise.reject(new Error('gone')) } } as unknown as ExtApi;
    expect(await readFirstAnswer(broken, null)).toBeNull();
    // A closed explicit tab: its target stays, with no window and no answer.
    expect(await readFirstAnswer(fakeApi([], { 'tab:9': ready('x') }).api, 9)).toEqual({
      target: { tabId: 9, windowId: null },
      state: null,
    });
  });

  it('hands the started read from the first script to the page once', async () => {
    const p = Promise.resolve(null);
    startedFirstAnswer.set(p);
    expect(startedFirstAnswer.take()).toBe(p);
    expect(startedFirstAnswer.take()).toBeUndefined();
  });
});
