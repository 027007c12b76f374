// What a figure counts, when the words say more than its noun: synonyms folded ("soldiers" = "troops"), a count of
// people read as killed or injured by the words around it, and what befell a count of people ("executed six doctors").
import { stem } from '../../text/tokens.js';

/** Synonyms folded to one counted thing, so "troops" and "soldiers" compare (seed 001/003: "12,000 troops"). */
export const WHAT_SYNONYMS: Record<string, string> = {
  soldier: 'troops',
  troop: 'troops',
  personnel: 'troops',
  servicemen: 'troops',
  servicememb: 'troops',
  forc: 'troops',
  casualti: 'casualties',
  loss: 'casualties',
  death: 'deaths',
  dead: 'deaths',
  kill: 'deaths',
  peopl: 'people',
  drone: 'drones',
  uav: 'drones',
  assault: 'attacks',
  attack: 'attacks',
  strike: 'attacks',
  missil: 'missiles',
  wound: 'injured',
  injur: 'injured',
  civilian: 'civilians',
  resid: 'residents',
  villag: 'villages',
  settlement: 'villages',
};

export const QUALIFIER =
  'more than|over|at least|up to|around|about|nearly|almost|some|roughly|approximately|fewer than|less than|under';

/** What is counted: `key` compares figures (a stem, or a name all its synonyms fold to), `noun` is shown. */
export interface Counted {
  key: string;
  noun: string;
}
export const counted = (w: string): Counted => {
  const s = stem(w.toLowerCase());
  const known = WHAT_SYNONYMS[s];
  return known ? { key: known, noun: known } : { key: s, noun: w.toLowerCase() };
};

/** Counted nouns that say only "people": the words around the number say whether they were killed or hurt. */
const PERSONS = new Set(['people', 'person', 'individu']);
/** The casualty a count of people is, read from the words before it: "killed at least 1,419 people", "injuring 30",
 *  "raised the death toll … to 1,941", "the number of injured people to 9,900" (AllSides' Haiti event: three outlets'
 *  tolls, two read as counting "people" and the third as counting nothing, so the 1,941 was never compared). */
const KILLED_BEFORE =
  /\b(?:kill(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+the\s+lives\s+of)\s+(?:(?:another|other|more|a\s+further)\s+)?$/i;
const INJURED_BEFORE = /\b(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing))\s+(?:(?:another|other|more|a\s+further)\s+)?$/i;
const TOLL_BEFORE = /\bdeath\s+toll\b[^.;:,]{0,60}?\b(?:to|of|at|reached|hit|passed|topped)\s*$/i;
const NUMBER_OF_BEFORE =
  /\bnumber\s+of\s+(dead|deaths|killed|injured|wounded|injuries|casualties|victims)\b[^.;:,]{0,50}?\bto\s*$/i;
/** … and from the words after it: "14 people were killed", "30 people died", "five people injured". */
const KILLED_AFTER =
  /^\s*(?:[\p{L}-]+\s+){1,2}(?:(?:were|was|are|have\s+been|had\s+been|been)\s+)?(?:killed|dead|died|perished)\b/iu;
const INJURED_AFTER = /^\s*(?:[\p{L}-]+\s+){1,2}(?:(?:were|was|are|have\s+been|had\s+been|been)\s+)?(?:injured|wounded|hurt)\b/iu;

export function casualty(before: string, after: string, c: Counted | null): Counted | null {
  if (c !== null && !PERSONS.has(c.key)) return c;
  const tail = before.length > 120 ? before.slice(-120) : before;
  const as = (key: string): Counted => ({ key, noun: key });
  if (KILLED_BEFORE.test(tail) || TOLL_BEFORE.test(tail)) return as('deaths');
  if (INJURED_BEFORE.test(tail)) return as('injured');
  const numberOf = NUMBER_OF_BEFORE.exec(tail);
  if (numberOf) return counted(numberOf[1]!);
  if (c === null) return null;
  if (KILLED_AFTER.test(after)) return as('deaths');
  if (INJURED_AFTER.test(after)) return as('injured');
  return c;
}

/** Counted nouns that are people other than "people": what befell them is part of what is counted. */
const PERSON_KEYS = new Set([
  'student',
  'famili',
  'children',
  'women',
  'men',
  'girl',
  'schoolgirl',
  'boi',
  'troops',
  'civilians',
  'residents',
  'doctor',
  'nurs',
  'offic',
  'polic',
  'worker',
  'passeng',
  'migrant',
  'refuge',
  'prison',
  'hostag',
  'protest',
  'journalist',
  'fighter',
  'milit',
  'pilgrim',
  'tourist',
  'miner',
  'sailor',
  'crew',
  'fishermen',
  'inmat',
  'patient',
]);
/** What befell a count of people, as a verb before it ("executed six doctors", "evacuated more than 80 families") or
 *  after it ("Three students were killed", "more than 50 students vanished"): FNC-1's Iguala event set three students
 *  killed against 50 vanished, and 80 families evacuated against 18 rescued, as figures of one count. */
const FATES: [string, string][] = [
  [
    'killed',
    String.raw`kill(?:s|ed|ing)?|dead|died|dies|perish(?:ed)?|execut(?:ed|es|ing)|murder(?:ed|s|ing)|slain|massacr(?:ed|es|ing)`,
  ],
  ['injured', String.raw`injur(?:e|es|ed|ing)|wound(?:s|ed|ing)|hurt`],
  [
    'missing',
    String.raw`missing|vanish(?:ed|es|ing)?|disappear(?:ed|s|ing)?|abduct(?:ed|s|ing)?|kidnapp?(?:ed|s|ing)?|seiz(?:ed|es|ing)|captur(?:ed|es|ing)`,
  ],
  ['arrested', String.raw`arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|jail(?:ed|s|ing)|charg(?:ed|es|ing)|convict(?:ed|s|ing)`],
  ['freed', String.raw`freed|free(?:s|ing)|releas(?:ed|es|ing)|escap(?:ed|es|ing)|swapp(?:ed|ing)`],
  ['displaced', String.raw`evacuat(?:ed|es|ing)|fled|flee(?:s|ing)?|displac(?:ed|es|ing)`],
  ['rescued', String.raw`rescu(?:ed|es|ing)|sav(?:ed|es|ing)`],
];
/** One capture group per fate, in FATES' order (fate() reads which one matched). */
const FATE_GROUPS = `(?:(${FATES.map(([, v]) => v).join(')|(')}))`;
const FATE_BEFORE = new RegExp(String.raw`\b${FATE_GROUPS}\s+(?:(?:another|other|more|a\s+further|${QUALIFIER})\s+)*$`, 'i');
const FATE_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+){1,2}(?:(?:were|was|are|have\s+been|had\s+been|been|who\s+were|who\s+had\s+been|had\s+to|have\s+to)\s+)?${FATE_GROUPS}\b`,
  'iu',
);
export function fate(c: Counted | null, before: string, after: string): Counted | null {
  if (!c || !PERSON_KEYS.has(c.key)) return c;
  const m = FATE_BEFORE.exec(before.length > 60 ? before.slice(-60) : before) ?? FATE_AFTER.exec(after);
  if (!m) return c;
  const which = FATES[m.slice(1).findIndex((x) => x !== undefined)]![0];
  return { key: `${c.key} ${which}`, noun: `${c.noun} ${which}` };
}
