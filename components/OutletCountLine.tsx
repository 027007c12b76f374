// The first thing the popup answers: how many other outlets covered this event, and how many independently.
import type { Report } from '../lib/types.js';
import { countOutlets } from '../lib/ui/coverage.js';
import { plural } from '../lib/ui/format.js';

export function OutletCountLine({ report }: { report: Report }) {
  const { others, independent } = countOutlets(report);
  return (
    <p class="count-line" data-testid="outlet-count">
      <strong>{plural(others, 'other outlet')}</strong>
      {others > 0 && <span class="muted"> ({independent} independent)</span>}
    </p>
  );
}
