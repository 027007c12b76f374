// One claim: its wording, the two sides, why it has its status, whose word it rests on, the figures its outlets disagree on, the outlets'
// own quotes, and — when this article carries it — a button that scrolls to and highlights the sentence in the page.
import type { NumberConflict, Report, ReportClaim } from '../lib/types.js';
import { quotesByStance, STANCE_LABEL } from '../lib/ui/claims.js';
import { isolate, outletName } from '../lib/ui/format.js';
import { quoteEventNote } from '../lib/ui/story-claims.js';
import { ClaimSides } from './ClaimSides.js';
import { ClaimWhy } from './ClaimWhy.js';
import { HighlightButton } from './HighlightButton.js';
import { StoryDispute } from './StoryDispute.js';

type StoryContext = Pick<Report, 'story' | 'event'>;
const NO_STORY: StoryContext = { story: null, event: null };

export function ClaimCard({
  claim,
  numbers = [],
  tabId,
  context = NO_STORY,
}: {
  claim: ReportClaim;
  numbers?: NumberConflict[];
  tabId: number | null;
  context?: StoryContext;
}) {
  const groups = quotesByStance(claim.quotes);
  return (
    <li class={`card claim-${claim.status}`} data-testid="claim" data-status={claim.status}>
      <p class="claim-text">{claim.text}</p>
      <ClaimSides claim={claim} />
      <StoryDispute claim={claim} context={context} />
      <ClaimWhy claim={claim} />
      {numbers.map((n, i) => (
        // The outlets behind a claim can agree that it happened and still give different figures for it.
        <p key={i} class="small" data-testid="claim-figures-differ">
          <strong>Figures differ</strong> on <bdi>{n.what}</bdi>:{' '}
          {n.values.map((v) => `${isolate(v.text)} (${outletName(v.outlet)})`).join(', ')}.{' '}
          <a href="#numbers">See the sentences</a>
        </p>
      ))}
      {claim.attributedTo && (
        <p class="small" data-testid="attributed-to">
          Rests on the word of {claim.attributedTo}.
        </p>
      )}
      {groups.length > 0 && (
        <details class="quotes">
          <summary class="small">Quotes ({claim.quotes.length})</summary>
          {groups.map((g) => (
            <div key={g.stance} data-testid={`quotes-${g.stance}`}>
              {g.quotes.map((q, i) => (
                <figure key={`${q.articleId}-${i}`}>
                  <blockquote dir="auto">{q.text}</blockquote>
                  <figcaption class="muted small">
                    {outletName(q.outlet)} {STANCE_LABEL[q.stance]}
                    {q.eventId && ` · ${quoteEventNote(q, context)}`}
                  </figcaption>
                </figure>
              ))}
            </div>
          ))}
        </details>
      )}
      {claim.inThisArticle && tabId !== null && (
        <HighlightButton tabId={tabId} sentence={claim.sentenceInArticle || claim.text} />
      )}
    </li>
  );
}
