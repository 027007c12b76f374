// One article of the coverage: outlet (with profile), title as a link opening in a new tab, date, relation;
// republished copies folded underneath their original.
import type { OutletProfile } from '../lib/ext/protocol.js';
import type { CoverageItem } from '../lib/types.js';
import { outletKey, type CoverageEntry } from '../lib/ui/coverage.js';
import { formatDate, plural } from '../lib/ui/format.js';
import type { RatingSets } from '../lib/ui/profile.js';
import { safeHref } from '../lib/ui/safe-url.js';
import { OutletProfileDetails } from './OutletProfileDetails.js';

/** Whether the stance model read this article as taking up the headline being read. */
const STANCE: Record<NonNullable<CoverageItem['stance']>, string> = {
  related: 'takes up this headline',
  unrelated: 'covers another side of the event',
};

const RELATION: Record<CoverageItem['relation'], string> = {
  'same-event': 'same event',
  copy: 'republished copy',
  'related-event': 'related event',
};

interface Props {
  profiles: Record<string, OutletProfile> | null;
  ratingSets: RatingSets | undefined;
  /** outletKey of the article being read, to mark the same outlet's other pieces. */
  ownKey: string | null;
}

function Item({ item, profiles, ratingSets, ownKey }: { item: CoverageItem } & Props) {
  const href = safeHref(item.url);
  return (
    <div class="coverage-item" data-testid="coverage-item" data-relation={item.relation}>
      <OutletProfileDetails
        outlet={item.outlet}
        domain={item.domain}
        profile={item.domain && profiles ? profiles[item.domain] : undefined}
        ratingSets={ratingSets}
      />
      <p class="coverage-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{item.title || 'untitled'}</bdi>
          </a>
        ) : (
          <bdi>{item.title || 'untitled'}</bdi>
        )}
      </p>
      <p class="muted small">
        <span data-testid="coverage-date">{formatDate(item.published)}</span> · {RELATION[item.relation]}
        {ownKey !== null && outletKey(item) === ownKey && ' · same outlet as this article'}
        {item.stance && (
          <>
            {' · '}
            <span data-testid="coverage-stance" data-stance={item.stance}>
              {STANCE[item.stance]}
            </span>
          </>
        )}
      </p>
    </div>
  );
}

export function CoverageRow({ entry, ...props }: { entry: CoverageEntry } & Props) {
  return (
    <li class="card">
      <Item item={entry.item} {...props} />
      {entry.copies.length > 0 && (
        <details class="copies" data-testid="copies">
          <summary class="small">
            {plural(entry.copies.length, 'republished copy', 'republished copies')} (not independent)
          </summary>
          <ul class="stack">
            {entry.copies.map((c) => (
              <li key={c.id}>
                <Item item={c} {...props} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
