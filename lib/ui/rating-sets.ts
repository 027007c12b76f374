// Names of the outlet rating sets the reader can switch on and off (ids as in OutletFact.set; the data and its
// sources are described in ../shared/data/outlets/README.md). An id not listed here is shown as it is.

export const RATING_SET_NAMES: Record<string, string> = {
  mbfc: 'Media Bias/Fact Check (2023/24 scrape, Burdisso et al. 2024)',
  allsides: 'AllSides media bias ratings',
  baly2018: 'Baly et al. 2018 (EMNLP) bias and factuality',
  baly2020: 'Baly et al. 2020 (ACL) bias and factuality',
  lin2023: 'Lin et al. 2023 aggregate quality',
  wikipedia: "Wikipedia's perennial sources list",
  opensources: 'OpenSources tags',
  robertson2018: 'Robertson et al. 2018 partisan audience',
  yin2018: 'US local news ownership (Yin 2018)',
};

export function ratingSetName(id: string): string {
  return RATING_SET_NAMES[id] ?? id;
}

/** Sets to offer: those the settings know, in a stable order (named ones first, as listed above). */
export function ratingSetIds(ratingSets: Readonly<Record<string, boolean>>): string[] {
  const known = Object.keys(RATING_SET_NAMES);
  return Object.keys(ratingSets).sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib) || a.localeCompare(b);
  });
}
