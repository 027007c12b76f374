// The question asked before an unsigned index file is loaded: it passed every check, but nobody the reader trusts
// signed it, so its headlines and links could say anything. What it holds is shown; nothing is written until "Import".
import type { UnsignedImport } from '../lib/ext/protocol.js';
import { formatDate } from '../lib/ui/format.js';

export function UnsignedConfirm({
  unsigned,
  onConfirm,
  onCancel,
}: {
  unsigned: UnsignedImport;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const c = unsigned.counts;
  return (
    <div
      role="alertdialog"
      aria-labelledby="unsigned-h"
      aria-describedby="unsigned-d"
      class="card stack"
      data-testid="import-confirm"
    >
      <h3 id="unsigned-h">Import an unverified index?</h3>
      <p id="unsigned-d">
        <strong>
          <bdi>{unsigned.name}</bdi>
        </strong>{' '}
        is a valid index, but {unsigned.reason}. Anyone could have written it, including the headlines and links Parallax would
        show you. It will be marked “unverified” wherever Parallax describes your coverage.
      </p>
      <p class="small muted" data-testid="import-confirm-facts">
        It says: “<bdi>{unsigned.description.slice(0, 300)}</bdi>”, built{' '}
        {unsigned.builtAt ? formatDate(unsigned.builtAt) : 'at an unknown date'}: {c.articles.toLocaleString('en')} articles,{' '}
        {c.events.toLocaleString('en')} events, {c.outlets.toLocaleString('en')} outlets.
      </p>
      <div class="row">
        <button type="button" onClick={onConfirm} data-testid="import-confirm-yes">
          Import unverified index
        </button>{' '}
        <button type="button" onClick={onCancel} data-testid="import-confirm-no">
          Cancel
        </button>
      </div>
    </div>
  );
}
