// Handlers for the extension pages' messages (popup, side panel, options). Each validates its payload.
import type { ProtocolMap, TabState, UpdatesInfo } from '../protocol.js';
import { addFeedback, getFeedback } from '../user-db/feedback.js';
import { clearHistory, exportHistory, getHistory } from '../user-db/history.js';
import { getSettings, setSettings } from '../user-db/settings.js';
import {
  FeedbackSchema,
  HighlightSchema,
  ImportIndexSchema,
  OutletDomainsSchema,
  parsePayload,
  SettingsPatchSchema,
  SubscriptionIdSchema,
  SubscriptionSchema,
  TabIdSchema,
} from '../validate.js';
import { pageKey } from '../tab-state.js';
import { boundedWait } from './navigation.js';
import { collectHandlers } from './collect-handlers.js';
import type { BgServices } from './services.js';

const NOT_A_WEB_PAGE = 'Parallax reads web pages only (browser pages and the extension store are closed to extensions).';
const RELOAD = 'Reload the page to let Parallax read it (it was open before Parallax was installed or updated).';

/** The tab's state; a web page with no state yet is asked to extract (its content script may predate an update). */
export async function handleGetTabState(s: BgServices, data: unknown): Promise<TabState> {
  const { tabId } = parsePayload(TabIdSchema, data, 'uiGetTabState');
  // Both reads at once: this answer is on the popup's path to its first render.
  const [url, stored] = await Promise.all([s.tabUrl(tabId), s.tabs.get(tabId)]);
  // Without the `tabs` permission a tab that left for a browser page reports no URL change: its stored answer
  // is for a page it no longer shows.
  if (stored && url !== null && pageKey(url) === pageKey(stored.url)) {
    const bounded = boundedWait(stored, s.now().getTime());
    if (bounded !== stored) await s.tabs.set(tabId, bounded);
    return bounded;
  }
  if (url === null) return { status: 'error', url: null, message: 'This tab is closed.' };
  if (!/^https?:/i.test(url)) return { status: 'not-article', url, message: NOT_A_WEB_PAGE };
  return startExtraction(s, tabId, url);
}

/** Stores 'waiting' first (the answer may come back before sendMessage resolves, and polls must not ask twice). */
async function startExtraction(s: BgServices, tabId: number, url: string): Promise<TabState> {
  const waiting: TabState = { status: 'waiting', url, since: s.now().getTime() };
  await s.tabs.set(tabId, waiting);
  try {
    await s.toTab.extractAgain(tabId).catch(async (e: unknown) => {
      // No content script in a web page (opened before install, or injection then failed): inject it and ask again.
      if (!/^https?:/i.test(url)) throw e;
      await s.toTab.inject(tabId);
      await s.toTab.extractAgain(tabId);
    });
    return waiting;
  } catch {
    const state: TabState = /^https?:/i.test(url)
      ? { status: 'error', url, message: RELOAD }
      : { status: 'not-article', url, message: NOT_A_WEB_PAGE };
    await s.tabs.set(tabId, state);
    return state;
  }
}

export async function handleRecheck(s: BgServices, data: unknown): Promise<void> {
  const { tabId } = parsePayload(TabIdSchema, data, 'uiRecheckTab');
  const url = await s.tabUrl(tabId);
  if (url === null) return;
  await startExtraction(s, tabId, url);
}

export async function handleHighlight(s: BgServices, data: unknown): Promise<{ found: boolean }> {
  const { tabId, sentence } = parsePayload(HighlightSchema, data, 'uiHighlightInTab');
  try {
    return await s.toTab.highlight(tabId, sentence);
  } catch {
    return { found: false };
  }
}

export async function handleClearHighlight(s: BgServices, data: unknown): Promise<void> {
  const { tabId } = parsePayload(TabIdSchema, data, 'uiClearHighlightInTab');
  await s.toTab.clearHighlight(tabId).catch(() => undefined);
}

/** The updater's state with who vouches for the index: the freshness line says when coverage is an unsigned import. */
async function withIndexTrust(s: BgServices, updates: Promise<UpdatesInfo>): Promise<UpdatesInfo> {
  const [u, index] = await Promise.all([updates, s.index.info()]);
  const t = index.trust;
  if (!t || t.kind === 'bundled' || index.source !== 'imported') return u;
  return {
    ...u,
    freshness: { ...u.freshness, imported: { verified: t.kind === 'signed', by: t.kind === 'signed' ? t.publisher : null } },
  };
}

/** The protocol's UI→BG message names; the map below must have exactly these (checked by the compiler). */
export type UiMessage = Extract<keyof ProtocolMap, `ui${string}`>;
type UiHandlerMap = { [K in UiMessage]: (data?: unknown) => Promise<ReturnType<ProtocolMap[K]>> };

/** Every UI message, by name, to its handler. */
export function uiHandlers(s: BgServices): UiHandlerMap {
  const db = () => s.userDb();
  return {
    uiGetTabState: (d: unknown) => handleGetTabState(s, d),
    uiRecheckTab: (d: unknown) => handleRecheck(s, d),
    uiGetIndexInfo: () => s.index.info(),
    uiHighlightInTab: (d: unknown) => handleHighlight(s, d),
    uiClearHighlightInTab: (d: unknown) => handleClearHighlight(s, d),
    uiGetOutletProfiles: (d: unknown) => s.outletProfiles(parsePayload(OutletDomainsSchema, d, 'uiGetOutletProfiles').domains),
    uiGetSettings: () => getSettings(db()),
    uiSetSettings: (d: unknown) => setSettings(db(), parsePayload(SettingsPatchSchema, d, 'uiSetSettings')),
    uiGetHistory: () => getHistory(db()),
    uiClearHistory: () => clearHistory(db()),
    uiExportHistory: () => exportHistory(db(), s.now()),
    uiReportFeedback: (d: unknown) => addFeedback(db(), parsePayload(FeedbackSchema, d, 'uiReportFeedback'), s.now()),
    uiGetFeedback: () => getFeedback(db()),
    uiImportIndex: (d: unknown) => {
      const { id, confirmUnsigned } = parsePayload(ImportIndexSchema, d, 'uiImportIndex');
      return s.index.importStaged(id, confirmUnsigned);
    },
    uiImportStatus: (d: unknown) => {
      const { id, confirmUnsigned } = parsePayload(ImportIndexSchema, d, 'uiImportStatus');
      return s.index.importStatus(id, confirmUnsigned);
    },
    uiUseBundledIndex: () => s.index.useBundled(),
    uiGetUpdates: () => withIndexTrust(s, s.updates.info()),
    uiPreviewSubscription: (d: unknown) => {
      const { url, key } = parsePayload(SubscriptionSchema, d, 'uiPreviewSubscription');
      return s.updates.preview(url, key);
    },
    uiSubscribe: (d: unknown) => {
      const { url, key } = parsePayload(SubscriptionSchema, d, 'uiSubscribe');
      return withIndexTrust(s, s.updates.subscribe(url, key));
    },
    uiUnsubscribe: (d: unknown) => withIndexTrust(s, s.updates.remove(parsePayload(SubscriptionIdSchema, d, 'uiUnsubscribe').id)),
    uiCheckUpdates: () => withIndexTrust(s, s.updates.checkNow('manual')),
    ...collectHandlers(s),
  };
}
