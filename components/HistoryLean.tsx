// The reader's own reading by outlet lean, month by month, where a rating set that is on says the lean.
// Unknown stays unknown; nothing shows when no set knows any outlet read.
import type { HistoryEntry } from '../lib/ext/protocol.js';
import { categoryMix, monthLabel } from '../lib/ui/history-mix.js';
import { LEAN_LABEL, LEAN_ORDER, leanOf, type Lean, type RatingSets } from '../lib/ui/profile.js';
import { useConnector } from './ConnectorContext.js';
import { DistributionBar } from './DistributionBar.js';
import { useAsync } from './useAsync.js';

/** Enough for years of reading; more distinct sites than this are left out of one request. */
const MAX_DOMAINS = 500;

export function HistoryLean({ entries, ratingSets }: { entries: HistoryEntry[]; ratingSets: RatingSets }) {
  const connector = useConnector();
  const domains = [...new Set(entries.map((e) => e.domain).filter((d): d is string => !!d))].slice(0, MAX_DOMAINS);
  const [profiles] = useAsync(() => connector.getOutletProfiles(domains), [connector, domains.join(' ')]);
  if (!profiles) return null;
  const lean = (d: string | null): Lean | null => (d ? leanOf(profiles[d], ratingSets) : null);
  if (!entries.some((e) => lean(e.domain) !== null)) return null;
  const months = categoryMix(entries, lean, LEAN_ORDER);
  return (
    <div class="stack" data-testid="history-lean">
      <h3>Your reading by outlet lean</h3>
      {months.map((m) => (
        <DistributionBar
          key={m.month}
          title={monthLabel(m.month)}
          testid={`history-lean-${m.month}`}
          segments={m.segments.map((s) => ({ ...s, label: s.key === null ? 'Unknown' : LEAN_LABEL[s.key as Lean] }))}
          colorOf={(k) => `var(--lean-${k})`}
        />
      ))}
    </div>
  );
}
