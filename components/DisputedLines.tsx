// The popup's few disputed claims, one line each with who asserts and who denies; "none" said plainly.
import type { ReportClaim } from '../lib/types.js';
import { topDisputed } from '../lib/ui/claims.js';
import { plural } from '../lib/ui/format.js';
import { ClaimSides } from './ClaimSides.js';

export function DisputedLines({ claims, max = 3 }: { claims: ReportClaim[]; max?: number }) {
  const top = topDisputed(claims, max);
  const total = claims.filter((c) => c.status === 'disputed').length;
  return (
    <section aria-labelledby="disputed-h" data-testid="disputed">
      <h2 id="disputed-h" class="status-disputed">
        {total ? `Contested here: ${plural(total, 'claim')}` : 'Nothing here is contested by other outlets we know'}
      </h2>
      <ul class="stack">
        {top.map((c) => (
          <li key={c.id} class="card claim-disputed" data-testid="disputed-claim">
            <p class="one-line" title={c.text}>{c.text}</p>
            <ClaimSides claim={c} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
