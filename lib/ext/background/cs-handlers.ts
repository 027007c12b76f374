// Handlers for content-script messages: whether a page may be checked, and its extraction result → tab state,
// badge and reading history.
import { applyBadge, badgeText } from '../badge.js';
import type { TabState } from '../protocol.js';
import { autoRunAllowed } from '../site-rules.js';
import { hold, release } from '../../index/pace.js';
import { recordReading } from '../user-db/history.js';
import { getSettings } from '../user-db/settings.js';
import { CsArticleExtractedSchema, CsShouldRunSchema, parsePayload } from '../validate.js';
import { stateForOutcome } from './analyse.js';
import { checkKey } from './navigation.js';
import type { BgServices } from './services.js';

const parseExtracted = (data: unknown) => parsePayload(CsArticleExtractedSchema, data, 'csArticleExtracted');

export async function handleShouldRun(s: BgServices, data: unknown, tabId: number): Promise<{ run: boolean }> {
  const { url } = parsePayload(CsShouldRunSchema, data, 'csShouldRun');
  // The page is about to be extracted: long jobs stay held until its answer (a page the reader opened before the
  // navigation was seen, or one restored with the browser, starts its hold here).
  hold(checkKey(tabId));
  const run = autoRunAllowed(await getSettings(s.userDb()), url);
  if (!run) {
    release(checkKey(tabId));
    await s.tabs.set(tabId, {
      status: 'disabled',
      url,
      message: 'Automatic checking is off for this site. You can still check this page.',
    });
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

/** An answer the background cannot take still ends the tab's wait, with a retry (issue 23: the popup waited forever). */
async function refuse(s: BgServices, tabId: number, e: unknown): Promise<never> {
  const url = await s.tabUrl(tabId);
  const why = e instanceof Error ? e.message : String(e);
  if (url)
    await publishState(s, tabId, {
      status: 'error',
      url,
      message: `Parallax could not take what this page sent (${why.slice(0, 300)}).`,
    });
  throw e;
}

export async function handleArticleExtracted(s: BgServices, data: unknown, tabId: number): Promise<void> {
  hold(checkKey(tabId));
  try {
    await answer(s, data, tabId);
  } finally {
    release(checkKey(tabId));
  }
}

async function answer(s: BgServices, data: unknown, tabId: number): Promise<void> {
  let payload: ReturnType<typeof parseExtracted>;
  try {
    payload = parseExtracted(data);
  } catch (e) {
    return refuse(s, tabId, e);
  }
  const { url, outcome } = payload;
  // Marked before the analysis, so a worker stopped during it asks the page again when it restarts (resumeAnalyses).
  // A recheck of an answered page keeps its answer on screen until the new one replaces it.
  if ((await s.tabs.get(tabId))?.status !== 'ready') {
    await s.tabs.setIfCurrent(
      tabId,
      { status: 'waiting', url, since: s.now().getTime(), analysing: true },
      await s.tabUrl(tabId),
    );
  }
  const state = await stateForOutcome(url, outcome, s.analyse);
  const written = await publishState(s, tabId, state);
  if (!written || state.status !== 'ready') return;
  const { report } = state;
  const now = s.now().getTime();
  if (!(await s.tabs.historyAllowed(tabId, now))) return;
  try {
    const added = await recordReading(
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
    if (added) await s.tabs.historySpent(tabId, now);
  } catch (e) {
    // History is a convenience: failing to record must not fail the page's answer.
    console.warn('Parallax: reading not recorded', e);
  }
}
