// How outlets framed it (the words each side uses) and the story's timeline (events and when denials came).
import type { FramingTerm, Report } from '../lib/types.js';
import { formatDate, listNames } from '../lib/ui/format.js';
import { storyTimeline } from '../lib/ui/timeline.js';

export function Framing({ framing }: { framing: FramingTerm[] }) {
  if (framing.length === 0) return null;
  return (
    <section aria-labelledby="framing-h" data-testid="framing" id="framing">
      <h2 id="framing-h">Framing</h2>
      <ul class="stack">
        {framing.map((f, i) => (
          <li key={`${f.term}-${i}`} class="small">
            “<bdi>{f.term}</bdi>” <span class="muted">({listNames(f.outlets)})</span>
            {f.versus && (
              <>
                {' '}
                vs “<bdi>{f.versus}</bdi>” <span class="muted">({listNames(f.versusOutlets)})</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StoryTimeline({ report }: { report: Report }) {
  const entries = storyTimeline(report);
  if (entries.length < 2) return null;
  return (
    <section aria-labelledby="timeline-h" data-testid="timeline" id="timeline">
      <h2 id="timeline-h">
        Story timeline
        {report.story ? (
          <>
            : <bdi>{report.story.title}</bdi>
          </>
        ) : (
          ''
        )}
      </h2>
      <ol class="timeline">
        {entries.map((e, i) => (
          <li key={i} class={`small timeline-${e.kind}${e.isThisEvent ? ' this-event' : ''}`}>
            <span class="muted">{formatDate(e.date)}</span> <bdi>{e.title}</bdi>
            {e.isThisEvent && <strong> (this article)</strong>}
            {e.outlets.length > 0 && <span class="muted"> — first carried by {listNames(e.outlets)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
