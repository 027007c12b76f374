// Options: import an OPML list of feeds to collect from. The file is read here and shown before anything is added
// (how many feeds, which sites); "Add" asks the browser for those sites' access inside the click, then adds them.
// Feeds whose site is refused are still listed, as "permission missing", with a button to ask again.
import { useState } from 'preact/hooks';
import { originPatterns } from '../lib/collect/poll-policy.js';
import { parseSourceList } from '../lib/collect/sources.js';
import type { CollectImport } from '../lib/ext/protocol.js';
import { isolate } from '../lib/ui/format.js';
import { useConnector } from './ConnectorContext.js';

interface Picked {
  name: string;
  text: string;
  feeds: number;
  origins: string[];
  skipped: string[];
}

const hostOf = (pattern: string) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

export function ImportFeeds({ onImported }: { onImported: (r: CollectImport) => void }) {
  const connector = useConnector();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CollectImport | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (e: Event): Promise<void> => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPicked(null);
    setResult(null);
    setError(null);
    if (!file) return;
    try {
      const text = await file.text();
      const list = parseSourceList(text);
      if (!list.sources.length)
        throw new Error(
          `no feed in ${isolate(file.name)}${list.skipped.length ? ` (${list.skipped.map(isolate).join('; ')})` : ''}`,
        );
      setPicked({
        name: file.name,
        text,
        feeds: list.sources.length,
        origins: originPatterns(list.sources.map((s) => s.url)),
        skipped: list.skipped,
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    input.value = '';
  };

  const add = (): void => {
    if (!picked) return;
    setBusy(true);
    // Asked first, inside the click: the browser shows its prompt only for a user gesture.
    const asked = connector.requestHostAccess(picked.origins).catch(() => false);
    void asked
      .then(() => connector.importFeeds(picked.text))
      .then(
        (r) => (setResult(r), setPicked(null), onImported(r)),
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div class="stack" data-testid="collect-import">
      <label>
        Import an OPML list of feeds{' '}
        <input
          type="file"
          accept=".opml,.xml,text/xml,text/x-opml,application/xml"
          onChange={(e) => void onFile(e)}
          data-testid="collect-file"
        />
      </label>
      {error && (
        <p role="alert" class="status-disputed" data-testid="collect-import-error">
          Could not read the list: {error}
        </p>
      )}
      {picked && (
        <div class="card stack" data-testid="collect-preview">
          <p>
            <strong>
              <bdi>{picked.name}</bdi>
            </strong>
            : {picked.feeds} feed{picked.feeds === 1 ? '' : 's'} from {picked.origins.length} site
            {picked.origins.length === 1 ? '' : 's'} ({picked.origins.slice(0, 6).map(hostOf).join(', ')}
            {picked.origins.length > 6 ? ', …' : ''}).
          </p>
          <p class="muted small">
            Your browser will ask to let Parallax read these sites. Only these feeds and their articles are fetched.
          </p>
          {picked.skipped.length > 0 && <p class="muted small">Left out: {picked.skipped.map(isolate).join('; ')}</p>}
          <div>
            <button type="button" onClick={add} disabled={busy} data-testid="collect-add">
              {busy ? 'Adding…' : 'Add and allow access'}
            </button>{' '}
            <button type="button" onClick={() => setPicked(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {result && (
        <p data-testid="collect-import-result">
          Added {result.added} feed{result.added === 1 ? '' : 's'}
          {result.skipped.length ? `; left out: ${result.skipped.map(isolate).join('; ')}` : ''}.
        </p>
      )}
    </div>
  );
}
