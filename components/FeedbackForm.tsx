// "Report a wrong match or grouping": kept on this device only (exportable as JSON from the options page).
import { useState } from 'preact/hooks';
import type { MatchFeedback } from '../lib/ext/protocol.js';
import type { Report } from '../lib/types.js';
import { isolate, outletName } from '../lib/ui/format.js';
import { useConnector } from './ConnectorContext.js';

const KINDS: { kind: MatchFeedback['kind']; label: string }[] = [
  { kind: 'wrong-match', label: 'This is not the same event' },
  { kind: 'wrong-grouping', label: 'An article or claim is grouped wrongly' },
  { kind: 'other', label: 'Something else' },
];

export function FeedbackForm({ report }: { report: Report }) {
  const connector = useConnector();
  const [kind, setKind] = useState<MatchFeedback['kind']>('wrong-match');
  const [about, setAbout] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<'idle' | 'sent' | 'failed'>('idle');
  const submit = (e: Event): void => {
    e.preventDefault();
    const claim = report.claims.find((c) => `claim:${c.id}` === about);
    const item = report.coverage.find((c) => `item:${c.id}` === about);
    connector
      .reportFeedback({
        kind,
        note: note.trim(),
        url: report.article.url,
        eventId: report.event?.id ?? null,
        coverageId: item?.id ?? null,
        claimId: claim?.id ?? null,
      })
      .then(
        () => setSent('sent'),
        () => setSent('failed'),
      );
  };
  return (
    <details class="card" data-testid="feedback">
      <summary>Report a wrong match or grouping</summary>
      {sent === 'sent' ? (
        <p role="status" class="small">
          Thank you. Kept on this device only; export it from the options page.
        </p>
      ) : (
        <form class="stack small" onSubmit={submit}>
          <fieldset>
            <legend>What is wrong?</legend>
            {KINDS.map((k) => (
              <label key={k.kind} class="block">
                <input type="radio" name="kind" checked={kind === k.kind} onChange={() => setKind(k.kind)} /> {k.label}
              </label>
            ))}
          </fieldset>
          <label class="block">
            About
            <select value={about} onChange={(e) => setAbout((e.target as HTMLSelectElement).value)}>
              <option value="">the match as a whole</option>
              {report.coverage.map((c) => (
                <option key={c.id} value={`item:${c.id}`}>
                  {outletName(c.outlet, c.domain)}: {isolate(c.title)}
                </option>
              ))}
              {report.claims.map((c) => (
                <option key={c.id} value={`claim:${c.id}`}>
                  Claim: {c.text}
                </option>
              ))}
            </select>
          </label>
          <label class="block">
            Note (optional)
            <textarea rows={2} maxLength={1000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit" data-testid="feedback-submit">
            Keep this report
          </button>
          {sent === 'failed' && <p role="alert">Could not keep the report; please try again.</p>}
        </form>
      )}
    </details>
  );
}
