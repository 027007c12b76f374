// Who stands on each side of a claim: the party it rests on and the outlets carrying it, against the party
// denying it and the outlets reporting the denial.
import type { ReportClaim } from '../lib/types.js';
import { listNames } from '../lib/ui/format.js';

function side(party: string | null | undefined, outlets: string[]): string {
  // The outlet speaking for itself (BASIL's NYT page: "The New York Times (The New York Times)") is named once.
  if (party && outlets.length === 1 && outlets[0]!.trim().toLowerCase() === party.trim().toLowerCase()) return party;
  const who = listNames(outlets);
  if (party && who) return `${party} (${who})`;
  return party || who || 'unknown';
}

export function ClaimSides({ claim, compact = false }: { claim: ReportClaim; compact?: boolean }) {
  const carrying = [...new Set([...claim.assertedBy, ...claim.attributedBy])];
  const max = compact ? 2 : 6;
  const trim = (names: string[]): string[] =>
    names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : names;
  return (
    <p class="small sides" data-testid="claim-sides">
      <span data-testid="asserted-by">
        <span class="muted">Asserted: </span>
        {side(claim.attributedTo, trim(carrying))}
      </span>
      {(claim.deniedBy.length > 0 || claim.deniedByParty) && (
        <span data-testid="denied-by">
          <span class="muted"> · Denied: </span>
          {side(claim.deniedByParty, trim(claim.deniedBy))}
        </span>
      )}
    </p>
  );
}
