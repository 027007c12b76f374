// Options: auto-run, per-site allow and deny lists, and which outlet rating sets are shown.
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/ext/protocol.js';
import { ratingSetIds, ratingSetName } from '../lib/ui/rating-sets.js';
import { parseSiteList } from '../lib/ui/site-list.js';

type Save = (patch: Partial<Settings>) => void;

export function AutoRunSetting({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <section aria-labelledby="autorun-h" class="card stack" data-testid="opt-autorun">
      <h2 id="autorun-h">Checking pages</h2>
      <label class="block">
        <input
          type="checkbox"
          checked={settings.autoRun}
          onChange={(e) => save({ autoRun: (e.target as HTMLInputElement).checked })}
        />{' '}
        Check news pages automatically as they load
      </label>
      <p class="muted small">When off, Parallax checks only the sites you allow below, or a page when you ask in the popup.</p>
    </section>
  );
}

function SiteList({ label, id, sites, onSave }: { label: string; id: string; sites: string[]; onSave: (s: string[]) => void }) {
  const [text, setText] = useState(sites.join('\n'));
  const commit = (): void => {
    const parsed = parseSiteList(text);
    setText(parsed.join('\n'));
    onSave(parsed);
  };
  return (
    <label class="block" for={id}>
      {label}
      <textarea
        id={id}
        rows={3}
        value={text}
        placeholder="example.com"
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onBlur={commit}
        data-testid={id}
      />
    </label>
  );
}

export function SiteLists({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <section aria-labelledby="sites-h" class="card stack" data-testid="opt-sites">
      <h2 id="sites-h">Sites</h2>
      <p class="muted small">One site per line; subdomains are included. A site on both lists is never checked.</p>
      <SiteList label="Always check" id="allow-sites" sites={settings.allowSites} onSave={(allowSites) => save({ allowSites })} />
      <SiteList label="Never check" id="deny-sites" sites={settings.denySites} onSave={(denySites) => save({ denySites })} />
    </section>
  );
}

export function RatingSetsSetting({ settings, save }: { settings: Settings; save: Save }) {
  const ids = ratingSetIds(settings.ratingSets);
  return (
    <section aria-labelledby="ratings-h" class="card stack" data-testid="opt-ratings">
      <h2 id="ratings-h">Outlet rating sets</h2>
      <p class="muted small">
        Ratings disagree and age; each is shown with its source and date. Switch off any you do not want to see.
      </p>
      {ids.map((id) => (
        <label key={id} class="block">
          <input
            type="checkbox"
            checked={settings.ratingSets[id] !== false}
            onChange={(e) => save({ ratingSets: { ...settings.ratingSets, [id]: (e.target as HTMLInputElement).checked } })}
          />{' '}
          {ratingSetName(id)}
        </label>
      ))}
    </section>
  );
}
