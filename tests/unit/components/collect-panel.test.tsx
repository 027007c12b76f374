// "Collect it yourself" in the options, with the mock connector: each feed's state (ok, failing with its reason,
// permission missing), an OPML file shown before anything is added, the sites' access asked before the import, and a
// file that is not OPML refused with its reason and nothing added.
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { mockCollect } from '../../../lib/ui/mock/mock-collect.js';
import { renderWith } from './render.js';

const OPML = `<?xml version="1.0"?><opml version="2.0"><body>
<outline text="One" xmlUrl="https://one.example/rss"/><outline text="Two" xmlUrl="https://two.example/atom"/>
<outline text="One again" xmlUrl="https://one.example/world.xml"/><outline text="Folder only"/></body></opml>`;

async function pick(r: Awaited<ReturnType<typeof renderWith>>, name: string, text: string) {
  const input = r.q('collect-file') as unknown as HTMLInputElement;
  const file = new File([text], name, { type: 'text/xml' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await r.fire(input, 'change');
  // file.text() resolves after the change handler returns.
  for (let i = 0; i < 5; i++) await new Promise((res) => setTimeout(res, 0));
  await r.fire(input, 'input');
}

describe('collect it yourself in the options', () => {
  it('lists each feed with its state, reason and last poll', async () => {
    const r = await renderWith(createMockConnector({ collect: mockCollect }), <OptionsApp tabId={null} />);
    const rows = r.all('collect-feed');
    expect(rows.map((x) => x.getAttribute('data-state'))).toEqual(['failing', 'ok', 'permission']);
    const states = r.all('collect-feed-state').map((x) => x.textContent);
    expect(states[0]).toMatch(/^failing since .*: HTTP 503 Service Unavailable/);
    expect(states[2]).toMatch(/permission missing: Parallax may not read https:\/\/wire\.example\.net/);
    expect(r.q('collect-summary')!.textContent).toMatch(/59 articles in 31 events collected from 3 feeds; last poll/);
    expect(r.all('collect-feed-last-poll')[1]!.textContent).toMatch(/3 new articles, 1 as the feed's excerpt/);
  });

  it('asks for the missing site’s access, and removes a feed', async () => {
    const c = createMockConnector({ collect: mockCollect });
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    await r.click(r.q('collect-feed-allow'));
    expect(c.calls.find((x) => x.method === 'requestHostAccess')?.args).toEqual([['https://wire.example.net/*']]);
    await r.click(r.all('collect-feed-remove')[0]!);
    expect(c.calls.find((x) => x.method === 'removeFeed')?.args).toEqual(['https://daily.example.com/feed']);
  });

  it('shows an OPML file before adding it, asks for its sites, then imports it', async () => {
    const c = createMockConnector();
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    await pick(r, 'feeds.opml', OPML);
    expect(r.q('collect-preview')!.textContent).toMatch(/feeds\.opml: 3 feeds from 2 sites \(one\.example, two\.example\)/);
    expect(r.q('collect-preview')!.textContent).toMatch(/Left out: Folder only: no xmlUrl/);
    expect(c.calls.some((x) => x.method === 'importFeeds')).toBe(false);
    await r.click(r.q('collect-add'));
    const asked = c.calls.findIndex((x) => x.method === 'requestHostAccess');
    expect(c.calls[asked]?.args).toEqual([['https://one.example/*', 'https://two.example/*']]);
    expect(c.calls.findIndex((x) => x.method === 'importFeeds')).toBeGreaterThan(asked);
  });

  it('refuses a file that is not OPML, and adds nothing', async () => {
    const c = createMockConnector();
    const r = await renderWith(c, <OptionsApp tabId={null} />);
    await pick(r, 'notes.txt', 'just some notes');
    expect(r.q('collect-import-error')!.textContent).toMatch(/Could not read the list: not an OPML source list/);
    expect(r.q('collect-preview')).toBeNull();
    expect(c.calls.some((x) => x.method === 'importFeeds' || x.method === 'requestHostAccess')).toBe(false);
  });
});
