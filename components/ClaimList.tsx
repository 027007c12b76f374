// Claims grouped by status — disputed, single source, corroborated — each group with a line on what it means.
import type { ReportClaim } from '../lib/types.js';
import { groupClaims, STATUS_HINT, STATUS_LABEL } from '../lib/ui/claims.js';
import { ClaimCard } from './ClaimCard.js';

export function ClaimList({ claims, tabId }: { claims: ReportClaim[]; tabId: number | null }) {
  const groups = groupClaims(claims);
  return (
    <section aria-labelledby="claims-h" data-testid="claims">
      <h2 id="claims-h">Claims</h2>
      {groups.length === 0 && <p class="muted">No claims were found to compare across outlets.</p>}
      {groups.map((g) => (
        <div key={g.status} class="stack" data-testid={`claims-${g.status}`}>
          <h3 class={`status-${g.status}`}>
            {STATUS_LABEL[g.status]} <span class="muted small">({g.claims.length})</span>
          </h3>
          <p class="muted small">{STATUS_HINT[g.status]}</p>
          <ul class="stack">
            {g.claims.map((c) => (
              <ClaimCard key={c.id} claim={c} tabId={tabId} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
