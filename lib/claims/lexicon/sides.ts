// News agencies and broadcasters, and the side (country) a capital, seat of government, leader or demonym speaks for.
import { stem } from '../../text/tokens.js';
import { alternation, entries } from './build.js';

/** Wire services and broadcasters: attribution to them is a report by the press, not one party's word (seed 003
 *  "reported AFP"). */
const MEDIA_NAMES = entries(`
  AFP
  AP
  Associated Press
  Reuters
  TASS
  RIA
  RIA Novosti
  Interfax
  Ukrinform
  CNN
  BBC
  Al Jazeera
  Xinhua
  Kyodo
  Yonhap
  Bloomberg
  DPA
  ANSA
  EFE
  news agency
`);
/** What the press reports through: "(local|state|national) media (reports)", a broadcast, video footage. */
const MEDIA_FORMS = String.raw`(?:local |state |national )?media(?: reports?)?|broadcasts?|video(?: footage)?|footage`;
export const MEDIA = new RegExp(String.raw`\b(?:${alternation(MEDIA_NAMES).slice(3, -1)}|${MEDIA_FORMS})\b`, 'i');

/**
 * The side a party speaks for: each line a side, then its names (country, demonym, capital, seat of government,
 * leaders), so "Kyiv officials" and "Ukraine's military" are one side and "the Kremlin" and "Moscow" another (seed
 * story: both sides named many ways). Demonyms of countries off this list are folded by rule (attribution.ts).
 */
const SIDE_TABLE = entries(`
  russia: russia, russian, moscow, kremlin, putin, lavrov, peskov, shoigu
  ukraine: ukraine, ukrainian, kyiv, kiev, zelensky, zelenskyy
  united states: united states, usa, america, american, washington, pentagon, white house
  china: china, chinese, beijing
  north korea: north korea, north korean, pyongyang
  south korea: south korea, south korean, seoul
  united kingdom: britain, british, uk, london, downing street
  france: france, french, paris, elysee
  germany: germany, german, berlin
  iran: iran, iranian, tehran
  israel: israel, israeli
`);
const SIDE_NAMES: [string, string[]][] = SIDE_TABLE.map((line) => {
  const [side, names] = line.split(':') as [string, string];
  return [side.trim(), names.split(',').map((n) => n.trim())];
});

export const SIDE_OF: Map<string, string> = new Map(
  SIDE_NAMES.flatMap(([s, names]) => names.map((n) => [n, s] as [string, string])),
);

/** Single-word side aliases as stems, for aligning terms ("Moscow claimed" ~ "Russia announced"). */
export const SIDE_TERM: Map<string, string> = new Map(
  SIDE_NAMES.flatMap(([s, names]) => names.filter((n) => !n.includes(' ')).map((n) => [stem(n), `@${s}`] as [string, string])),
);
