// The side panel: a calm companion that follows the active tab (or the ?tabId= it was opened for).
import { Fragment } from 'preact';
import type { Report } from '../lib/types.js';
import type { TabTarget } from '../lib/ui/connector-types.js';
import { domainsOf } from '../lib/ui/coverage.js';
import { NumberConflicts, Omissions } from './ArticleGaps.js';
import { ClaimList } from './ClaimList.js';
import { useConnector } from './ConnectorContext.js';
import { CoverageList } from './CoverageList.js';
import { EventHeader } from './EventHeader.js';
import { FreshnessLine } from './FreshnessLine.js';
import { FeedbackForm } from './FeedbackForm.js';
import { Framing, StoryTimeline } from './FramingAndTimeline.js';
import { NoCoverage } from './NoCoverage.js';
import { PanelNav } from './PanelNav.js';
import { Skeleton, StateMessage } from './StateMessage.js';
import { Unreachable } from './Unreachable.js';
import { useAsync } from './useAsync.js';
import { useTabState } from './useTabState.js';
import { useUpdates } from './useUpdates.js';
import { WhyMatched } from './WhyMatched.js';

function Matched({ report, target }: { report: Report; target: TabTarget | null }) {
  const connector = useConnector();
  const [settings] = useAsync(() => connector.getSettings(), [connector]);
  const [profiles] = useAsync(() => connector.getOutletProfiles(domainsOf(report)), [connector, report]);
  return (
    <>
      <EventHeader report={report} />
      <PanelNav report={report} />
      <ClaimList claims={report.claims} numbers={report.numbers} tabId={target?.tabId ?? null} context={report} />
      <CoverageList report={report} profiles={profiles} ratingSets={settings?.ratingSets} />
      <Omissions omissions={report.omissions} />
      <NumberConflicts numbers={report.numbers} tabId={target?.tabId ?? null} />
      <Framing framing={report.framing} />
      <StoryTimeline report={report} />
    </>
  );
}

export function SidePanelApp({ tabId }: { tabId: number | null }) {
  const { target, state, failure, refresh, recheck } = useTabState(tabId, true);
  const [updates] = useUpdates(state);
  return (
    <main class="panel stack" data-testid="sidepanel" data-tab-id={target?.tabId} aria-busy={!state}>
      {failure ? (
        <Unreachable message={failure} onRetry={refresh} />
      ) : !state ? (
        <Skeleton lines={6} />
      ) : state.status !== 'ready' ? (
        <StateMessage state={state} onRecheck={recheck} />
      ) : (
        // Keyed by tab and page: a claim opened or a feedback note begun on one page does not carry over to the next.
        <Fragment key={`${target?.tabId ?? ''} ${state.url ?? ''}`}>
          {state.report.match.status === 'none' ? (
            <NoCoverage report={state.report} freshness={updates?.freshness ?? null} />
          ) : (
            <Matched report={state.report} target={target} />
          )}
          <WhyMatched match={state.report.match} />
          <FeedbackForm report={state.report} />
        </Fragment>
      )}
      <FreshnessLine freshness={updates?.freshness ?? null} />
    </main>
  );
}
