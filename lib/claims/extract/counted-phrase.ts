// What a figure counts, read from the words around it: the noun after it ("13 Russian assaults"), the noun a sum of
// money is for ("payments of around $800"), a total or a window of a whole ("a combined 157 games", "his first 17
// passes"), and games missed, won or lost. counted.ts folds what is read to one key.
import { stem } from '../../text/tokens.js';
import { casualty, counted, fate, QUALIFIER, WHAT_SYNONYMS, type Counted } from './counted.js';

const NOT_WHAT =
  /^(?:and|or|of|in|on|at|as|over|to|from|for|with|by|the|a|an|more|than|per|each|who|which|that|were|was|are|is|had|have|has)$/i;
const WORD_RUN = /[\p{L}'’-]+/gu;
/** What the number counts: the next noun after at most three modifiers ("13 Russian assaults" → attacks). */
function countedAfter(rest: string): Counted | null {
  // "at least nine were children", "16 of them were militants": the noun after the copula is what is counted
  // (AllSides' Gaza event read that outlet's nine as nothing and its "three children" of one family as the count).
  const copula = /^\s*(?:of them\s+)?(?:were|are)\s+(\p{Ll}+)/u.exec(rest);
  if (copula) return counted(copula[1]!);
  // "three other automatic rifles", "55 others", "30 more": a remainder, not the whole of anything (ECB+: the "three
  // other rifles" beside seven AK-47s set against another outlet's nine rifles).
  if (REMAINDER.test(rest)) return null;
  // The first five words of its phrase only (up to a comma, a dash or a bracket: "357 Magnum and opened fire, killing
  // two" counts no deaths), without splitting the rest of the sentence (this runs for every number of every claim).
  const phrase = PHRASE_END.exec(rest);
  const within = phrase ? rest.slice(0, phrase.index) : rest;
  const ws: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(within); m && ws.length < 5; m = WORD_RUN.exec(within)) ws.push(m[0]);
  // A known counted noun within reach wins over a modifier ("76 Shahed and decoy drones" → drones); "and" is crossed
  // only after names: "10 persons and wounding 70" counts persons, not the wounded.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^(?:and|or)$/i.test(w)) {
      if (ws.slice(0, i).every((x) => /^\p{Lu}/u.test(x))) continue;
      break;
    }
    if (NOT_WHAT.test(w)) break;
    if (modifies(w, ws[i + 1])) continue;
    const known = WHAT_SYNONYMS[stem(w.toLowerCase())];
    if (known) return { key: known, noun: known };
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^(?:and|or)$/i.test(w)) continue; // "76 Shahed and decoy drones"
    if (NOT_WHAT.test(w)) return null;
    if (/^\p{Lu}/u.test(w)) continue; // demonyms and names: "North Korean troops", "Shahed drones"
    // "nine voting to put him to death", "three voting for life": a verb, not what is counted (ECB+).
    if (/^\p{Ll}+ing$/u.test(w)) return null;
    if (/^\p{Ll}+ly$/u.test(w)) continue;
    // Modifiers before the head noun: "government and private buildings", "government office buildings" (ECB+: read
    // as counting "government", hundreds set against 42). The head keeps its nearest modifier, below.
    if (
      /^\p{Ll}+$/u.test(w) &&
      !/s$/.test(w) &&
      (/^(?:and|or)$/i.test(ws[i + 1] ?? '') || (/^\p{Ll}+$/u.test(ws[i + 1] ?? '') && modifies(ws[i + 1]!, ws[i + 2])))
    )
      continue;
    if (modifies(w, ws[i + 1])) {
      // A noun before the counted noun names a kind of it: "13 home runs" are not "105 runs", "3 pirate ships" not
      // "26 pirates" (ECB+); both words are kept.
      const head = counted(ws[i + 1]!);
      return { key: `${stem(w.toLowerCase())} ${head.key}`, noun: `${w.toLowerCase()} ${ws[i + 1]!.toLowerCase()}` };
    }
    return counted(w);
  }
  return null;
}

