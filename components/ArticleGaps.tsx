// What this article leaves out (claims independent outlets report but it does not) and numbers that disagree, each
// figure with the sentence it is in so the reader can judge whether the two count the same thing.
import type { NumberConflict, Omission } from '../lib/types.js';
import { listNames, isolate, outletName } from '../lib/ui/format.js';
import { HighlightButton } from './HighlightButton.js';

export function Omissions({ omissions }: { omissions: Omission[] }) {
  if (omissions.length === 0) return null;
  return (
    <section aria-labelledby="omissions-h" data-testid="omissions" id="omissions">
      <h2 id="omissions-h">What this article leaves out</h2>
      <ul class="stack">
        {omissions.map((o) => (
          <li key={o.claimId} class="card">
            <p dir="auto">{o.text}</p>
            <p class="muted small" data-testid="omission-source">
              {o.saidBy ? `Said by ${isolate(o.saidBy)}, reported by ` : 'Reported by '}
              {listNames(o.reportedBy) || 'other outlets'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NumberConflicts({ numbers, tabId }: { numbers: NumberConflict[]; tabId: number | null }) {
  if (numbers.length === 0) return null;
  return (
    <section aria-labelledby="numbers-h" data-testid="numbers" id="numbers">
      <h2 id="numbers-h">Numbers that disagree</h2>
      <ul class="stack">
        {numbers.map((n, i) => (
          <li key={`${n.what}-${i}`} class="card">
            <p>
              <strong>
                <bdi>{n.what}</bdi>
              </strong>
              {n.unit ? <span class="muted"> ({n.unit})</span> : null}
            </p>
            <ul class="figures">
              {n.values.map((v, j) => (
                <li key={j} class="small" data-testid="number-value">
                  <strong>
                    <bdi>{v.text}</bdi>
                  </strong>{' '}
                  <span class="muted">— {outletName(v.outlet)}</span>
                  <blockquote class="muted" dir="auto">
                    {v.quote}
                  </blockquote>
                  {v.sentenceInArticle && tabId !== null && (
                    <HighlightButton tabId={tabId} sentence={v.sentenceInArticle} testId="highlight-number" />
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
