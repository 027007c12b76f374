// The options page with the mock connector: settings saved, rating sets switched, history mix/clear, index import.
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { mockHistory } from '../../../lib/ui/mock/mock-states.js';
import { renderWith } from './render.js';

const input = (el: Element | null | undefined): HTMLInputElement => el as HTMLInputElement;

describe('OptionsApp', () => {
  it('switches auto-run off and a rating set off through the background', async () => {
    const c = createMockConnector();
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    const autorun = input(r.q('opt-autorun')?.querySelector('input'));
    autorun.checked = false;
    await r.fire(autorun, 'change');
    expect(c.data.settings.autoRun).toBe(false);
    const boxes = [...r.q('opt-ratings')!.querySelectorAll('label')];
    const baly = boxes.find((l) => l.textContent?.includes('Baly et al. 2020'))!;
    const box = input(baly.querySelector('input'));
    box.checked = false;
    await r.fire(box, 'change');
    expect(c.data.settings.ratingSets.baly2020).toBe(false);
    expect(c.data.settings.ratingSets.mbfc).not.toBe(false);
  });

  it('saves site lists as clean host names', async () => {
    const c = createMockConnector();
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    const allow = r.q('allow-sites') as unknown as HTMLTextAreaElement;
    allow.value = 'https://www.Example.com/news\nnot a site, bbc.co.uk';
    await r.fire(allow, 'input');
    await r.fire(allow, 'blur');
    expect(c.data.settings.allowSites).toEqual(['example.com', 'bbc.co.uk']);
  });

  it('shows the outlet mix by month and clears history after confirmation', async () => {
    const c = createMockConnector({ history: { enabled: true, entries: mockHistory } });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    const mix = r.q('history-mix')!.textContent!;
    expect(mix).toContain('6 articles read on this device');
    expect(mix).toContain('March 2031');
    expect(mix).toContain('Riverside Gazette 2');
    expect(mix).toContain('unknown outlet 1');
    await r.click(r.q('history-clear'));
    expect(c.calls.some((x) => x.method === 'clearHistory')).toBe(false);
    expect(r.q('history-clear')?.textContent).toContain('Really');
    await r.click(r.q('history-clear'));
    expect(c.calls.some((x) => x.method === 'clearHistory')).toBe(true);
    expect(r.q('history-empty')).not.toBeNull();
  });

  it('shows the index: description, counts, build date, hash, schema, source', async () => {
    const r = await renderWith(createMockConnector(), <OptionsApp tabId={null} />);
    const info = r.q('index-info')!.textContent!;
    expect(info).toContain('Example corpus (invented)');
    expect(info).toContain('1 May 2031');
    expect(info).toContain('sha256-0123456789abcdef');
    expect(info).toContain('bundled');
    expect(r.q('index-count-articles')?.textContent).toBe('6');
  });
});

describe('OptionsApp with a damaged or unverified index', () => {
  it('renders whatever a stored header holds, says what is wrong, and offers the bundled index', async () => {
    const c = createMockConnector();
    // As the background may answer for a header an older version stored unchecked (and anything else a page may get).
    c.data.indexInfo = {
      ...c.data.indexInfo,
      source: 'imported',
      builtAt: { y: 2025 } as unknown as string,
      counts: { articles: null, terms: Infinity, events: 3 } as unknown as Record<string, number>,
      description: null,
      trust: { kind: 'unverified', reason: 'the file was not signed' },
      problem: 'counts.articles: a count is a number (got null)',
    };
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    expect(r.q('index-count-articles')?.textContent).toBe('unknown');
    expect(r.q('index-count-terms')?.textContent).toBe('unknown');
    expect(r.q('index-count-events')?.textContent).toBe('3');
    expect(r.q('index-trust')?.textContent).toBe('imported, unverified: the file was not signed');
    expect(r.q('index-problem')?.textContent).toMatch(/damaged \(counts\.articles: a count is a number \(got null\)\)/);
    expect(r.q('use-bundled')?.textContent).toBe('Go back to the bundled index');
    await r.click(r.q('use-bundled'));
    expect(c.calls.some((x) => x.method === 'useBundledIndex')).toBe(true);
  });

  it('keeps a way to reload the bundled index when it is the one loaded', async () => {
    const r = await renderWith(createMockConnector(), <OptionsApp tabId={null} />);
    expect(r.q('index-trust')?.textContent).toBe('bundled with Parallax');
    expect(r.q('use-bundled')?.textContent).toBe('Load the bundled index again');
  });
});

describe('OptionsApp while the index loads', () => {
  it('follows the loading progress until the index is ready', async () => {
    const c = createMockConnector();
    const ready = c.data.indexInfo;
    c.data.indexInfo = { ...ready, state: 'loading', progress: 0.5 };
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    expect(r.q('index-state')?.textContent).toBe('loading 50%');
    c.data.indexInfo = ready;
    await new Promise((res) => setTimeout(res, 800));
    await r.settle();
    expect(r.q('index-state')?.textContent).toBe('ready');
  });
});

describe('OptionsApp reading by lean', () => {
  it('shows the reading by lean per month where a set knows it, unknown apart', async () => {
    const c = createMockConnector({ history: { enabled: true, entries: mockHistory } });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    const march = r.q('history-lean-2031-03')!.querySelector('[role="img"]')!.getAttribute('aria-label');
    // Riverside Gazette twice (left-center → lean left), Harbor Times once (right).
    expect(march).toBe('March 2031: Lean left 2, Right 1');
    const may = r.q('history-lean-2031-05')!.querySelector('[role="img"]')!.getAttribute('aria-label');
    expect(may).toBe('May 2031: Unknown 1');
  });

  it('shows no lean view when the sets that know are switched off', async () => {
    const c = createMockConnector({ history: { enabled: true, entries: mockHistory } });
    c.data.settings = { ...c.data.settings, ratingSets: { mbfc: false, baly2020: false } };
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    expect(r.q('history-mix')).not.toBeNull();
    expect(r.q('history-lean')).toBeNull();
  });
});
