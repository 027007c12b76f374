// Demonyms the fold rule (attribution.ts: "Ostrian officials" → "ostria", "Kenyan police" → "kenya") gets wrong, and
// words in "-an" or "-ian" that name no people of a country at all: "Republican officials" had become the country
// "republica" (issue 20), "Mexican officials" "mexica". Irregular demonyms from the countries' English names; the
// look-alikes are the parties, offices, faiths, trades and ordinary adjectives of the five corpora's speakers, and kin.
import { entries } from './build.js';

/** Demonym and country, one pair a line, where dropping the last letter does not give the country. */
const IRREGULAR = entries(`
  mexican: mexico
  moroccan: morocco
  canadian: canada
  brazilian: brazil
  egyptian: egypt
  haitian: haiti
  palestinian: palestine
  peruvian: peru
  chilean: chile
  european: europe
  belgian: belgium
  norwegian: norway
  ecuadorian: ecuador
  jordanian: jordan
  hungarian: hungary
  italian: italy
  ghanaian: ghana
  paraguayan: paraguay
  uruguayan: uruguay
  honduran: honduras
  salvadoran: el salvador
  tibetan: tibet
  dominican: dominican republic
`);
export const IRREGULAR_DEMONYMS: Map<string, string> = new Map(
  IRREGULAR.map((l) => l.split(':').map((x) => x.trim()) as [string, string]),
);

export const NOT_DEMONYMS = entries(`
  republican
  republicans
  christian
  anglican
  lutheran
  episcopalian
  presbyterian
  libertarian
  humanitarian
  authoritarian
  totalitarian
  egalitarian
  sectarian
  partisan
  bipartisan
  nonpartisan
  veteran
  civilian
  politician
  parliamentarian
  physician
  technician
  electrician
  musician
  magician
  mathematician
  statistician
  pediatrician
  dietitian
  clinician
  historian
  librarian
  comedian
  guardian
  custodian
  pedestrian
  vegetarian
  veterinarian
  barbarian
  median
  meridian
  human
  urban
  suburban
  vatican
  pagan
  vegan
  titan
  spartan
  metropolitan
  cosmopolitan
  pan
  plan
  clan
  span
  ban
  man
  woman
  spokesman
  spokeswoman
  chairman
  chairwoman
  congressman
  congresswoman
  councilman
  councilwoman
  policeman
  policewoman
  anchorman
  cameraman
  gunman
  fisherman
  businessman
  businesswoman
  sportsman
  frontman
  ombudsman
  countryman
  craftsman
  handyman
  layman
  alderman
  freshman
  organ
  orphan
  slogan
  caravan
  shaman
  sultan
`);
