// Options: the reader's own outlet mix over time, from the history kept on this device; off switch, clear, export.
import { useState } from 'preact/hooks';
import type { HistoryInfo, Settings } from '../lib/ext/protocol.js';
import { plural } from '../lib/ui/format.js';
import { monthLabel, outletMix } from '../lib/ui/history-mix.js';
import { useConnector } from './ConnectorContext.js';
import { downloadText } from './download.js';
import { HistoryLean } from './HistoryLean.js';

export function HistoryView({
  settings,
  save,
  history,
  onCleared,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  history: HistoryInfo | null;
  onCleared: () => void;
}) {
  const connector = useConnector();
  const [confirming, setConfirming] = useState(false);
  const months = history ? outletMix(history.entries) : [];
  const exportIt = (): void => {
    void connector.exportHistory().then((f) => downloadText(f.fileName, f.json));
  };
  const clear = (): void => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    void connector.clearHistory().then(onCleared);
  };
  return (
    <section aria-labelledby="history-h" class="card stack" data-testid="opt-history">
      <h2 id="history-h">Reading history</h2>
      <label class="block">
        <input
          type="checkbox"
          checked={settings.history}
          onChange={(e) => save({ history: (e.target as HTMLInputElement).checked })}
        />{' '}
        Keep a history of the outlets and events I read (on this device only)
      </label>
      {!history ? (
        <p class="muted">Loading…</p>
      ) : history.entries.length === 0 ? (
        <p class="muted" data-testid="history-empty">
          No history yet.
        </p>
      ) : (
        <div class="stack" data-testid="history-mix">
          <p class="small">{plural(history.entries.length, 'article')} read on this device.</p>
          <HistoryLean entries={history.entries} ratingSets={settings.ratingSets} />
          <h3>Your outlets by month</h3>
          {months.map((m) => (
            <div key={m.month}>
              <h4>
                {monthLabel(m.month)} <span class="muted small">({m.total})</span>
              </h4>
              <ul class="mix">
                {m.outlets.map((o) => (
                  <li key={o.outlet} class="small row">
                    <span class="mix-bar" style={{ width: `${Math.max(4, (o.count / m.total) * 160)}px` }} aria-hidden="true" />
                    <bdi>{o.outlet}</bdi> <span class="muted">{o.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <p class="row">
        <button type="button" onClick={exportIt} disabled={!history?.entries.length} data-testid="history-export">
          Export as JSON
        </button>
        <button type="button" onClick={clear} disabled={!history?.entries.length} data-testid="history-clear">
          {confirming ? 'Really delete all history?' : 'Clear history'}
        </button>
      </p>
    </section>
  );
}
