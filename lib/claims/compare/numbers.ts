// Numeric conflicts: within one aligned group, the same counted thing ("troops", "casualties") given different values
// by different outlets, with no value in common between them.
import type { NumberConflict, NumberValue } from '../../types.js';
import { isStopword } from '../../text/tokens.js';
import type { Item } from './align.js';
import { shortQuote } from '../extract/claim-text.js';
import { mostCommon, type Source } from './status.js';
import { alternation } from '../lexicon/build.js';
import { MONTHS, WEEKDAYS } from '../lexicon/index.js';

const MAX_CONFLICTS = 6;
/** Values further apart than this are different quantities, not one quantity disputed (FNC-1: "400 followers"
 *  against "50 million followers" of the same guru). */
const MAX_RATIO = 10;

/** The range a printed figure allows: "more than 3,400" and "nearly 4,000" do not conflict (FNC-1 Ebola reports). */
function range(text: string, value: number): [number, number] {
  const t = text.toLowerCase();
  if (/^(?:dozens?|hundreds|thousands)$/.test(t)) return [value / 2, value * 5];
  if (/^(?:more than|over|at least)\b/.test(t)) return [value, Infinity];
  if (/^(?:up to|fewer than|less than|under)\b/.test(t)) return [0, value];
  if (/^(?:around|about|nearly|almost|some|roughly|approximately)\b/.test(t)) return [value * 0.85, value * 1.15];
  return [value, value];
}

function clash(a: { value: number; text: string }, b: { value: number; text: string }): boolean {
  const [a0, a1] = range(a.text, a.value);
  const [b0, b1] = range(b.text, b.value);
  const ratio = Math.max(a.value, b.value) / Math.max(1e-9, Math.min(a.value, b.value));
  return (a1 < b0 || b1 < a0) && ratio <= MAX_RATIO;
}

/** Names in a sentence (capitalised words that are no function word, months and days left out), without its
 *  speaker's: who gives a figure is not what it is about. `full`: runs of two or more ("Ana Vel"). */
