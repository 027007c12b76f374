// "Why this matched": the method, the confidence, the page-type decision, the dates, and the shared names and terms,
// for the reader to judge.
import type { MatchInfo } from '../lib/types.js';
import { percent } from '../lib/ui/format.js';
import { describeDates, describePageType } from '../lib/ui/match-evidence.js';

const METHOD: Record<NonNullable<MatchInfo['method']>, string> = {
  url: 'the same address is in the index',
  'near-duplicate': 'a near-identical text is in the index',
  content: 'the article shares names and terms with the event',
};

export function WhyMatched({ match }: { match: MatchInfo }) {
  return (
    <details class="card" data-testid="why-matched">
      <summary>
        {match.status === 'matched' ? 'Why this matched' : match.notReport ? 'Why it was not compared' : 'Why nothing matched'}
      </summary>
      <div class="stack small">
        {match.status === 'matched' ? (
          <p>
            Matched because {match.method ? METHOD[match.method] : 'of shared content'}; confidence {percent(match.confidence)}.
          </p>
        ) : (
          <p>
            {match.message || 'No event in the index is close enough.'}
            {match.notReport ? '' : ` Best score ${percent(match.confidence)}.`}
          </p>
        )}
        {match.pageType && (
          <p data-testid="why-page-type">
            <span class="muted">Page type: </span>
            {describePageType(match.pageType)}
          </p>
        )}
        {match.dates && (
          <p data-testid="why-dates">
            <span class="muted">Dates: </span>
            {describeDates(match.dates)}
          </p>
        )}
        {match.reasons.entities.length > 0 && (
          <p>
            <span class="muted">Shared names: </span>
            {match.reasons.entities.join(', ')}
          </p>
        )}
        {match.reasons.terms.length > 0 && (
          <p>
            <span class="muted">Shared terms: </span>
            {match.reasons.terms.join(', ')}
          </p>
        )}
      </div>
    </details>
  );
}
