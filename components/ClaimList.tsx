// Claims grouped by status — disputed, single source, corroborated — each group with a line on what it means.
// Long groups show their first few claims and a button for the rest, so the panel stays calm and coverage is
// not pushed far down (the seed story gives dozens of single-source claims).
import { useState } from 'preact/hooks';
import type { ClaimStatus, NumberConflict, Report, ReportClaim } from '../lib/types.js';
import { groupClaims, STATUS_HINT, STATUS_LABEL } from '../lib/ui/claims.js';
import { ClaimCard } from './ClaimCard.js';

const FIRST: Record<ClaimStatus, number> = { disputed: 5, 'single-source': 3, corroborated: 3 };

type StoryContext = Pick<Report, 'story' | 'event'>;

interface GroupProps {
  status: ClaimStatus;
  claims: ReportClaim[];
  numbers: NumberConflict[];
  tabId: number | null;
  context?: StoryContext;
}

function Group({ status, claims, numbers, tabId, context }: GroupProps) {
  const [all, setAll] = useState(false);
  const shown = all ? claims : claims.slice(0, FIRST[status]);
  const listId = `claims-${status}-list`;
  return (
    <div class="stack claim-group" data-testid={`claims-${status}`}>
      <h3 class={`status-${status}`}>
        {STATUS_LABEL[status]} <span class="muted small">({claims.length})</span>
      </h3>
      <p class="muted small">{STATUS_HINT[status]}</p>
      <ul class="stack" id={listId}>
        {shown.map((c) => (
          <ClaimCard key={c.id} claim={c} numbers={numbers.filter((n) => n.claimId === c.id)} tabId={tabId} context={context} />
        ))}
      </ul>
      {claims.length > shown.length && (
        <button
          type="button"
          class="link small"
          aria-controls={listId}
          onClick={() => setAll(true)}
          data-testid="claims-show-all"
        >
          Show all {claims.length} {STATUS_LABEL[status].toLowerCase()} claims
        </button>
      )}
    </div>
  );
}

/** `context`: the report's story and event, to say in which other event of the story a side of a claim stands. */
export function ClaimList({
  claims,
  numbers = [],
  tabId,
  context,
}: {
  claims: ReportClaim[];
  numbers?: NumberConflict[];
  tabId: number | null;
  context?: StoryContext;
}) {
  const groups = groupClaims(claims);
  return (
    <section aria-labelledby="claims-h" data-testid="claims" id="claims">
      <h2 id="claims-h">Claims</h2>
      {groups.length === 0 && <p class="muted">No claims were found to compare across outlets.</p>}
      {groups.map((g) => (
        <Group key={g.status} status={g.status} claims={g.claims} numbers={numbers} tabId={tabId} context={context} />
      ))}
    </section>
  );
}
