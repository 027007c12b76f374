// Outlet profiles as shown: only rating sets the reader left on, and lean/country read from the sources' own
// labels. What no source states stays unknown — never "center" (MBFC's "least biased" is a rating, not a default).
import type { OutletFact, OutletProfile } from '../ext/protocol.js';
import type { Report } from '../types.js';

/** Settings.ratingSets: set id → shown. */
export type RatingSets = Readonly<Record<string, boolean>>;

/** What the coverage views (popup bars, side panel list) render from: the report and the outlets' profiles. */
export interface CoverageViewProps {
  report: Report;
  profiles: Record<string, OutletProfile> | null;
  ratingSets: RatingSets | undefined;
}

export type Lean = 'left' | 'lean-left' | 'center' | 'lean-right' | 'right';

export const LEAN_ORDER: readonly Lean[] = ['left', 'lean-left', 'center', 'lean-right', 'right'];
export const LEAN_LABEL: Record<Lean, string> = {
  left: 'Left',
  'lean-left': 'Lean left',
  center: 'Center',
  'lean-right': 'Lean right',
  right: 'Right',
};

/** A set is on unless the reader switched it off (Settings.ratingSets[set] === false); unknown sets are shown. */
export function setIsOn(set: string, ratingSets: RatingSets | undefined): boolean {
  return ratingSets?.[set] !== false;
}

/** The profile with facts from switched-off rating sets removed. */
export function visibleProfile(p: OutletProfile, ratingSets: RatingSets | undefined): OutletProfile {
  const keep = (facts: OutletFact[]): OutletFact[] => facts.filter((f) => setIsOn(f.set, ratingSets));
  return { ...p, country: keep(p.country), bias: keep(p.bias), factuality: keep(p.factuality), state: keep(p.state) };
}

/**
 * A source's bias label on the five-point scale, or null when the label is not a left/right position.
 * Labels as they occur in ../shared/data/outlets/outlets_merged.csv: MBFC ("left-center", "least biased",
 * "extreme right", "right conspiracy-pseudoscience", "pro-science"), Baly ("extreme-left"), AllSides ("lean left").
 */
export function normaliseLean(label: string): Lean | null {
  const l = label.toLowerCase().replace(/[-_]/g, ' ').trim();
  if (/^(least biased|center|centre)$/.test(l)) return 'center';
  if (/^(lean left|left center|center left)$/.test(l)) return 'lean-left';
  if (/^(lean right|right center|center right)$/.test(l)) return 'lean-right';
  if (/^(extreme |far )?left\b/.test(l)) return 'left';
  if (/^(extreme |far )?right\b/.test(l)) return 'right';
  return null;
}

/** The outlet's lean from the first visible bias fact that states one; null = unknown. */
export function leanOf(p: OutletProfile | undefined, ratingSets?: RatingSets): Lean | null {
  for (const f of p?.bias ?? []) {
    if (!setIsOn(f.set, ratingSets)) continue;
    const lean = normaliseLean(f.value);
    if (lean) return lean;
  }
  return null;
}

/** The outlet's country as its first visible source states it ("usa" → "USA"); null = unknown. */
export function countryOf(p: OutletProfile | undefined, ratingSets?: RatingSets): string | null {
  const f = p?.country.find((c) => setIsOn(c.set, ratingSets) && c.value.trim() && c.value.toLowerCase() !== 'unknown');
  return f ? countryLabel(f.value) : null;
}

const ACRONYMS = new Set(['usa', 'uk', 'uae']);

/** "united kingdom" → "United Kingdom", "usa" → "USA". */
export function countryLabel(value: string): string {
  return value
    .trim()
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

/** Whether any visible rating set states a lean for anyone (else the popup hides the lean bar). */
export function anyLeanKnown(profiles: readonly (OutletProfile | undefined)[], ratingSets?: RatingSets): boolean {
  return profiles.some((p) => leanOf(p, ratingSets) !== null);
}
