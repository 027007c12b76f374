// What this article leaves out (claims independent outlets report but it does not) and numbers that disagree.
import type { NumberConflict, Omission } from '../lib/types.js';
import { listNames, outletName } from '../lib/ui/format.js';

export function Omissions({ omissions }: { omissions: Omission[] }) {
  if (omissions.length === 0) return null;
  return (
    <section aria-labelledby="omissions-h" data-testid="omissions" id="omissions">
      <h2 id="omissions-h">What this article leaves out</h2>
      <ul class="stack">
        {omissions.map((o) => (
          <li key={o.claimId} class="card">
            <p>{o.text}</p>
            <p class="muted small">Reported by {listNames(o.reportedBy) || 'other outlets'}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NumberConflicts({ numbers }: { numbers: NumberConflict[] }) {
  if (numbers.length === 0) return null;
  return (
    <section aria-labelledby="numbers-h" data-testid="numbers" id="numbers">
      <h2 id="numbers-h">Numbers that disagree</h2>
      <ul class="stack">
        {numbers.map((n, i) => (
          <li key={`${n.what}-${i}`} class="card">
            <p><strong>{n.what}</strong>{n.unit ? <span class="muted"> ({n.unit})</span> : null}</p>
            <ul>
              {n.values.map((v, j) => (
                <li key={j} class="small">
                  {v.text} <span class="muted">— {outletName(v.outlet)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
