// How current the coverage is, under every answer: "Coverage up to 14:05 today: 48,312 articles from 212 outlets ·
// updates checked 14:12 today", or the updater's trouble ("updates failed since Tuesday: signature invalid").
import type { Freshness } from '../lib/updates/freshness.js';
import { coverageLine, updatesState } from '../lib/ui/freshness.js';

export function FreshnessLine({ freshness, now = new Date() }: { freshness: Freshness | null; now?: Date }) {
  // Its place is held before it arrives (the popup must not move once its answer is drawn): two lines, always.
  if (!freshness) return <p class="small muted freshness" aria-hidden="true" data-testid="freshness-placeholder" />;
  const line = coverageLine(freshness, now);
  const trouble = freshness.status === 'failing' || freshness.status === 'stale';
  return (
    <p
      class="small muted freshness"
      data-testid="freshness"
      data-status={freshness.status}
      title={`${line ?? ''} · ${updatesState(freshness, now)}`}
    >
      {line && (
        <span
          data-testid="coverage-line"
          class={freshness.imported && !freshness.imported.verified ? 'status-disputed' : undefined}
        >
          {line}
        </span>
      )}
      {line && ' · '}
      <span class={trouble ? 'status-disputed' : undefined} data-testid="updates-state">
        {updatesState(freshness, now)}
      </span>
    </p>
  );
}
