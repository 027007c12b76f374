// The outlet table's labels as the UI's outlet profile: country, bias, factuality and state affiliation, each
// with its rating set, source and date. Unknown stays unknown (empty lists); nothing is defaulted. Pure.
import { resolveOutlet } from '../outlets/resolve.js';
import type { OutletLabel, OutletTable } from '../outlets/types.js';
import type { OutletFact, OutletProfile } from './protocol.js';

const GROUP: Partial<Record<OutletLabel['kind'], keyof Omit<OutletProfile, 'domain' | 'name'>>> = {
  country: 'country',
  bias: 'bias',
  'allsides-rating': 'bias',
  factuality: 'factuality',
  'state-affiliation': 'state',
};

function fact(l: OutletLabel): OutletFact {
  return { value: l.value, set: l.source, source: l.sourceName, date: l.date };
}

export function outletProfiles(table: OutletTable, domains: readonly string[]): Record<string, OutletProfile> {
  const out: Record<string, OutletProfile> = {};
  for (const domain of domains) {
    const p = resolveOutlet(table, domain);
    if (!p) continue;
    const profile: OutletProfile = { domain: p.domain, name: p.name, country: [], bias: [], factuality: [], state: [] };
    for (const l of p.labels) {
      const group = GROUP[l.kind];
      // "unknown" is a source saying it does not know, which the UI shows as unknown anyway.
      if (group && l.value && l.value !== 'unknown') profile[group].push(fact(l));
    }
    out[domain] = profile;
  }
  return out;
}
