// The options page: settings, rating sets, reading history, kept reports, coverage sources and the index.
import { useConnector } from './ConnectorContext.js';
import { FeedbackExport } from './FeedbackExport.js';
import { AutoRunSetting, RatingSetsSetting, SiteLists } from './GeneralSettings.js';
import { HistoryView } from './HistoryView.js';
import { IndexPanel } from './IndexPanel.js';
import { Skeleton } from './StateMessage.js';
import { SubscriptionsPanel } from './SubscriptionsPanel.js';
import { useUpdates } from './useUpdates.js';
import { CollectPanel } from './CollectPanel.js';
import { useCollect } from './useCollect.js';
import { useAsync } from './useAsync.js';
import { useIndexInfo } from './useIndexInfo.js';
import type { Settings } from '../lib/ext/protocol.js';
import { useState } from 'preact/hooks';

export function OptionsApp(_: { tabId: number | null }) {
  const connector = useConnector();
  const [version, setVersion] = useState(0);
  const [settings, setSettings] = useAsync(() => connector.getSettings(), [connector]);
  const [history] = useAsync(() => connector.getHistory(), [connector, version]);
  const info = useIndexInfo(version);
  const [feedback] = useAsync(() => connector.getFeedback(), [connector]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = (patch: Partial<Settings>): void => {
    connector.setSettings(patch).then(
      (s) => {
        setSettings(s);
        setSaveError(null);
      },
      (e: unknown) => setSaveError(String(e)),
    );
  };
  const reload = (): void => setVersion((v) => v + 1);
  const [updates, setUpdates] = useUpdates(version);
  const [collect, setCollect] = useCollect(version);
  return (
    <main class="options stack" data-testid="options">
      <h1>Parallax settings</h1>
      <p class="muted small">Everything Parallax does happens on this device; nothing you read is sent anywhere.</p>
      {saveError && <p role="alert">Could not save: {saveError}</p>}
      {!settings ? (
        <Skeleton lines={6} />
      ) : (
        <>
          <AutoRunSetting settings={settings} save={save} />
          <SiteLists settings={settings} save={save} />
          <RatingSetsSetting settings={settings} save={save} />
          <HistoryView settings={settings} save={save} history={history} onCleared={reload} />
        </>
      )}
      <FeedbackExport feedback={feedback} />
      <SubscriptionsPanel updates={updates} onChange={(u) => (setUpdates(u), reload())} />
      <CollectPanel collect={collect} onChange={setCollect} />
      <IndexPanel info={info} onChanged={reload} />
    </main>
  );
}
