// The side panel on the invented bridge story: claims by status with both sides, copies folded, links safe,
// highlight in the page, outlet profiles where unknown stays unknown, feedback kept, following the active tab.
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/SidePanelApp.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { bridgeReport } from '../../../lib/ui/mock/bridge-story.js';
import { MOCK_STATES, mockConnectorFor } from '../../../lib/ui/mock/mock-states.js';
import { renderWith } from './render.js';

describe('SidePanelApp', () => {
  it('groups claims disputed → single source → corroborated, with both sides and whose word it rests on', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <SidePanelApp tabId={5} />);
    const statuses = r.all('claim').map((c) => c.getAttribute('data-status'));
    expect(statuses).toEqual(['disputed', 'single-source', 'corroborated']);
    const disputed = r.all('claim')[0]!;
    expect(disputed.querySelector('[data-testid="denied-by"]')?.textContent).toContain('Harbor Times and Valley Wire');
    expect(disputed.querySelector('[data-testid="attributed-to"]')?.textContent).toBe("Rests on the word of the mayor's office.");
    expect(disputed.querySelector('[data-testid="quotes-denies"]')?.textContent).toContain('Harbor Times denies or contests it');
  });

  it('folds the republished copy under its original and puts related events after this one', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <SidePanelApp tabId={5} />);
    const thisEvent = r.q('coverage-this-event')!;
    const topLevel = [...thisEvent.querySelectorAll(':scope > ul > li')];
    expect(topLevel).toHaveLength(3);
    const copies = thisEvent.querySelector('[data-testid="copies"]')!;
    expect(copies.textContent).toContain('1 republished copy (not independent)');
    expect(copies.textContent).toContain('Valley Wire');
    const order = r.all('coverage-this-event').concat(r.all('coverage-related-event'));
    expect(order.map((g) => g.getAttribute('data-testid'))).toEqual(['coverage-this-event', 'coverage-related-event']);
    expect(r.q('coverage-related-event')?.textContent).toContain('Cracks close Larkspur Bridge');
  });

  it('links only http(s), in a new tab without opener', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <SidePanelApp tabId={5} />);
    const links = [...r.q('coverage')!.querySelectorAll('a')];
    expect(links.length).toBe(4); // the javascript: item is shown as text
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    expect(r.text()).toContain('Bridge news roundup');
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = structuredClone(bridgeReport);
    hostile.coverage[0]!.title = '<img src=x onerror="alert(1)">Gotcha';
    const c = createMockConnector({ tabState: { status: 'ready', url: null, report: hostile } });
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    expect(r.root.querySelector('img')).toBeNull();
    expect(r.text()).toContain('<img src=x onerror="alert(1)">Gotcha');
  });

  it('highlights the claim sentence in the page, and says when it is not found', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    await r.click(r.all('highlight-claim')[0]!);
    expect(c.calls.find((x) => x.method === 'highlight')?.args).toEqual([
      5,
      "The bridge reopened to traffic on Monday morning, the mayor's office said.",
    ]);
    await r.click(r.q('clear-highlight'));
    expect(c.calls.some((x) => x.method === 'clearHighlight' && x.args[0] === 5)).toBe(true);
    expect(r.q('clear-highlight')).toBeNull();
    c.data.highlightFound = false;
    await r.click(r.all('highlight-claim')[0]!);
    expect(r.text()).toContain('Not found in the page');
  });

  it('shows outlet profiles with source and date; unknown stays unknown, switched-off sets disappear', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    const profiles = r.all('outlet-profile');
    const harbor = profiles.find((p) => p.textContent?.includes('harbortimes.example'))!;
    expect(harbor.textContent).toContain('right — Baly et al. 2020, 2020');
    expect(harbor.textContent).toContain('state-affiliated — OpenSources, 2018');
    const valley = profiles.find((p) => p.textContent?.includes('valleywire.example'))!;
    expect(valley.textContent).toContain('Bias');
    expect(valley.textContent).toContain('unknown');
    expect(valley.textContent?.toLowerCase()).not.toContain('center');
    const unnamed = profiles.find((p) => p.textContent?.includes('unknown outlet'))!;
    expect(unnamed.querySelector('[data-testid="profile-unknown"]')).not.toBeNull();

    c.data.settings = { ...c.data.settings, ratingSets: { ...c.data.settings.ratingSets, baly2020: false } };
    const r2 = await renderWith(c, <SidePanelApp tabId={5} />);
    const harbor2 = r2.all('outlet-profile').find((p) => p.textContent?.includes('harbortimes.example'))!;
    expect(harbor2.textContent).not.toContain('Baly');
  });

  it('shows omissions, numbers that disagree, framing and the timeline with when the denial came', async () => {
    const r = await renderWith(mockConnectorFor('ready'), <SidePanelApp tabId={5} />);
    expect(r.q('omissions')?.textContent).toContain('Reported by Harbor Times and Metro Daily');
    expect(r.q('numbers')?.textContent).toContain('18 million dollars — Harbor Times');
    expect(r.q('numbers')?.textContent).toContain('The city has spent 18 million dollars on the repairs so far.');
    expect(r.q('framing')?.textContent).toContain('“reopening” (Riverside Gazette) vs “partial opening” (Metro Daily)');
    const items = [...r.q('timeline')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('3 Sept 2030');
    expect(
      items.some((t) => t?.includes('Denied: Larkspur Bridge reopened') && t.includes('first carried by Harbor Times')),
    ).toBe(true);
  });

  it('says whose word a left-out quotation is', async () => {
    const report = {
      ...bridgeReport,
      omissions: [
        ...bridgeReport.omissions,
        {
          claimId: 'c-open',
          text: 'We will never close the Larkspur Bridge again.',
          reportedBy: ['Harbor Times'],
          saidBy: 'Mayor Ana Vel',
        },
      ],
    };
    const r = await renderWith(
      createMockConnector({ tabState: { status: 'ready', url: null, report } }),
      <SidePanelApp tabId={5} />,
    );
    expect(r.all('omission-source').map((p) => p.textContent)).toEqual([
      'Reported by Harbor Times and Metro Daily',
      'Said by Mayor Ana Vel, reported by Harbor Times',
    ]);
  });

  it('quotes the sentence of each figure and highlights the one in this article', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    const values = r.all('number-value');
    expect(values.map((v) => v.querySelector('blockquote')?.textContent)).toEqual([
      "Repairs cost 12 million dollars, according to the mayor's office.",
      'The city has spent 18 million dollars on the repairs so far.',
    ]);
    // Only the figure printed in the page being read can be shown in it.
    expect(values.map((v) => !!v.querySelector('[data-testid="highlight-number"]'))).toEqual([true, false]);
    // The claim whose outlets give the figures says so, and points to them.
    const cost = r.all('claim').find((c) => c.textContent?.includes('Repairs cost'))!;
    expect(cost.querySelector('[data-testid="claim-figures-differ"]')?.textContent).toBe(
      'Figures differ on repair cost: 12 million dollars (Riverside Gazette), 18 million dollars (Harbor Times). See the sentences',
    );
    expect(r.all('claim-figures-differ')).toHaveLength(1);
    await r.click(r.q('highlight-number'));
    expect(c.calls.find((x) => x.method === 'highlight')?.args).toEqual([
      5,
      "Repairs cost 12 million dollars, according to the mayor's office.",
    ]);
  });

  it('explains why it matched and keeps a wrong-match report', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    expect(r.q('why-matched')?.textContent).toContain('confidence 86%');
    expect(r.q('why-matched')?.textContent).toContain('Larkspur Bridge, Harbor Authority');
    await r.fire(r.q('feedback')!.querySelector('form'), 'submit');
    expect(c.data.feedback).toHaveLength(1);
    expect(c.data.feedback[0]).toMatchObject({ kind: 'wrong-match', eventId: 'ev-reopen', coverageId: null });
    expect(r.q('feedback')?.textContent).toContain('Kept on this device only');
  });

  it('follows the active tab when no tab is given', async () => {
    const c = createMockConnector({ tabState: MOCK_STATES.ready!, activeTabId: 1 });
    const r = await renderWith(c, <SidePanelApp tabId={null} />);
    expect(r.q('event-title')).not.toBeNull();
    c.switchTab(2, MOCK_STATES['not-article']);
    await r.settle();
    expect(c.calls.filter((x) => x.method === 'getTabState').map((x) => x.args[0])).toEqual([1, 2]);
    expect(r.q('state-not-article')).not.toBeNull();
  });

  it('stays on an explicit ?tabId when other tabs change', async () => {
    const c = mockConnectorFor('ready');
    const r = await renderWith(c, <SidePanelApp tabId={5} />);
    c.switchTab(6, MOCK_STATES['not-article']);
    await r.settle();
    expect(r.q('event-title')).not.toBeNull();
  });
});

describe('SidePanelApp on long claim lists', () => {
  it('shows the first few claims of a long group and the rest on request', async () => {
    const many = structuredClone(bridgeReport);
    many.claims = Array.from({ length: 8 }, (_, i) => ({ ...bridgeReport.claims[1]!, id: `s${i}`, text: `Single claim ${i}` }));
    const r = await renderWith(
      createMockConnector({ tabState: { status: 'ready', url: null, report: many } }),
      <SidePanelApp tabId={5} />,
    );
    expect(r.all('claim')).toHaveLength(3);
    await r.click(r.q('claims-show-all'));
    expect(r.all('claim')).toHaveLength(8);
    expect(r.q('claims-show-all')).toBeNull();
  });

  it("marks the same outlet's other pieces", async () => {
    const own = structuredClone(bridgeReport);
    own.coverage[1]!.domain = 'riverside-gazette.example';
    const r = await renderWith(
      createMockConnector({ tabState: { status: 'ready', url: null, report: own } }),
      <SidePanelApp tabId={5} />,
    );
    expect(r.all('coverage-item').filter((i) => i.textContent?.includes('same outlet as this article'))).toHaveLength(1);
  });
});
