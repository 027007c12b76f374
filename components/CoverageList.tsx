// Coverage grouped by event: this event first, then the story's related events, copies folded.
import { groupCoverage, outletKey } from '../lib/ui/coverage.js';
import { formatDate } from '../lib/ui/format.js';
import type { CoverageViewProps } from '../lib/ui/profile.js';
import { CoverageRow } from './CoverageRow.js';

export function CoverageList({ report, profiles, ratingSets }: CoverageViewProps) {
  const groups = groupCoverage(report);
  const { domain, outlet } = report.article;
  const ownKey = domain || outlet ? outletKey({ id: '', domain, outlet }) : null;
  return (
    <section aria-labelledby="coverage-h" data-testid="coverage" id="coverage">
      <h2 id="coverage-h">How other outlets covered it</h2>
      {groups.length === 0 && <p class="muted">No other outlet's coverage is in the index.</p>}
      {groups.map((g) => (
        <div
          key={g.eventId}
          class="stack coverage-group"
          data-testid={g.isThisEvent ? 'coverage-this-event' : 'coverage-related-event'}
        >
          <h3>
            {g.isThisEvent ? 'This event' : `Related: ${g.title}`}
            {!g.isThisEvent && <span class="muted small"> · {formatDate(g.date)}</span>}
          </h3>
          <ul class="stack">
            {g.entries.map((e) => (
              <CoverageRow key={e.item.id} entry={e} profiles={profiles} ratingSets={ratingSets} ownKey={ownKey} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
