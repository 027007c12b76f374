// Handlers for content-script messages: whether a page may be checked, and its extraction result → tab state,
// badge and reading history.
import { applyBadge, badgeText } from '../badge.js';
import type { TabState } from '../protocol.js';
import { autoRunAllowed } from '../site-rules.js';
import { recordReading } from '../user-db/history.js';
import { getSettings } from '../user-db/settings.js';
import { CsArticleExtractedSchema, CsShouldRunSchema, parsePayload } from '../validate.js';
import { stateForOutcome } from './analyse.js';
import type { BgServices } from './services.js';

export async function handleShouldRun(s: BgServices, data: unknown, tabId: number): Promise<{ run: boolean }> {
  const { url } = parsePayload(CsShouldRunSchema, data, 'csShouldRun');
  const run = autoRunAllowed(await getSettings(s.userDb()), url);
  if (!run) {
    await s.tabs.set(tabId, { status: 'disabled', url, message: 'Automatic checking is off for this site. You can still check this page.' });
    await applyBadge(s.badge, tabId, '');
  }
  return { run };
}

/** Writes a state for the tab unless it has navigated away meanwhile, and sets the badge to match. */
export async function publishState(s: BgServices, tabId: number, state: TabState): Promise<boolean> {
  const current = await s.tabUrl(tabId);
  if (current === null) return false;
  const written = await s.tabs.setIfCurrent(tabId, state, current);
  if (written) await applyBadge(s.badge, tabId, badgeText(state));
  return written;
}

export async function handleArticleExtracted(s: BgServices, data: unknown, tabId: number): Promise<void> {
  const { url, outcome } = parsePayload(CsArticleExtractedSchema, data, 'csArticleExtracted');
  const state = await stateForOutcome(url, outcome, s.analyse);
  const written = await publishState(s, tabId, state);
  if (!written || state.status !== 'ready') return;
  const { report } = state;
  try {
    await recordReading(
      s.userDb(),
      {
        at: s.now().toISOString(),
        url: report.article.url ?? url,
        outlet: report.article.outlet,
        domain: report.article.domain,
        eventId: report.match.status === 'matched' ? (report.event?.id ?? null) : null,
        eventTitle: report.match.status === 'matched' ? (report.event?.title ?? null) : null,
      },
      s.now().getTime(),
    );
  } catch (e) {
    // History is a convenience: failing to record must not fail the page's answer.
    console.warn('Parallax: reading not recorded', e);
  }
}
