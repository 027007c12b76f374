// The side a party speaks for: a country from capitals, seats of government and demonyms ("Kyiv officials" and
// "Ukraine's military" are one side), else a person's surname or a body's first name; and what names a side.
import { IRREGULAR_DEMONYMS, NOT_DEMONYMS, SIDE_OF } from '../lexicon/index.js';
import { fastWords } from './words.js';

/** The side (country) a party speaks for, from capitals, seats of government and demonyms; else null. */
const SIDE_NAME = new RegExp(`\\b(?:${[...SIDE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`);

export function sideOf(party: string | null): string | null {
  if (!party) return null;
  const m = SIDE_NAME.exec(party.toLowerCase());
  return m ? SIDE_OF.get(m[0])! : nameSide(party);
}

/** A party that is a person or a person's circle, not a state or a body: a first and last name ("Prosecutor Anthony
 *  Evans", "prison spokesman Al Quintero"), kin, counsel or witnesses ("Relatives", "his lawyers"). */
const KIN_OR_COUNSEL =
  /\b(?:relatives|famil(?:y|ies)|brothers?|sisters?|wife|husband|widow|mother|father|sons?|daughters?|lawyers?|attorneys?|prosecutors?|friends?|neighbou?rs?|witness(?:es)?|victims?)\b/i;
const FIRST_LAST = /\b\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+$/u;
export function isPersonParty(party: string): boolean {
  return KIN_OR_COUNSEL.test(party) || FIRST_LAST.test(party.trim());
}

const COUNTRY_SIDES = new Set(SIDE_OF.values());
/** A side on the known list ("russia", "united states"): its leaders speak for it. */
export const isKnownCountry = (side: string): boolean => COUNTRY_SIDES.has(side);

/** A side that is a country: a known one ("russia"), or one read off a demonym ("Ostrian officials" → "ostria"); not a
 *  side read off a name or a word ("Relatives", "Prosecutor Anthony Evans", "the International Maritime Bureau"). */
export function isCountrySide(side: string, party: string | undefined): boolean {
  if (COUNTRY_SIDES.has(side)) return true;
  return !!party && party.split(/[\s,]+/).some((w) => demonymSide(w.replace(/['’]s$/, '').toLowerCase()) === side);
}

/** The country a demonym names ("ostrian" → "ostria", "kenyan" → "kenya", "mexican" → "mexico"); null for other
 *  words, among them the look-alikes that name no country ("republican", "veteran": lexicon/demonyms.ts). */
function demonymSide(f: string): string | null {
  const irregular = IRREGULAR_DEMONYMS.get(f);
  if (irregular) return irregular;
  return f.length > 5 && /(?:ian|an)$/.test(f) && !LOOK_ALIKES.has(f) ? f.slice(0, -1) : null;
}
const LOOK_ALIKES = new Set(NOT_DEMONYMS);

/** Does `text` name the country side `side` anyhow ("Ukrainian forces", "Kyiv", "the Kremlin"; for a country off the
 *  list, its name or demonym: "an Ostrian trawler")? */
export function namesSide(text: string, side: string): boolean {
  for (const m of text.toLowerCase().matchAll(SIDE_NAMES_ALL)) if (SIDE_OF.get(m[0]) === side) return true;
  if (COUNTRY_SIDES.has(side)) return false;
  return fastWords(text).some((w) => {
    const f = w.replace(/['’]s$/, '').toLowerCase();
    return f === side || demonymSide(f) === side;
  });
}
const SIDE_NAMES_ALL = new RegExp(SIDE_NAME.source, 'g');

/** Titles and offices that do not name a side ("President", "Ministry"). */
const OFFICE =
  /^(?:the|a|an|president|prime|minister|foreign|defen[cs]e|ministry|army|armed|general|staff|security|council|secretary|governor|gov|mr|mrs|ms|dr|sen|rep|attorney|speaker|senator|representative|judge|justice|officials?|spokes(?:man|woman|person)|aide|military|regional|local|state|national|interior|office)$/i;

/** Last words of a run of capitalised words that make it a body, not a person ("the Civil Protection Agency", "Fox
 *  News"). */
const BODY_WORD =
  /^(?:agency|authority|bureau|department|ministry|office|service|police|party|council|court|committee|commission|university|college|school|hospital|institute|center|centre|foundation|association|union|group|network|news|times|post|journal|press|media|company|corp|inc|bank|fund|board|house|senate|congress|parliament|administration|army|navy|force|forces|guard|command|church|club|team|watch|organi[sz]ation|society|federation|league|county|city|state|states|republic|kingdom)$/i;
/** A word of a person's name: capitalised and lower-cased after, or an initial ("J."). */
const NAME_PART = /^(?:\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*|\p{Lu}\.)$/u;

/** Who speaks for a body rather than for themself ("Apple spokesman Tom Neumayr" is Apple's word). */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|representatives?|officials?|aides?)\b/i;

/** Family names said first ("Kim Jong Un", "Xi Jinping", "Moon Jae-in"): the name's first word is its surname. */
const FAMILY_FIRST = /^(?:Kim|Xi|Li|Wang|Zhang|Liu|Chen|Park|Moon|Yoon|Hu|Mao|Deng|Jiang|Zhou)$/;

/** The surname of the last person named in a party: a run of two to four name words, with no title or body word in
 *  it or right after it ("Los Angeles Police Chief Charlie Beck" → "beck"; "New York Times" names no one). */
export function personSide(ws: readonly string[]): string | null {
  let found: string | null = null;
  let run = 0;
  const first = (i: number): string => ws[i - run]!.replace(/['’]s$/, '');
  for (let i = 0; i <= ws.length; i++) {
    const w = i < ws.length ? ws[i]!.replace(/['’]s$/, '') : '';
    if (w && NAME_PART.test(w) && !OFFICE.test(w.replace(/\.$/, '')) && !BODY_WORD.test(w)) {
      run++;
      continue;
    }
    const last = ws[i - 1]?.replace(/['’]s$/, '') ?? '';
    if (run >= 2 && run <= 4 && !/\.$/.test(last) && !BODY_WORD.test(w))
      found = (FAMILY_FIRST.test(first(i)) ? first(i) : last).toLowerCase();
    run = 0;
  }
  return found;
}

/** Unknown countries and people: a person's surname ("Donald Trump", "President Donald Trump" and "Trump's lawyer" are
 *  one party with "Trump"; by first names, John Kirby and John Kerry were one, and Donald Trump and Trump two); else
 *  the first name in the party, a demonym folded to its country ("Ostrian officials" → "ostria", "the International
 *  Maritime Bureau" → "international"). */
function nameSide(party: string): string | null {
  const ws = party.split(/[\s,]+/);
  // A spokesman speaks for the body named before him; with none named ("prison spokesman Al Quintero"), for himself.
  const sp = SPEAKS_FOR.exec(party);
  const body =
    !!sp &&
    party
      .slice(0, sp.index)
      .split(/\s+/)
      .some((w) => /^\p{Lu}/u.test(w) && !OFFICE.test(w.replace(/\.$/, '')));
  const person = body ? null : personSide(ws);
  if (person) return person;
  for (const w of ws) {
    // "Mr." and "Sen." with their stop are titles too (BASIL: every "Mr. X" was side "mr.").
    const bare = w.replace(/['’]s$/, '').replace(/\.$/, '');
    if (!/^\p{Lu}/u.test(bare) || OFFICE.test(bare)) continue;
    const f = bare.toLowerCase();
    return demonymSide(f) ?? f;
  }
  return null;
}
