// The popup's few disputed claims, each short (at most two lines: one line cut most claims before their verb,
// e.g. the BASIL Trump page's "In an interview shown Thursday on the Today show, Mr…") with who asserts and who
// denies; "none" said plainly.
import type { ReportClaim } from '../lib/types.js';
import { topDisputed } from '../lib/ui/claims.js';
import { plural } from '../lib/ui/format.js';
import { ClaimSides } from './ClaimSides.js';

export function DisputedLines({ claims, max = 3 }: { claims: ReportClaim[]; max?: number }) {
  const top = topDisputed(claims, max);
  const total = claims.filter((c) => c.status === 'disputed').length;
  return (
    <section aria-labelledby="disputed-h" data-testid="disputed">
      {/* The alarm colour only when something is contested: "nothing contested" in red read as a warning. */}
      <h2 id="disputed-h" class={total ? 'status-disputed' : undefined}>
        {total ? `Contested here: ${plural(total, 'claim')}` : 'No claim here is contested by other outlets we know'}
      </h2>
      <ul class="stack">
        {top.map((c) => (
          <li key={c.id} class="card claim-disputed" data-testid="disputed-claim">
            <p class="clamp-2" title={c.text}>
              {c.text}
            </p>
            <ClaimSides claim={c} compact />
          </li>
        ))}
      </ul>
      {total > top.length && (
        // The heading counts them all: say where the rest are rather than leave the reader to wonder.
        <p class="small muted more-note" data-testid="disputed-more">
          {total - top.length} more in the side panel
        </p>
      )}
    </section>
  );
}
