// For a claim disputed across the story: which other events deny it or state it, with their dates and outlets, so
// the reader sees that the denial (or the claim) came in another event, and when.
import type { Report, ReportClaim } from '../lib/types.js';
import { listNames } from '../lib/ui/format.js';
import { storySides, storySideWhere } from '../lib/ui/story-claims.js';

export function StoryDispute({ claim, context }: { claim: ReportClaim; context: Pick<Report, 'story' | 'event'> }) {
  const sides = storySides(claim, context);
  if (sides.length === 0) return null;
  return (
    <ul class="small story-dispute" data-testid="story-dispute" aria-label="Across the story">
      {sides.map((s) => (
        <li key={`${s.eventId}-${s.denies}`} data-when={s.when}>
          <strong>{s.denies ? 'Denied' : 'Stated'}</strong> {storySideWhere(s)}{' '}
          <span class="muted">— {listNames(s.outlets)}</span>
        </li>
      ))}
    </ul>
  );
}
