// Options: the reader's kept reports of wrong matches or groupings, exportable as JSON.
import type { MatchFeedback } from '../lib/ext/protocol.js';
import { plural } from '../lib/ui/format.js';
import { downloadText } from './download.js';

export function FeedbackExport({ feedback }: { feedback: MatchFeedback[] | null }) {
  const n = feedback?.length ?? 0;
  return (
    <section aria-labelledby="feedback-h" class="card stack" data-testid="opt-feedback">
      <h2 id="feedback-h">Your reports of wrong matches</h2>
      <p class="small">{feedback ? `${plural(n, 'report')} kept on this device.` : 'Loading…'}</p>
      <button
        type="button"
        disabled={n === 0}
        onClick={() => downloadText('parallax-feedback.json', JSON.stringify(feedback, null, 2))}
        data-testid="feedback-export"
      >
        Export as JSON
      </button>
    </section>
  );
}
