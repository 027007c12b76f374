// Options: which index is loaded (description, counts, build date, hash, schema, where it came from and who vouches
// for it), importing index files with a progress bar, and the way back to the bundled index, always there. A bad
// file gets a clear error and the current index stays; a good file nobody trusted signed is loaded only once the
// reader confirms. Whatever the stored header holds is rendered as text (an older version stored unchecked ones).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { IndexInfo, IndexTrust } from '../lib/ext/protocol.js';
import { formatDate, isolate, percent } from '../lib/ui/format.js';
import { cancelImport, confirmImport, runImport, type ImportPhase } from '../lib/ui/import-index.js';
import { useConnector } from './ConnectorContext.js';
import { UnsignedConfirm } from './UnsignedConfirm.js';

/** "bundled with Parallax", "imported, signed by Example News", "imported, unverified: the file is not signed". */
export function trustText(trust: IndexTrust | null): string {
  if (!trust) return 'unknown';
  if (trust.kind === 'bundled') return 'bundled with Parallax';
  if (trust.kind === 'signed') return `imported, signed by ${isolate(trust.publisher)} (key ${trust.keyId})`;
  return `imported, unverified: ${trust.reason}`;
}

const countText = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en') : 'unknown');
const textOr = (v: unknown) => (typeof v === 'string' && v ? v : 'unknown');

function Info({ info }: { info: IndexInfo }) {
  return (
    <dl class="facts small" data-testid="index-info">
      <dt>State</dt>
      <dd data-testid="index-state">
        {info.state}
        {info.state === 'loading' && ` ${percent(info.progress)}`}
        {info.message ? ` — ${info.message}` : ''}
      </dd>
      <dt>Description</dt>
      <dd>
        <bdi>{textOr(info.description)}</bdi>
      </dd>
      <dt>Source</dt>
      <dd data-testid="index-trust" class={info.trust?.kind === 'unverified' ? 'status-disputed' : undefined}>
        {trustText(info.trust)}
      </dd>
      <dt>Built</dt>
      <dd>{typeof info.builtAt === 'string' ? formatDate(info.builtAt) : 'unknown'}</dd>
      <dt>Schema version</dt>
      <dd>{countText(info.schemaVersion)}</dd>
      <dt>Content hash</dt>
      <dd>
        <code>{textOr(info.contentHash)}</code>
      </dd>
      {Object.entries(info.counts && typeof info.counts === 'object' ? info.counts : {}).map(([k, v]) => (
        <Fragment key={k}>
          {/* Count keys come from the index ("articles"): capitalised like the labels above them. */}
          <dt>{k.charAt(0).toUpperCase() + k.slice(1)}</dt>
          <dd data-testid={`index-count-${k}`}>{countText(v)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function IndexPanel({ info, onChanged }: { info: IndexInfo | null; onChanged: () => void }) {
  const connector = useConnector();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const after = (p: Promise<unknown>): void => void p.then(onChanged);
  const bundled = (): void => {
    setPhase({ kind: 'busy', progress: 0, step: 'Loading the bundled index…' });
    void connector.useBundledIndex().then((r) => {
      setPhase(r.ok ? { kind: 'done', text: 'Back to the bundled index.' } : { kind: 'error', text: r.error });
      onChanged();
    });
  };
  const busy = phase.kind === 'busy' || phase.kind === 'confirm';
  return (
    <section aria-labelledby="index-h" class="card stack" data-testid="opt-index">
      <h2 id="index-h">Index of known coverage</h2>
      {info ? <Info info={info} /> : <p class="muted">Loading…</p>}
      {info?.problem && (
        <p role="alert" class="status-disputed" data-testid="index-problem">
          The stored index is damaged ({info.problem}), so pages cannot be matched against it. Go back to the bundled index below.
        </p>
      )}
      <label class="block">
        Import an index file (as written by <code>build-index</code>; .json or .json.gz), or a publisher’s{' '}
        <code>manifest.json</code> together with its snapshot to import it as signed
        <input
          type="file"
          multiple
          accept=".json,.gz,application/json,application/gzip"
          disabled={busy}
          data-testid="index-file"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) after(runImport(connector, files, setPhase));
          }}
        />
      </label>
      {phase.kind === 'busy' && (
        <div role="status" data-testid="import-progress">
          <progress value={phase.progress} max={1} aria-label="Import progress" />{' '}
          <span class="small">
            {phase.step} {percent(phase.progress)}
          </span>
        </div>
      )}
      {phase.kind === 'confirm' && (
        <UnsignedConfirm
          unsigned={phase.unsigned}
          onConfirm={() => after(confirmImport(connector, phase.id, setPhase))}
          onCancel={() => void cancelImport(connector, phase.id, setPhase)}
        />
      )}
      {phase.kind === 'done' && (
        <p role="status" data-testid="import-done">
          {phase.text}
        </p>
      )}
      {phase.kind === 'error' && (
        <p role="alert" class="status-disputed" data-testid="import-error">
          That file could not be used: {/[.!?]$/.test(phase.text) ? phase.text : `${phase.text}.`} The current index is kept.
        </p>
      )}
      <div>
        <button type="button" onClick={bundled} disabled={busy} data-testid="use-bundled">
          {info?.source === 'bundled' && !info.problem ? 'Load the bundled index again' : 'Go back to the bundled index'}
        </button>
      </div>
    </section>
  );
}
