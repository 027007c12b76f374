// Issue 20 item 1 in real Chromium: Russia Today's Lavrov page asserts that Russia "fully liberated the territory this
// past April"; Kyiv's denial is carried in another event of the story. The side panel shows the claim disputed, says in
// which event and on which date the denial came, and the story timeline lists the denial. Screenshots are saved. The
// page is served as https://www.rt.com (mapped to 127.0.0.1): an outlet is known by its own host, never by its printed name.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/ext/protocol.js';
import type { Report } from '../../../lib/types.js';
import { seriousViolations } from '../harness/a11y.js';
import { screenshot, screenshotDir } from '../harness/extension.js';
import { PANEL, type Suite } from '../harness/suite-context.js';

const RECAPTURE = /fully liberated the territory this past April/;

export function storyDisputeSpecs(get: () => Suite): void {
  describe('a claim denied in another event of the story (the Lavrov page)', () => {
    let tabId = -1;
    let report: Report;
    beforeAll(async () => {
      const { tabId: id, state } = await get().openTab('/news/lavrov-kursk.html', 'www.rt.com');
      tabId = id;
      expect(state.status).toBe('ready');
      report = (state as Extract<TabState, { status: 'ready' }>).report;
    });

    it('reports the recapture claim disputed, the denial quoted with its event and date', () => {
      expect(report.match.status).toBe('matched');
      const claim = report.claims.find((c) => RECAPTURE.test(c.text) || RECAPTURE.test(c.sentenceInArticle ?? ''));
      expect(claim?.status, JSON.stringify(report.claims.map((c) => [c.status, c.text]))).toBe('disputed');
      const denial = claim!.quotes.find((q) => q.stance === 'denies' && q.eventId);
      expect(denial?.eventId).not.toBe(report.event?.id);
      expect(report.story?.events.some((e) => e.id === denial!.eventId)).toBe(true);
      expect(denial!.published).toMatch(/^2025-\d\d-\d\d/);
    });

    it('side panel says in which event the denial came, and the timeline lists it', async () => {
      const page = await get().openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL);
      const claims = page.getByTestId('claims-disputed').getByTestId('claim');
      await claims.first().waitFor();
      const texts = await claims.allTextContents();
      const i = texts.findIndex((t) => RECAPTURE.test(t));
      expect(i, texts.join('\n')).toBeGreaterThanOrEqual(0);
      const claim = claims.nth(i);
      const across = await claim.getByTestId('story-dispute').textContent();
      expect(across).toMatch(/Denied in (?:an earlier|a later|another) event of the story, \d{1,2} \w{3} 2025/);
      await expect(claim.getByTestId('denied-by').textContent()).resolves.toMatch(/Ukraine/);
      const timeline = await page.getByTestId('timeline').textContent();
      expect(timeline).toMatch(/Denied: Russia fully liberated the territory/);
      await claim.screenshot({ path: join(screenshotDir, 'sidepanel-story-dispute-claim.png') });
      await screenshot(page, 'sidepanel-story-dispute');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  });
}
