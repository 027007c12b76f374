// Whether two figures given for one counted thing are of one quantity: said of the same subject (the names in their
// sentences, speakers left out) and of the same place (where each is said to hold). numbers.ts compares only those.
import { isStopword } from '../../text/tokens.js';
import type { Item } from './align.js';
import { alternation } from '../lexicon/build.js';
import { MONTHS, WEEKDAYS } from '../lexicon/index.js';

interface Names {
  single: Set<string>;
  full: Set<string>;
  place: Set<string>;
}

/** Names in a sentence (capitalised words that are no function word, months and days left out), without its
 *  speaker's: who gives a figure is not what it is about. `full`: runs of two or more ("Ana Vel"). */
function names(it: Item): Names {
  const speaker = new Set(`${it.claim.party ?? ''} ${it.claim.via ?? ''}`.match(/[\p{L}'’-]+/gu) ?? []);
  // The speaker's place may still be what the figure is about: "Officials in Haiti raised the death toll … to 1,941"
  // against "the earthquake in Haiti killed at least 1,419" (AllSides: the AP's toll was never compared). It matches a
  // name of the other sentence, but is no name of this one's own.
  const place = new Set(
    [...`${it.claim.party ?? ''}`.matchAll(/\b(?:in|of|from)\s+(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu)].map((m) => m[1]!),
  );
  const single = new Set<string>();
  const full = new Set<string>();
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) full.add(run.join(' '));
    run = [];
  };
  for (const raw of it.claim.sentence.match(/[\p{L}'’-]+/gu) ?? []) {
    const w = raw.replace(/['’]s$/, '');
    if (/^\p{Lu}\p{Ll}/u.test(w) && !CALENDAR.test(w) && !isStopword(w.toLowerCase()) && !speaker.has(raw)) {
      single.add(w);
      run.push(w);
    } else flush();
  }
  flush();
  return { single, full, place };
}
const CALENDAR = new RegExp(`^${alternation(WEEKDAYS, MONTHS)}$`);

/** Whether two figures can be of one quantity: not when either is said of an unnamed "he" or "she" (unnamedPerson),
 *  nor when each sentence names someone the other does not ("Tarn striker Ana Vel has scored 12 goals" and "Tarn
 *  striker Ivo Lenz has scored 9"), nor when both name things and share none ("Thomas has 498 rushing yards",
 *  "McAllister has just 317 rushing yards", ECB+ sports reports). The speakers' names are left out: two officials
 *  giving two death tolls is the conflict to show. */
function sameSubject(a: Item, b: Item, namesOf: (it: Item) => Names): boolean {
  if (unnamedPerson(a) || unnamedPerson(b)) return false;
  const x = namesOf(a);
  const y = namesOf(b);
  const own = (p: Set<string>, q: Set<string>): boolean => [...p].some((n) => !q.has(n));
  if (x.full.size && y.full.size && own(x.full, y.full) && own(y.full, x.full)) return false;
  if (x.single.size === 0 || y.single.size === 0) return true;
  for (const n of x.single) if (y.single.has(n) || y.place.has(n)) return true;
  for (const n of y.single) if (x.place.has(n)) return true;
  return false;
}

/** Nouns of a place a count can be scoped to ("in the province", "at the school"). */
const PLACE_NOUN =
  /^(?:province|provinces|region|regions|state|states|country|countries|city|cities|town|towns|village|villages|district|districts|county|counties|area|areas|island|islands|camp|camps|school|schools|hospital|hospitals|building|buildings|house|houses|home|homes|prison|prisons|market|mosque|church|capital|street|neighbou?rhood|world|worldwide|continent|coast)$/i;
const SCOPE_AFTER =
  /^[^,;:.!?]{0,40}?\b(?:in|across|throughout|at|inside|outside|around)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;

/** Where a figure is said to hold, read right after it in its clause: the place names and place nouns of "killed
 *  170,000 people in the province" or "… in Sumatra alone", against "killed about 230,000 people across Asia" (ECB+:
 *  the two tolls of the 2004 tsunami, one of a province and one of a continent, were shown as a conflict). Empty when
 *  the clause names no place after the figure. */
function scopeOf(sentence: string, text: string): Set<string> {
  let at = sentence.indexOf(text);
  // A tokenised capture prints "170, 000" where the figure reads "170,000": find its first digits.
  if (at < 0) at = sentence.search(new RegExp(`\\b${text.match(/\d+/)?.[0] ?? '\\uffff'}\\b`));
  if (at < 0) return new Set();
  const m = SCOPE_AFTER.exec(sentence.slice(at + text.length).replace(/\s+and\s+.*$/s, ''));
  const out = new Set<string>();
  for (const w of m?.[1]!.split(/\s+/) ?? []) {
    const bare = w.replace(/['’]s$/, '');
    if (/^\p{Lu}\p{Ll}/u.test(bare) || PLACE_NOUN.test(bare)) out.add(bare.toLowerCase());
  }
  return out;
}

/** Two figures of one quantity unless each names where it holds and the places differ. */
export function sameScope(a: { text: string; it: Item }, b: { text: string; it: Item }): boolean {
  const x = scopeOf(a.it.claim.sentence, a.text);
  const y = scopeOf(b.it.claim.sentence, b.text);
  if (!x.size || !y.size) return true;
  for (const w of x) if (y.has(w)) return true;
  return false;
}

/** A sentence about "he" or "she" and no one named: the figure's subject is whoever the article named before, which
 *  another outlet's sentence cannot be checked against ("He has 53 catches for 605 yards" in a season against "He
 *  wound up with eight catches" in a game, ECB+). When the pronoun is the speaker ("He said 12 people died"), the
 *  figure is not about them. */
function unnamedPerson(it: Item): boolean {
  const m = /^\W*(He|She)\b/.exec(it.claim.sentence);
  if (!m) return false;
  const at = m[0].length - m[1]!.length;
  const cue = it.claim.cue;
  return !(cue && cue[0] <= at && at < cue[1]);
}

/** sameSubject with each clause's names read once: it is asked for every pair of figures of an event. */
export function subjectCheck(): (a: Item, b: Item) => boolean {
  const named = new Map<Item, Names>();
  const namesOf = (it: Item): Names => {
    let n = named.get(it);
    if (!n) named.set(it, (n = names(it)));
    return n;
  };
  return (a, b) => sameSubject(a, b, namesOf);
}
