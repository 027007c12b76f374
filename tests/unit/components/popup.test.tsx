// The popup answers "who else covered this, and is anything contested?" in each state, from the mock connector.
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { MOCK_STATES, mockConnectorFor } from '../../../lib/ui/mock/mock-states.js';
import { bridgeReport } from '../../../lib/ui/mock/bridge-story.js';
import type { TabState } from '../../../lib/ext/protocol.js';
import { renderWith } from './render.js';

describe('PopupApp', () => {
  it('shows the event, other outlets with independent ones, and the disputed claim with both sides', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <PopupApp tabId={7} />);
    expect(r.q('event-title')?.textContent).toBe('Larkspur Bridge reopening');
    // Harbor Times, Metro Daily, the unnamed outlet and Valley Wire (a copy): 4 others, 3 independent.
    expect(r.q('outlet-count')?.textContent).toBe('4 other outlets (3 independent)');
    expect(r.q('outlet-names')?.textContent).toBe('Harbor Times, Metro Daily, unknown outlet and Valley Wire');
    const disputed = r.all('disputed-claim');
    expect(disputed).toHaveLength(1);
    expect(disputed[0]!.querySelector('[data-testid="asserted-by"]')?.textContent).toContain("the mayor's office");
    expect(disputed[0]!.querySelector('[data-testid="denied-by"]')?.textContent).toContain('Harbor Authority (Harbor Times');
    expect(r.q('open-side-panel')).not.toBeNull();
  });

  it('tallies the rest of the claim picture in a line each: one-word claims, agreement, figures, gaps, framing', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <PopupApp tabId={7} />);
    const report = bridgeReport;
    const lines = r.all('tally').length
      ? [...r.q('tally')!.querySelectorAll('li')].map((li) => li.getAttribute('data-testid'))
      : [];
    const expected = [
      report.claims.some((c) => c.status === 'single-source') && 'tally-single-source',
      report.claims.some((c) => c.status === 'corroborated') && 'tally-corroborated',
      report.numbers.length > 0 && 'tally-numbers',
      report.omissions.length > 0 && 'tally-omissions',
      report.framing.length > 0 && 'tally-framing',
    ].filter(Boolean);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(lines).toEqual(expected);
    expect(r.q('tally-numbers')?.textContent).toContain(
      `${report.numbers[0]!.values[0]!.text} (${report.numbers[0]!.values[0]!.outlet})`,
    );
    expect(r.q('tally-framing')?.textContent).toContain('“reopening” (Riverside Gazette) against “partial opening”');
  });

  it('says plainly, without the alarm colour, when nothing is contested', async () => {
    const c = mockConnectorFor('ready');
    const calm = { ...bridgeReport, claims: bridgeReport.claims.filter((x) => x.status !== 'disputed') };
    c.data.tabState = { status: 'ready', url: bridgeReport.article.url, report: calm } as TabState;
    const r = await renderWith(c, <PopupApp tabId={7} />);
    const h = r.q('disputed')!.querySelector('h2')!;
    expect(h.textContent).toBe('No claim here is contested by other outlets we know');
    expect(h.className).not.toContain('status-disputed');
    expect(r.all('disputed-claim')).toHaveLength(0);
  });

  it('asks for the explicit ?tabId and marks when the answer is on screen', async () => {
    performance.clearMarks();
    const c = mockConnectorFor('ready');
    await renderWith(c, <PopupApp tabId={42} />);
    expect(c.calls.find((x) => x.method === 'getTabState')?.args).toEqual([42]);
    expect(performance.getEntriesByName('popup-answer')).toHaveLength(1);
  });

  it('draws the country bar with unknown kept apart, and the lean bar only when a set is on', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <PopupApp tabId={1} />);
    const country = r.q('bar-country')!.querySelector('[role="img"]')!.getAttribute('aria-label');
    expect(country).toBe('Outlets by country: United Kingdom 1, Unknown 3');
    expect(r.q('bar-lean')?.textContent).toContain('Right 1');

    const off = createMockConnector();
    off.data.settings = { ...off.data.settings, ratingSets: { ...off.data.settings.ratingSets, baly2020: false } };
    const r2 = await renderWith(off, <PopupApp tabId={1} />);
    expect(r2.q('bar-lean')).toBeNull();
    expect(r2.q('bar-country')).not.toBeNull();
  });

  it('opens the side panel for the tab it shows', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <PopupApp tabId={9} />);
    await r.click(r.q('open-side-panel'));
    expect(c.calls.find((x) => x.method === 'openSidePanel')?.args).toEqual([{ tabId: 9, windowId: 1 }]);
  });

  it('gives an honest empty state with the outlet and an unknown date', async () => {
    const r = await renderWith(mockConnectorFor('none'), <PopupApp tabId={1} />);
    expect(r.q('no-coverage')?.textContent).toContain('No known coverage');
    expect(r.q('article-outlet')?.textContent).toBe('Riverside Gazette');
    expect(r.q('article-date')?.textContent).toBe('date unknown');
    expect(r.q('event-title')).toBeNull();
  });

  it('says a page that reports no event is not compared, and what it looks like', async () => {
    const r = await renderWith(mockConnectorFor('not-report'), <PopupApp tabId={1} />);
    expect(r.q('no-coverage')).toBeNull();
    expect(r.q('not-report')?.textContent).toContain('This looks like a product review: Parallax compares news reports');
    expect(r.q('not-report')?.textContent).toContain('from its schema.org type and its headline');
    expect(r.q('event-title')).toBeNull();
  });

  it.each([
    ['loading', 'Loading the index', 'state-index-loading'],
    ['waiting', 'Reading the article', 'state-waiting'],
    ['not-article', 'does not look like a news article', 'state-not-article'],
    ['too-large', 'too large to check', 'state-too-large'],
    ['error', 'Something went wrong', 'state-error'],
    ['disabled', 'switched off on this site', 'state-disabled'],
  ])('state %s says so plainly', async (state, words, testid) => {
    const r = await renderWith(mockConnectorFor(state), <PopupApp tabId={1} />);
    expect(r.q(testid)?.textContent).toContain(words);
    expect(r.q('outlet-count')).toBeNull();
  });

  it('shows index loading progress and then the answer once the background is done', async () => {
    const states = [MOCK_STATES.loading!, { status: 'ready' as const, url: null, report: bridgeReport }];
    const c = createMockConnector({ tabState: (n) => states[Math.min(n, 1)]! });
    const r = await renderWith(c, <PopupApp tabId={1} />);
    expect(r.root.querySelector('progress')?.getAttribute('value')).toBe('0.42');
    await new Promise((res) => setTimeout(res, 550));
    await r.settle();
    expect(r.q('outlet-count')?.textContent).toContain('4 other outlets');
  });

  it('offers a recheck on a page that is not an article', async () => {
    const c = mockConnectorFor('not-article');
    const r = await renderWith(c, <PopupApp tabId={3} />);
    await r.click(r.q('recheck'));
    expect(c.calls.some((x) => x.method === 'recheck' && x.args[0] === 3)).toBe(true);
  });

  it('says when the background does not answer', async () => {
    const c = mockConnectorFor('ready');
    c.getTabState = () => Promise.reject(new Error('Could not establish connection'));
    const r = await renderWith(c, <PopupApp tabId={3} />);
    expect(r.q('state-unreachable')?.textContent).toContain('Could not establish connection');
  });
});

