// The side panel follows the active tab without ever showing one tab's answer under another: answers that come
// back late, for a tab the reader has left, are dropped, and a switch clears the old answer at once.
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/SidePanelApp.js';
import type { TabState } from '../../../lib/ext/protocol.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { MOCK_STATES } from '../../../lib/ui/mock/mock-states.js';
import { renderWith } from './render.js';

/** A connector whose getTabState answers only when the test says so, in any order. */
function deferredConnector() {
  const c = createMockConnector({ activeTabId: 1 });
  const waiting: { tabId: number; answer: (s: TabState) => void }[] = [];
  c.getTabState = (tabId) => new Promise((answer) => waiting.push({ tabId, answer }));
  return { c, waiting };
}

describe('SidePanelApp following the active tab', () => {
  it('drops a late answer for the tab left behind and clears the old answer on a switch', async () => {
    const { c, waiting } = deferredConnector();
    const r = await renderWith(c, <SidePanelApp tabId={null} />);
    waiting.shift()!.answer(MOCK_STATES.ready!);
    await r.settle();
    expect(r.q('event-title')).not.toBeNull();

    // Tab 1 reloads (its answer is slow), then the reader switches to tab 2 before it comes.
    c.switchTab(1);
    await r.settle();
    c.switchTab(2);
    await r.settle();
    expect(r.q('event-title'), 'tab 1’s answer shown under tab 2').toBeNull();
    expect(waiting.map((w) => w.tabId)).toEqual([1, 2]);

    waiting[1]!.answer(MOCK_STATES['not-article']!);
    await r.settle();
    expect(r.q('state-not-article')).not.toBeNull();
    waiting[0]!.answer(MOCK_STATES.ready!);
    await r.settle();
    expect(r.q('state-not-article')).not.toBeNull();
    expect(r.q('event-title')).toBeNull();
  });

  it('shows the stored answer of the new tab before the background answers', async () => {
    const { c, waiting } = deferredConnector();
    const r = await renderWith(c, <SidePanelApp tabId={null} />);
    waiting.shift()!.answer(MOCK_STATES['not-article']!);
    await r.settle();
    c.data.peek = MOCK_STATES.ready!;
    c.switchTab(2);
    await r.settle();
    expect(r.q('event-title')).not.toBeNull();
    expect(c.calls.filter((x) => x.method === 'peekTabState').map((x) => x.args[0])).toEqual([1, 2]);
  });
});
