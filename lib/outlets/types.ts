// Outlet table shapes: the compact JSON the builder writes (public/generated/outlets.json) and the profile a
// lookup returns. Every label keeps its source and, where known, the source's date (labels drift over time).

/** What a label says about an outlet. */
export type OutletLabelKind =
  | 'country'
  | 'bias'
  | 'factuality'
  | 'credibility'
  | 'reliability'
  | 'media-type'
  | 'traffic'
  | 'press-freedom'
  | 'allsides-rating'
  | 'allsides-score'
  | 'audience-bias'
  | 'quality'
  | 'wikipedia-status'
  | 'state-affiliation'
  | 'fake-news'
  | 'news-domain'
  | 'owner'
  | 'medium'
  | 'us-state';

export interface OutletSource {
  /** Short id used in the table ("mbfc"). */
  id: string;
  /** Who made the labels and where we took them from. */
  name: string;
  /** When the labels were made ("2023/24"), null when unknown. */
  date: string | null;
  licence: string | null;
}

/** One column of the table: which kind of label, from which source. */
export interface OutletField {
  kind: OutletLabelKind;
  source: string;
}

export interface OutletTable {
  schemaVersion: 1;
  /** Where the rows came from and how they were filtered. */
  description: string;
  sources: Record<string, OutletSource>;
  /** Short key used in rows → meaning. */
  fields: Record<string, OutletField>;
  /** Normalised domain → short key → value. `name` is the display name when known. */
  outlets: Record<string, { name?: string } & Record<string, string>>;
}

export interface OutletLabel {
  kind: OutletLabelKind;
  value: string;
  source: string;
  sourceName: string;
  date: string | null;
}

export interface OutletProfile {
  /** The table's domain the lookup resolved to (a parent of the host when the host itself is not listed). */
  domain: string;
  name: string | null;
  /** Country as labelled (MBFC), null when unknown. */
  country: string | null;
  labels: OutletLabel[];
}
