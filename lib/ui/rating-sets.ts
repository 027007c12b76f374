// The outlet rating sets the reader can switch on and off: ids as the outlet table names its sources
// (public/generated/outlets.json `sources`, built from ../shared/data/outlets) for the labels a profile shows.
// An id the settings carry but this list does not name is still offered, under its id.

export const RATING_SET_NAMES: Record<string, string> = {
  mbfc: 'Media Bias/Fact Check (2023/24): country, bias, factuality',
  allsides2021: 'AllSides ratings from the 2021 roundups: bias',
  baly2018: 'Baly et al. 2018 (MBFC labels): bias, factuality',
  baly2020: 'Baly et al. 2020 (MBFC labels): bias, factuality',
  opensources: 'OpenSources tags (2018): state affiliation',
};

export function ratingSetName(id: string): string {
  return RATING_SET_NAMES[id] ?? id;
}

/** Sets to offer: the named ones in the order above, then any other set the settings know. */
export function ratingSetIds(ratingSets: Readonly<Record<string, boolean>>): string[] {
  const known = Object.keys(RATING_SET_NAMES);
  const extra = Object.keys(ratingSets)
    .filter((id) => !known.includes(id))
    .sort();
  return [...known, ...extra];
}
