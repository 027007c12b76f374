// An outlet's name with its profile behind a disclosure: country, bias, factuality, state affiliation, each with
// its source and date. What no source states is shown as unknown — never a default like "center".
import type { OutletFact, OutletProfile } from '../lib/ext/protocol.js';
import { outletName } from '../lib/ui/format.js';
import { visibleProfile, type RatingSets } from '../lib/ui/profile.js';

const FIELDS: { key: 'country' | 'bias' | 'factuality' | 'state'; label: string }[] = [
  { key: 'country', label: 'Country' },
  { key: 'bias', label: 'Bias' },
  { key: 'factuality', label: 'Factuality' },
  { key: 'state', label: 'State affiliation' },
];

function Facts({ facts, field }: { facts: OutletFact[]; field: string }) {
  if (facts.length === 0) return <dd class="muted">{field === 'state' ? 'none stated by a source' : 'unknown'}</dd>;
  return (
    <>
      {facts.map((f) => (
        <dd key={`${f.set}:${f.value}`}>
          {f.value}{' '}
          <span class="muted small">
            — {f.source}
            {f.date ? `, ${f.date}` : ''}
          </span>
        </dd>
      ))}
    </>
  );
}

export function OutletProfileDetails({
  outlet,
  domain,
  profile,
  ratingSets,
}: {
  outlet: string | null;
  domain: string | null;
  profile: OutletProfile | undefined;
  ratingSets: RatingSets | undefined;
}) {
  const name = outletName(outlet, domain);
  const shown = profile ? visibleProfile(profile, ratingSets) : undefined;
  return (
    <details class="outlet" data-testid="outlet-profile">
      <summary>
        <span class="outlet-name">{name}</span>
        <span class="visually-hidden"> — outlet profile</span>
      </summary>
      <div class="card small profile">
        {domain && <p class="muted">{domain}</p>}
        {shown ? (
          <dl>
            {FIELDS.map((f) => (
              <div key={f.key}>
                <dt>{f.label}</dt>
                <Facts facts={shown[f.key]} field={f.key} />
              </div>
            ))}
          </dl>
        ) : (
          <p data-testid="profile-unknown">Unknown: no rating set we carry describes this outlet.</p>
        )}
      </div>
    </details>
  );
}
