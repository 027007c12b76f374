// The first thing the popup answers: how many other outlets covered this event, and how many independently.
import type { Report } from '../lib/types.js';
import { countOutlets } from '../lib/ui/coverage.js';
import { listNames, plural } from '../lib/ui/format.js';

export function OutletCountLine({ report }: { report: Report }) {
  const { others, independent, names } = countOutlets(report);
  return (
    <div>
      <p class="count-line" data-testid="outlet-count">
        <strong>{plural(others, 'other outlet')}</strong>
        {others > 0 && <span class="muted"> ({independent} independent)</span>}
      </p>
      {others > 0 && (
        <p class="small muted" data-testid="outlet-names">
          {listNames(names, 5)}
        </p>
      )}
    </div>
  );
}
