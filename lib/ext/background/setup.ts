// Registers every background listener (called from entrypoints/background.ts, never at import time): messages
// behind sender checks, tab lifecycle, and the index load on install, update and after a worker restart.
import { browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '../protocol.js';
import { handleArticleExtracted, handleShouldRun } from './cs-handlers.js';
import { fromContentScript, fromUi } from './guard.js';
import { injectIntoOpenTabs } from './inject.js';
import { onTabClosed, onTabUrlChanged, rerunTabsWaitingForIndex, resumeAnalyses } from './navigation.js';
import { onUpdateAlarm, scheduleNext } from './update-schedule.js';
import type { BgServices } from './services.js';
import { uiHandlers } from './ui-handlers.js';
import { scheduleCollect } from './collect-schedule.js';
import { workerScriptPart } from './worker-script.js';

type UiName = keyof ReturnType<typeof uiHandlers>;

function logged(what: string): (e: unknown) => void {
  return (e) => console.warn(`Parallax: ${what} failed`, e);
}

export function setupBackground(s: BgServices): void {
  const self = () => s.self();
  onMessage(
    'csShouldRun',
    fromContentScript('csShouldRun', self, (d, tabId) => handleShouldRun(s, d, tabId)),
  );
  onMessage(
    'csArticleExtracted',
    fromContentScript('csArticleExtracted', self, (d, tabId) => handleArticleExtracted(s, d, tabId)),
  );
  onMessage(
    'csGetWorkerScript',
    fromContentScript('csGetWorkerScript', self, (d) => workerScriptPart(d)),
  );

  const ui = uiHandlers(s);
  for (const name of Object.keys(ui) as UiName[]) {
    const handler = ui[name] as (d: unknown) => unknown;
    // The map's keys are exactly the protocol's ui* names (UiHandlerMap in ui-handlers.ts makes it a type error otherwise).
    onMessage(name as keyof ProtocolMap, fromUi(name, self, handler) as never);
  }

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) onTabUrlChanged(s, tabId, change.url).catch(logged('tab update'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    onTabClosed(s, tabId).catch(logged('tab cleanup'));
  });

  const loadIndex = (force: boolean): void => {
    s.index
      .ensureBundled(force)
      .then(() => rerunTabsWaitingForIndex(s))
      .catch(logged('index load'));
  };
  const checkUpdates = (reason: string): void => {
    s.updates
      .ensureDefault()
      .then(() => s.updates.checkNow(reason))
      .catch(logged(`${reason} update check`));
  };
  onUpdateAlarm(() => checkUpdates('scheduled'));
  scheduleCollect(s.collect);
  browser.runtime.onStartup.addListener(() => checkUpdates('browser start'));
  browser.runtime.onInstalled.addListener(() => {
    loadIndex(true);
    checkUpdates('install');
    void scheduleNext(true).catch(logged('update schedule'));
    // Pages open from before have no (or an orphaned) content script; until it runs they would say "reload".
    injectIntoOpenTabs(s).catch(logged('content script injection'));
  });
  // A worker killed mid-load resumes when it next starts (a cheap no-op once this version's index is loaded); an
  // update being applied is part of that load. A check stopped mid-download runs again.
  loadIndex(false);
  resumeAnalyses(s).catch(logged('analysis resume'));
  void scheduleNext().catch(logged('update schedule'));
  s.updates
    .wasInterrupted()
    .then((was) => was && checkUpdates('interrupted'))
    .catch(logged('update resume'));
}
