// Options: which index is loaded (description, counts, build date, hash, schema, bundled or imported), and
// importing an index file with a progress bar; a bad file gets a clear error and the current index stays.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { IndexInfo } from '../lib/ext/protocol.js';
import { formatDate, percent } from '../lib/ui/format.js';
import { runImport, type ImportPhase } from '../lib/ui/import-index.js';
import { useConnector } from './ConnectorContext.js';


function Info({ info }: { info: IndexInfo }) {
  return (
    <dl class="facts small" data-testid="index-info">
      <dt>State</dt>
      <dd data-testid="index-state">
        {info.state}
        {info.state === 'loading' && ` ${percent(info.progress)}`}
        {info.message ? ` — ${info.message}` : ''}
      </dd>
      <dt>Description</dt><dd>{info.description ?? 'unknown'}</dd>
      <dt>Source</dt><dd>{info.source ?? 'unknown'}</dd>
      <dt>Built</dt><dd>{formatDate(info.builtAt)}</dd>
      <dt>Schema version</dt><dd>{info.schemaVersion ?? 'unknown'}</dd>
      <dt>Content hash</dt><dd><code>{info.contentHash ?? 'unknown'}</code></dd>
      {Object.entries(info.counts ?? {}).map(([k, v]) => (
        <Fragment key={k}>
          {/* Count keys come from the index ("articles"): capitalised like the labels above them. */}
          <dt>{k.charAt(0).toUpperCase() + k.slice(1)}</dt>
          <dd data-testid={`index-count-${k}`}>{v.toLocaleString('en')}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function IndexPanel({ info, onChanged }: { info: IndexInfo | null; onChanged: () => void }) {
  const connector = useConnector();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const importFile = (file: File): void => {
    void runImport(connector, file, setPhase).then(onChanged);
  };
  const bundled = (): void => {
    void connector.useBundledIndex().then((r) => {
      setPhase(r.ok ? { kind: 'done', text: 'Back to the bundled index.' } : { kind: 'error', text: r.error });
      onChanged();
    });
  };
  return (
    <section aria-labelledby="index-h" class="card stack" data-testid="opt-index">
      <h2 id="index-h">Index of known coverage</h2>
      {info ? <Info info={info} /> : <p class="muted">Loading…</p>}
      <label class="block">
        Import an index file (as written by <code>build-index</code>; .json or .json.gz)
        <input type="file" accept=".json,.gz,application/json,application/gzip" disabled={phase.kind === 'busy'} data-testid="index-file"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) importFile(file);
          }} />
      </label>
      {phase.kind === 'busy' && (
        <div role="status" data-testid="import-progress">
          <progress value={phase.progress} max={1} aria-label="Import progress" /> <span class="small">{phase.step} {percent(phase.progress)}</span>
        </div>
      )}
      {phase.kind === 'done' && <p role="status" data-testid="import-done">{phase.text}</p>}
      {phase.kind === 'error' && (
        <p role="alert" class="status-disputed" data-testid="import-error">
          That file could not be used: {/[.!?]$/.test(phase.text) ? phase.text : `${phase.text}.`} The current index is kept.
        </p>
      )}
      {info?.source === 'imported' && <button type="button" onClick={bundled}>Go back to the bundled index</button>}
    </section>
  );
}