const REMAINDER = /^\s*(?:other|others|more|additional|another)\b/i;
/** Where a counted phrase ends. */
const PHRASE_END = /[,;:.!?()"“”—–]|\s-\s/;
/** A lower-case word before a plural noun describes it: "three undersea cables", "nine assault rifles", "3 pirate
 *  ships" (ECB+ read these as counting "undersea", attacks and pirates). */
function modifies(w: string, next: string | undefined): boolean {
  return !!next && /^\p{Ll}{3,}s$/u.test(next) && /^\p{Ll}/u.test(w) && !NOT_WHAT.test(next) && !/ss$/.test(next);
}

/** What a sum of money is for: the noun before "of" ("payments of around $800"). */
export function countedBefore(before: string): Counted | null {
  // The last 80 characters from a word start: the pattern is anchored at the end, so scanning the whole prefix is waste.
  const tail = before.length > 80 ? before.slice(-80).replace(/^\S*\s/, '') : before;
  const m = /([a-z]+)\s+(?:of|worth|totall?ing)\s*$/i.exec(tail.trimEnd());
  return m ? { key: stem(m[1]!.toLowerCase()), noun: m[1]!.toLowerCase() } : null;
}

/** A window counted in order ("his first 17 passes", "the final two games") is part of a whole another outlet may
 *  count (ECB+: "missed the final two games" against "missed four games earlier this season"). */
export const inWindow = (text: string, at: number): boolean =>
  /\b(?:first|last|final|next|past|previous|opening)\s+$/i.test(text.slice(Math.max(0, at - 12), at)) ||
  // A burst within the whole: "at least 10 gunshots — a cluster of six, followed by four" (FNC-1: set against 10).
  /\b(?:cluster|series|volley|burst|salvo|string|flurry)\s+of\s+$/i.test(text.slice(Math.max(0, at - 16), at));
const RECORD_BEFORE = new RegExp(String.raw`\brecord\s+(?:of|was|stood\s+at|had\s+been)\s+(?:(?:${QUALIFIER})\s+)?$`, 'i');
/** What the number at `at` counts, keyed apart when it is a total over several things ("a combined 157 games with the
 *  Angels and Braves", "14 goals in all"), which is compared only with other totals: ECB+ set it against "54 games
 *  with the Angels". */
export function totalled(c: Counted | null, text: string, at: number, after: string): Counted | null {
  // A record's figure is the old mark, not the new total: "broke Rodney Buford's school scoring record of 2,116 points"
  // against "became the all-time scoring leader with 2,117 points" (ECB+) count different things.
  if (c && RECORD_BEFORE.test(text.slice(Math.max(0, at - 40), at)))
    return { key: `record ${c.key}`, noun: `${c.noun} (record)` };
  const total =
    /\b(?:combined|total(?:\s+of)?|overall|cumulative|career)\s+$/i.test(text.slice(Math.max(0, at - 24), at)) ||
    /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:in all|in total|combined)\b/iu.test(after);
  return c && total ? { key: `total ${c.key}`, noun: `${c.noun} in all` } : c;
}

/** A count of games or matches is of those played unless the verb before it says missed, won or lost: "missed four
 *  games" is no other figure for "played in 10 games" (ECB+). Other counts ("lost 4,500 troops") keep their key. */
const ACTIVITY_BEFORE = new RegExp(
  String.raw`\b(?:(missed|missing|misses|sat\s+out|sitting\s+out|skipped)|(won|wins|winning)|(lost|loses|losing))\s+(?:(?:${QUALIFIER})\s+)?$`,
  'i',
);
const ACTIVITY = ['missed', 'won', 'lost'];
const GAMES = /^(?:game|match|start|race|contest|bout|fight|tournament|seri)$/;
function activity(c: Counted | null, before: string): Counted | null {
  if (!c || !GAMES.test(c.key)) return c;
  const m = ACTIVITY_BEFORE.exec(before.length > 40 ? before.slice(-40) : before);
  if (!m) return c;
  const which = ACTIVITY[[m[1], m[2], m[3]].findIndex((x) => x !== undefined)]!;
  return { key: `${which} ${c.key}`, noun: `${c.noun} ${which}` };
}

/** What a number with no unit counts, read from the words before and after it: its noun, named by the casualty, the fate
 *  and the activity around it. */
export function countedAround(before: string, after: string): Counted | null {
  return activity(fate(casualty(before, after, countedAfter(after)), before, after), before);
}