function names(it: Item): { single: Set<string>; full: Set<string>; place: Set<string> } {
  const speaker = new Set(`${it.claim.party ?? ''} ${it.claim.via ?? ''}`.match(/[\p{L}'’-]+/gu) ?? []);
  // The speaker's place may still be what the figure is about: "Officials in Haiti raised the death toll … to 1,941"
  // against "the earthquake in Haiti killed at least 1,419" (AllSides: the AP's toll was never compared). It matches a
  // name of the other sentence, but is no name of this one's own.
  const place = new Set([...`${it.claim.party ?? ''}`.matchAll(/\b(?:in|of|from)\s+(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu)].map((m) => m[1]!));
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
function sameSubject(a: Item, b: Item, namesOf: (it: Item) => ReturnType<typeof names>): boolean {
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
const PLACE_NOUN = /^(?:province|provinces|region|regions|state|states|country|countries|city|cities|town|towns|village|villages|district|districts|county|counties|area|areas|island|islands|camp|camps|school|schools|hospital|hospitals|building|buildings|house|houses|home|homes|prison|prisons|market|mosque|church|capital|street|neighbou?rhood|world|worldwide|continent|coast)$/i;
const SCOPE_AFTER = /^[^,;:.!?]{0,40}?\b(?:in|across|throughout|at|inside|outside|around)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;

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
function sameScope(a: { text: string; it: Item }, b: { text: string; it: Item }): boolean {
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

/** `groups`: each aligned group's items, with the id of the claim the report lists it as ('' when not listed). */
// eslint-disable-next-line max-lines-per-function -- figures grouped by what they count, then compared; to split (issue 20)
export function numberConflicts(groups: { items: Item[]; id: string }[], sources: Source[]): NumberConflict[] {
  const out: NumberConflict[] = [];
  // Each clause's names, read once: sameSubject is asked for every pair of figures.
  const named = new Map<Item, ReturnType<typeof names>>();
  const namesOf = (it: Item): ReturnType<typeof names> => {
    let n = named.get(it);
    if (!n) named.set(it, (n = names(it)));
    return n;
  };
  // Every figure each outlet gives anywhere in the event, per counted thing: an outlet that prints both figures
  // reports two quantities, even when alignment put them in one group (BASIL's Mattis event: "2,000 troops" from
  // Syria and "7,000" from Afghanistan, printed by both the Times and Fox, read as a conflict between them).
  const said = new Map<string, Set<number>>();
  for (const it of groups.flatMap((g) => g.items)) {
    for (const q of it.claim.quantities ?? []) {
      if (!q.what) continue;
      const k = `${sources[it.art]!.key}|${q.what}|${q.unit ?? ''}`;
      said.set(k, (said.get(k) ?? new Set()).add(q.value));
    }
  }
  for (const { items, id } of groups) {
    const byWhat = new Map<string, { value: number; text: string; unit: string | null; noun: string; it: Item }[]>();
    for (const it of items) {
      const qs = (it.claim.quantities ?? []).filter((q) => q.what);
      for (const q of qs) {
        // A clause that gives two figures of one thing counts parts of it ("landing 178 of 369 punches", "nine in
        // favour and three voting for life", ECB+): neither is the clause's figure for the whole.
        if (qs.some((o) => o.what === q.what && o.unit === q.unit && o.value !== q.value)) continue;
        const k = `${q.what}|${q.unit ?? ''}`;
        byWhat.set(k, [...(byWhat.get(k) ?? []), { value: q.value, text: q.text, unit: q.unit, noun: q.noun ?? q.what!, it }]);
      }
    }
    for (const [k, vals] of byWhat) {
      const perOutlet = new Map<string, { value: number; text: string; it: Item }[]>();
      for (const v of vals) {
        const key = sources[v.it.art]!.key;
        perOutlet.set(key, [...(perOutlet.get(key) ?? []), v]);
      }
      if (perOutlet.size < 2) continue;
      const sets = [...perOutlet.values()];
      const outlets = [...perOutlet.keys()];
      // A conflict needs two outlets none of whose figures for it can both be true ("12,000" against "6,000").
      // Two figures one outlet gives side by side are two quantities ("seven of the 28 girls"), not a conflict.
      const together = (x: number, y: number): boolean =>
        outlets.some((o) => {
          const all = said.get(`${o}|${k}`);
          return !!all && all.has(x) && all.has(y);
        });
      const opposed = (a: typeof sets[number], b: typeof sets[number]): boolean =>
        a.every((x) => b.every((y) => clash(x, y) && !together(x.value, y.value) && sameSubject(x.it, y.it, namesOf) && sameScope(x, y)));
      const inConflict = new Set<string>();
      sets.forEach((a, i) => sets.forEach((b, j) => {
        if (i < j && opposed(a, b)) inConflict.add(outlets[i]!).add(outlets[j]!);
      }));
      if (inConflict.size === 0) continue;
      // The figures shown are those of the outlets in conflict, and of the others only where they agree with one of
      // those on a figure: a figure about another thing grouped alongside (an earlier quake's toll told as background,
      // ECB+) is not a side of the conflict.
      const sides = vals.filter((v) => inConflict.has(sources[v.it.art]!.key));
      const shown = vals.filter((v) => inConflict.has(sources[v.it.art]!.key)
        || sides.some((w) => w.value === v.value && sameSubject(v.it, w.it, namesOf)));
      const seen = new Set<string>();
      const distinct = shown.filter((v) => {
        const key = `${sources[v.it.art]!.key}|${v.value}`;
        return !seen.has(key) && seen.add(key);
      });
      // Every figure in conflict is shown before any is shown twice: six outlets agreeing on 170,000 deaths had hidden
      // the one figure they were in conflict with (ECB+).
      const rank = new Map<number, number>();
      const byFigure = distinct.map((v, i) => {
        const r = rank.get(v.value) ?? 0;
        rank.set(v.value, r + 1);
        return { v, r, i };
      });
      const conflict: NumberConflict = {
        // The word most values use: "cables" over "cable" for three outlets against one (shown is never empty).
        what: mostCommon(shown.map((v) => v.noun))!,
        unit: vals[0]!.unit,
        values: byFigure
          .sort((a, b) => a.r - b.r || a.i - b.i)
          .slice(0, 6)
          .sort((a, b) => a.i - b.i)
          .map(({ v }) => {
            const s = sources[v.it.art]!;
            const nv: NumberValue = { value: v.value, text: v.text, outlet: s.outlet, articleId: s.articleId, quote: shortQuote(v.it.claim.sentence) };
            if (v.it.art === 0) nv.sentenceInArticle = v.it.claim.sentence;
            return nv;
          }),
      };
      if (id) conflict.claimId = id;
      out.push(conflict);
      if (out.length >= MAX_CONFLICTS) return out;
    }
  }
  return out;
}
