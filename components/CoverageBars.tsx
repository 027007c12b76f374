// The popup's distribution bars: other outlets on this event by country and, where a rating set is on, by lean.
// Space is held while outlet profiles load so the popup does not jump.
import type { OutletProfile } from '../lib/ext/protocol.js';
import { distribution } from '../lib/ui/distribution.js';
import { anyLeanKnown, countryOf, LEAN_LABEL, LEAN_ORDER, leanOf, type CoverageViewProps, type Lean } from '../lib/ui/profile.js';
import { DistributionBar } from './DistributionBar.js';

const catColor = (_key: string, i: number): string => `var(--cat-${i % 6})`;
const leanColor = (key: string): string => `var(--lean-${key})`;

/**
 * While outlet profiles load: the two bars' own elements (caption, empty bar, one legend line), so the popup
 * keeps exactly the height it will have (the browser suite measured a 13 px jump with grey lines instead).
 */
function BarsPlaceholder() {
  return (
    <div class="stack" aria-hidden="true" data-testid="bars-placeholder">
      {['Outlets by country', 'Outlets by lean'].map((title) => (
        <figure key={title} class="distribution">
          <figcaption class="small muted">{title}</figcaption>
          <div class="bar" />
          <ul class="legend">
            <li>{'\u00a0'}</li>
          </ul>
        </figure>
      ))}
    </div>
  );
}

export function CoverageBars({ report, profiles, ratingSets }: CoverageViewProps) {
  const items = report.coverage.filter((c) => c.relation !== 'related-event' && c.eventId === report.event?.id);
  if (items.length === 0) return null;
  if (!profiles) return <BarsPlaceholder />;
  const profileOf = (domain: string | null): OutletProfile | undefined => (domain ? profiles[domain] : undefined);
  const byCountry = distribution(items, (c) => countryOf(profileOf(c.domain), ratingSets));
  const showLean = anyLeanKnown(
    items.map((c) => profileOf(c.domain)),
    ratingSets,
  );
  const byLean = showLean
    ? distribution(
        items,
        (c) => leanOf(profileOf(c.domain), ratingSets),
        (k) => LEAN_LABEL[k as Lean],
        LEAN_ORDER,
      )
    : null;
  return (
    <div class="stack">
      <DistributionBar title="Outlets by country" segments={byCountry} colorOf={catColor} testid="bar-country" />
      {byLean && <DistributionBar title="Outlets by lean" segments={byLean} colorOf={leanColor} testid="bar-lean" />}
    </div>
  );
}
