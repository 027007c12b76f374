// Coverage sources in the options, and freshness in the popup, with the mock connector: a publisher is shown
// (description, articles, outlets, newest article) before it is trusted; a refused preview says why; a failing
// subscription shows its state and error; "no known coverage" says whether the index reaches the article's date.
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp.js';
import { PopupApp } from '../../../components/PopupApp.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { noCoverageReport } from '../../../lib/ui/mock/mock-states.js';
import { mockUpdatesFailing, mockUpdatesOff } from '../../../lib/ui/mock/mock-updates.js';
import { renderWith } from './render.js';

const typeInto = async (r: Awaited<ReturnType<typeof renderWith>>, id: string, value: string) => {
  const el = r.q(id) as unknown as HTMLInputElement;
  el.value = value;
  await r.fire(el, 'input');
};

describe('coverage sources', () => {
  it('previews a publisher before trusting it, then subscribes', async () => {
    const c = createMockConnector();
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    expect(r.q('opt-freshness')!.textContent).toMatch(/6,442 articles from 402 outlets.*updates are off/);
    await typeInto(r, 'sub-url', 'https://updates.example/parallax/manifest.json');
    await typeInto(r, 'sub-key', 'ed25519:abc');
    await r.fire(r.q('add-subscription'), 'submit');
    const preview = r.q('sub-preview')!.textContent!;
    expect(preview).toMatch(/Example Wire/);
    expect(preview).toMatch(/An invented publisher/);
    expect(preview).toMatch(/41,870/);
    expect(preview).toMatch(/205/);
    expect(c.calls.some((x) => x.method === 'subscribe')).toBe(false);
    await r.click(r.q('sub-trust'));
    expect(c.calls.find((x) => x.method === 'subscribe')?.args).toEqual([
      'https://updates.example/parallax/manifest.json',
      'ed25519:abc',
    ]);
    expect(r.all('subscription')).toHaveLength(1);
  });

  it('says why a publisher was not added', async () => {
    const c = createMockConnector({
      preview: { ok: false, error: 'signature invalid: the manifest was not signed by this key' },
    });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    await typeInto(r, 'sub-url', 'https://updates.example/m.json');
    await typeInto(r, 'sub-key', 'k');
    await r.fire(r.q('add-subscription'), 'submit');
    expect(r.q('sub-preview-error')!.textContent).toMatch(/Not added: signature invalid/);
    expect(r.q('sub-preview')).toBeNull();
  });

  it('shows a failing subscription’s state and error, and removes it', async () => {
    const c = createMockConnector({ updates: mockUpdatesFailing });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    expect(r.q('subscription-state')!.textContent).toMatch(/failing since/);
    expect(r.q('subscription-error')!.textContent).toMatch(/^signature: signature invalid/);
    expect(r.q('opt-freshness')!.textContent).toMatch(/updates failed since .*: signature invalid/);
    await r.click(r.q('subscription-remove'));
    expect(c.calls.find((x) => x.method === 'unsubscribe')?.args).toEqual(['0123456789abcdef']);
  });
});

describe('freshness in the popup', () => {
  it('tells a page newer than the coverage from one nobody covered', async () => {
    const report = { ...noCoverageReport, article: { ...noCoverageReport.article, published: '2026-12-03' } };
    const c = createMockConnector({ tabState: { status: 'ready', url: report.article.url, report }, updates: mockUpdatesOff });
    const r = await renderWith(c, <PopupApp tabId={1} />);
    expect(r.q('coverage-date')!.textContent).toBe(
      'This article is from 3 Dec 2026; your coverage ends 22 May 2021: updates are off.',
    );
    expect(r.q('freshness')!.textContent).toMatch(
      /^Coverage up to 22 May 2021: 6,442 articles from 402 outlets · updates are off$/,
    );
  });
});
