// What both browser suites expect of seed 001's report: Russia's claimed recapture of Kursk, disputed, with
// Ukraine's denial. One definition, so Chromium and Firefox are held to the same reading.
import type { ReportClaim } from '../../../lib/types.js';

/** Russia's claimed recapture of Kursk: the claim or its quotes name Kursk, and it says the region was taken back
 *  (001: "Moscow claimed that it drove Ukrainian forces out of the area"; RT: "the full liberation of the region"). */
const RETAKEN =
  /(liberat|recaptur|retak|regain|(take|took|taken) back|(drove|driven|drive|pushed|forced)\b.{0,40}\bout\b|expel|ousted|full control)/i;
export const isKurskRecapture = (c: ReportClaim): boolean => {
  const all = [c.text, ...c.quotes.map((q) => q.text)];
  return all.some((t) => /kursk/i.test(t)) && all.some((t) => RETAKEN.test(t));
};
/** Ukraine's denial: named as the denying party, or a denying quote that names Ukraine or Kyiv. */
export const ukraineDenies = (c: ReportClaim): boolean =>
  /ukrain|kyiv|kiev/i.test(c.deniedByParty ?? '') ||
  c.quotes.some((q) => q.stance === 'denies' && /ukrain|kyiv|kiev|zelensk/i.test(q.text));
