// Issue 23: every string a publisher or a chosen file supplies is bidi-isolated in the options and the popup, so a
// right-to-left override in a publisher's name cannot reverse the counts, dates or words around it. The check walks
// the rendered page: each text holding a bidi control must sit inside <bdi> or between FSI and PDI.
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp.js';
import { PopupApp } from '../../../components/PopupApp.js';
import type { UpdatesInfo } from '../../../lib/ext/protocol.js';
import { createMockConnector, mockIndexInfo } from '../../../lib/ui/mock/mock-connector.js';
import { mockCollect } from '../../../lib/ui/mock/mock-collect.js';
import { noCoverageReport } from '../../../lib/ui/mock/mock-states.js';
import { mockSubscription, mockUpdatesFailing } from '../../../lib/ui/mock/mock-updates.js';
import { renderWith } from './render.js';

const RLO = '\u202E';
const hostile = (s: string) => `${RLO}${s}`;

/** Texts with a bidi control that nothing isolates: neither an ancestor <bdi> nor FSI…PDI around the control. */
function unisolated(root: Element): string[] {
  const out: string[] = [];
  const walk = (n: Node, inBdi: boolean) => {
    if (n.nodeType === 3) {
      const t = n.textContent ?? '';
      if (inBdi || !/[\u202A-\u202E]/.test(t)) return;
      const stripped = t.replace(/\u2068[^\u2069]*\u2069/g, '');
      if (/[\u202A-\u202E]/.test(stripped)) out.push(t);
      return;
    }
    const bdi = inBdi || (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === 'bdi');
    for (const c of n.childNodes) walk(c, bdi);
  };
  walk(root, false);
  return out;
}

const publisher = {
  name: hostile('Example Wire'),
  description: hostile('An invented publisher'),
  url: 'https://updates.example/',
};
const updates: UpdatesInfo = {
  ...mockUpdatesFailing,
  subscriptions: [{ ...mockUpdatesFailing.subscriptions[0]!, applied: { ...mockSubscription.applied!, publisher } }],
  log: [{ at: '2031-05-12T14:12:00Z', source: publisher.name, level: 'error', message: hostile('signature invalid') }],
  freshness: { ...mockUpdatesFailing.freshness, imported: { verified: true, by: publisher.name } },
};

describe('bidi isolation of publisher and file strings', () => {
  it('isolates the publisher, its description, the log, the collected feeds and the imported index in the options', async () => {
    const c = createMockConnector({
      updates,
      collect: {
        ...mockCollect,
        feeds: mockCollect.feeds.map((f) => ({ ...f, title: hostile(f.title), url: `${f.url}?${RLO}x` })),
      },
      indexInfo: {
        ...mockIndexInfo,
        description: hostile('Example corpus'),
        source: 'imported',
        trust: { kind: 'signed', publisher: publisher.name, keyId: '0123' },
      },
      preview: { ok: true, url: mockSubscription.url, info: { ...mockSubscription.applied!, publisher }, expired: false },
    });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    (r.q('sub-url') as HTMLInputElement).value = mockSubscription.url;
    await r.fire(r.q('sub-url'), 'input');
    (r.q('sub-key') as HTMLInputElement).value = mockSubscription.key;
    await r.fire(r.q('sub-key'), 'input');
    await r.fire(r.q('add-subscription'), 'submit');
    expect(r.q('sub-preview')!.textContent).toContain('An invented publisher');
    expect(r.q('index-trust')!.textContent).toContain('signed by \u2068\u202EExample Wire\u2069');
    expect(unisolated(r.root)).toEqual([]);
  });

  it('isolates the publisher named in the popup’s coverage line', async () => {
    const c = createMockConnector({
      updates,
      tabState: { status: 'ready', url: noCoverageReport.article.url, report: noCoverageReport },
    });
    const r = await renderWith(c, <PopupApp tabId={1} />);
    expect(r.q('coverage-line')!.textContent).toMatch(/^Coverage imported from \u2068\u202EExample Wire\u2069 up to /);
    expect(unisolated(r.root)).toEqual([]);
  });

  it('finds an unisolated override (the check can fail)', () => {
    const { document } = globalThis as unknown as { document: Document };
    const p = document.createElement('p');
    p.textContent = `${hostile('Example Wire')} — 3 articles`;
    expect(unisolated(p)).toHaveLength(1);
  });
});
