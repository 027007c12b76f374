// Beyond the seeds, in real Chromium: a real corpus article (BASIL) served as a page matches its event with the other
// outlets (issue 4); a real benchmark page shows its extracted outlet and date in the popup (issue 3); the seed page's
// side panel shows every claim status with quotes, what the article leaves out and framing (issue 5).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/types.js';
import { countOutlets } from '../../../lib/ui/coverage.js';
import { screenshot } from '../harness/extension.js';
import { PANEL, POPUP, readyReport, type Suite } from '../harness/suite-context.js';

export function realPageSpecs(get: () => Suite): void {
  const open = (path: string, viewport: { width: number; height: number }) => get().openExtensionPage(path, viewport);

  describe('a real BASIL article served as a page', () => {
    let tabId = -1;
    let report: Report;
    beforeAll(async () => {
      const t = await get().openTab('/news/real-basil.html');
      tabId = t.tabId;
      report = readyReport(t.state);
    });

    it('matches its event by content, with the other outlets that covered it', async () => {
      expect(report.match.status).toBe('matched');
      expect(report.match.method).not.toBe('url');
      expect(countOutlets(report).others).toBeGreaterThanOrEqual(2);
      expect(await get().h.badgeText(tabId)).toBe(String(countOutlets(report).others));
    });

    it('popup and side panel show the coverage', async () => {
      const popup = await open(`popup.html?tabId=${tabId}`, POPUP);
      await popup.getByTestId('outlet-count').waitFor();
      await expect(popup.getByTestId('article-outlet').textContent()).resolves.toMatch(/new york times/i);
      await screenshot(popup, 'popup-real-basil');
      await popup.close();
      const panel = await open(`sidepanel.html?tabId=${tabId}`, PANEL);
      await panel.getByTestId('coverage').waitFor();
      expect(await panel.getByTestId('coverage-this-event').getByTestId('coverage-item').count()).toBeGreaterThanOrEqual(2);
      await screenshot(panel, 'sidepanel-real-basil');
      await panel.close();
    });
  });

  it('a real benchmark page shows its extracted outlet and date in the popup', async () => {
    const { tabId, state } = await get().openTab('/news/other-event.html');
    const report = readyReport(state);
    expect(report.article.outlet).toBeTruthy();
    expect(report.article.published).toBeTruthy();
    const popup = await open(`popup.html?tabId=${tabId}`, POPUP);
    const outlet = (await popup.getByTestId('article-outlet').textContent()) ?? '';
    const date = (await popup.getByTestId('article-date').textContent()) ?? '';
    expect(outlet).toContain(report.article.outlet!);
    expect(date).not.toMatch(/unknown/i);
    expect(date).toContain(report.article.published!.slice(0, 4));
    await popup.close();
  });

  it('the seed page side panel shows single-source and corroborated claims with quotes, omissions and framing', async () => {
    const { tabId, state } = await get().openTab('/news/putin-kursk-panel.html');
    const report = readyReport(state);
    expect(report.omissions.length).toBeGreaterThan(0);
    expect(report.framing.length).toBeGreaterThan(0);
    const panel = await open(`sidepanel.html?tabId=${tabId}`, PANEL);
    await panel.getByTestId('claims').waitFor();
    for (const status of ['disputed', 'single-source', 'corroborated']) {
      const claims = panel.getByTestId(`claims-${status}`).getByTestId('claim');
      expect(await claims.count(), status).toBeGreaterThan(0);
    }
    expect(await panel.getByTestId('claims-single-source').getByTestId('attributed-to').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid^="quotes-"]').count()).toBeGreaterThan(0);
    await expect(panel.getByTestId('omissions').textContent()).resolves.toBeTruthy();
    await expect(panel.getByTestId('framing').textContent()).resolves.toContain(report.framing[0]!.term);
    expect(await panel.getByTestId('numbers').count()).toBe(report.numbers.length > 0 ? 1 : 0);
    await panel.close();
  });
}
