// Adding a coverage source: the manifest's address and the publisher's public key; "Check" fetches and verifies the
// manifest with that key and shows what it is (publisher, description, articles, outlets, newest article) before the
// reader trusts it. Nothing is stored until "Trust and subscribe".
import { useState } from 'preact/hooks';
import type { PreviewResult, UpdatesInfo } from '../lib/ext/protocol.js';
import { formatDate } from '../lib/ui/format.js';
import { when } from '../lib/ui/freshness.js';
import { useConnector } from './ConnectorContext.js';

export function AddSubscription({ onAdded }: { onAdded: (u: UpdatesInfo) => void }) {
  const connector = useConnector();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = (e: Event): void => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    connector.previewSubscription(url, key).then(
      (p) => (setPreview(p), setBusy(false)),
      (err: unknown) => (setError(String(err)), setBusy(false)),
    );
  };
  const trust = (): void => {
    setBusy(true);
    connector.subscribe(url, key).then(
      (u) => (setPreview(null), setUrl(''), setKey(''), setBusy(false), onAdded(u)),
      (err: unknown) => (setError(err instanceof Error ? err.message : String(err)), setBusy(false)),
    );
  };
  const info = preview?.ok ? preview.info : null;
  return (
    <form class="stack" onSubmit={check} data-testid="add-subscription">
      <h3>Add a publisher</h3>
      <label class="block">
        Manifest address
        <input
          type="url"
          required
          value={url}
          placeholder="https://…/manifest.json"
          data-testid="sub-url"
          onInput={(e) => (setUrl((e.target as HTMLInputElement).value), setPreview(null))}
        />
      </label>
      <label class="block">
        Publisher's public key (as <code>keygen</code> prints it)
        <input
          type="text"
          required
          value={key}
          spellcheck={false}
          data-testid="sub-key"
          onInput={(e) => (setKey((e.target as HTMLInputElement).value), setPreview(null))}
        />
      </label>
      <div>
        <button type="submit" disabled={busy} data-testid="sub-check">
          Check
        </button>
      </div>
      {error && (
        <p role="alert" class="status-disputed">
          {error}
        </p>
      )}
      {preview && !preview.ok && (
        <p role="alert" class="status-disputed" data-testid="sub-preview-error">
          Not added: {preview.error}
        </p>
      )}
      {info && (
        <div class="card stack" data-testid="sub-preview">
          <p>
            <strong>
              <bdi>{info.publisher.name}</bdi>
            </strong>{' '}
            — <bdi>{info.publisher.description}</bdi>
          </p>
          <dl class="facts small">
            <dt>Articles</dt>
            <dd>{info.stats.articles.toLocaleString('en')}</dd>
            <dt>Outlets</dt>
            <dd>{info.stats.outlets.toLocaleString('en')}</dd>
            <dt>Events</dt>
            <dd>{info.stats.events.toLocaleString('en')}</dd>
            <dt>Newest article</dt>
            <dd>{info.stats.newestArticle ? when(info.stats.newestArticle, new Date()) : 'none'}</dd>
            <dt>Published</dt>
            <dd>
              update {info.sequence}, {formatDate(info.createdAt)}; keeps {info.retentionDays} days
            </dd>
          </dl>
          {preview?.ok && preview.expired && (
            <p class="status-disputed small">This manifest has expired: the publisher may have stopped.</p>
          )}
          <p class="small muted">
            Signed with the key above. Updates are fetched as the same files for every reader: nothing about what you read is
            sent.
          </p>
          <div>
            <button type="button" disabled={busy} onClick={trust} data-testid="sub-trust">
              Trust and subscribe
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
