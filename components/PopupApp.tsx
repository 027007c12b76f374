// The toolbar popup: a glance that answers "who else covered this, and is anything here contested?"
import { useLayoutEffect } from 'preact/hooks';
import { domainsOf } from '../lib/ui/coverage.js';
import { ClaimTally } from './ClaimTally.js';
import { useConnector } from './ConnectorContext.js';
import { CoverageBars } from './CoverageBars.js';
import { DisputedLines } from './DisputedLines.js';
import { EventHeader } from './EventHeader.js';
import { FreshnessLine } from './FreshnessLine.js';
import type { PageProps } from './mountPage.js';
import { NoCoverage } from './NoCoverage.js';
import { OpenPanelButton } from './OpenPanelButton.js';
import { Skeleton, StateMessage } from './StateMessage.js';
import { useAsync } from './useAsync.js';
import { useTabState } from './useTabState.js';
import { Unreachable } from './Unreachable.js';
import { useUpdates } from './useUpdates.js';

export function PopupApp({ tabId, first = null }: PageProps) {
  const connector = useConnector();
  const { target, state, failure, refresh, recheck } = useTabState(tabId, false, first);
  const report = state?.status === 'ready' ? state.report : null;
  const [settings] = useAsync(() => connector.getSettings(), [connector]);
  const [profiles] = useAsync(
    () => (report ? connector.getOutletProfiles(domainsOf(report)) : Promise.resolve(null)),
    [connector, report],
  );
  const answered = failure !== null || (state !== null && state.status !== 'waiting' && state.status !== 'index-loading');
  // After the answer, off its path: how fresh the coverage is (read again with each new answer).
  const [updates] = useUpdates(state, answered);
  useLayoutEffect(() => {
    // For the browser suite's benchmark: popup opened (main.tsx) → answer in the DOM (before paint).
    // The popup's height then is kept with the mark, so the suite can tell whether anything arriving later
    // (outlet profiles, settings) makes it jump.
    if (answered && performance.getEntriesByName('popup-answer').length === 0) {
      performance.mark('popup-answer', { detail: { height: document.body.scrollHeight } });
    }
  }, [answered]);

  return (
    <main class="popup stack" data-testid="popup" aria-busy={!answered}>
      {failure ? (
        <Unreachable message={failure} onRetry={refresh} />
      ) : !state ? (
        <Skeleton lines={4} />
      ) : state.status !== 'ready' ? (
        <StateMessage state={state} onRecheck={recheck} />
      ) : state.report.match.status === 'none' ? (
        <NoCoverage report={state.report} freshness={updates?.freshness ?? null} />
      ) : (
        <>
          <EventHeader report={state.report} />
          <CoverageBars report={state.report} profiles={profiles} ratingSets={settings?.ratingSets} />
          <DisputedLines claims={state.report.claims} />
          <ClaimTally report={state.report} />
        </>
      )}
      {state?.status === 'ready' && <OpenPanelButton target={target} closePopup={tabId === null} />}
      <FreshnessLine freshness={updates?.freshness ?? null} />
      <footer class="popup-footer small muted">
        <span>Parallax · computed on your device</span>
        <button type="button" class="link" onClick={() => void connector.openOptions()} data-testid="open-options">
          Settings
        </button>
      </footer>
    </main>
  );
}
