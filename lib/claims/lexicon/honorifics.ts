// Honorifics, ranks and titles abbreviated before a name ("Mr. Trump", "Sgt Vel", "Rep. Jason Chaffetz"), written
// without their stop. From the corpora's usage (AP style titles; BASIL, AllSides and FNC-1 bodies). Read by sentence
// splitting (an abbreviation's stop ends no sentence), speaker phrases, names and parties' sides.
import { entries } from './build.js';

export const HONORIFICS = entries(`
  Mr
  Mrs
  Ms
  Miss
  Dr
  Prof
  Sen
  Rep
  Gov
  Gen
  Lt
  Col
  Maj
  Capt
  Sgt
  Adm
`);

/** The honorifics written with a stop ("Mr.", "Sgt."): "Miss" takes none, and "Miss." ends sentences as Mississippi's
 *  abbreviation ("died Saturday at a hotel in Biloxi, Miss. His heart failed …", ECB+). */
export const STOPPED_HONORIFICS = HONORIFICS.filter((h) => h !== 'Miss');