describe('PopupApp fast path', () => {
  it('shows the stored answer even when the background is slow, then keeps the background’s answer', async () => {
    let release: (s: TabState) => void = () => undefined;
    const c = createMockConnector({ peek: MOCK_STATES.ready! });
    c.getTabState = () => new Promise<TabState>((res) => (release = res));
    const r = await renderWith(c, <PopupApp tabId={4} />);
    expect(r.q('outlet-count')?.textContent).toContain('4 other outlets');
    release(MOCK_STATES['not-article']!);
    await r.settle();
    expect(r.q('state-not-article')).not.toBeNull();
  });

  it('keeps a stored answer on screen when the background then fails', async () => {
    const c = createMockConnector({ peek: MOCK_STATES.ready! });
    c.getTabState = () => new Promise<TabState>((_, rej) => setTimeout(() => rej(new Error('gone')), 5));
    const r = await renderWith(c, <PopupApp tabId={4} />);
    await new Promise((res) => setTimeout(res, 20));
    await r.settle();
    expect(r.q('outlet-count')).not.toBeNull();
    expect(r.q('state-unreachable')).toBeNull();
  });
});

describe('PopupApp with more disputed claims than it shows', () => {
  it('shows three and says how many more are in the side panel', async () => {
    const many = structuredClone(bridgeReport);
    const disputed = bridgeReport.claims.find((c) => c.status === 'disputed')!;
    many.claims = Array.from({ length: 5 }, (_, i) => ({ ...disputed, id: `d${i}`, text: `Disputed claim ${i}` }));
    const r = await renderWith(
      createMockConnector({ tabState: { status: 'ready', url: null, report: many } }),
      <PopupApp tabId={1} />,
    );
    expect(r.all('disputed-claim')).toHaveLength(3);
    expect(r.q('disputed-more')?.textContent).toBe('2 more in the side panel');
  });

  it('says nothing more when all are shown', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <PopupApp tabId={1} />);
    expect(r.q('disputed-more')).toBeNull();
  });
});
