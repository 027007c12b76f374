// Framing: words that set one outlet's telling apart from the others of the same event. Three general sources:
// (1) within a paraphrase class, an outlet whose wording no other outlet uses and which it states as fact while the
// others report a claim (seed: "liberation" against "claimed recapture"); (2) spellings of one name that split the
// outlets ("Kiev" against "Kyiv"); (3) a small list of known contested-term pairs.
import type { FramingTerm } from '../../types.js';
import { fold, stem } from '../../text/tokens.js';
import type { Item } from './align.js';
import { memoByText } from '../extract/memo.js';
import { cachedStem } from '../extract/words.js';
import { CONTESTED_TERMS } from '../lexicon/index.js';
import type { Source } from './status.js';
import { spellingsOfOneName } from './spellings.js';

const MAX_FRAMING = 8;

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function classWording(items: Item[], sources: Source[], names: Map<string, string>): FramingTerm[] {
  const out: FramingTerm[] = [];
  const byClass = new Map<string, Map<string, { forms: string[]; asserted: number; total: number }>>();
  for (const it of items) {
    const key = sources[it.art]!.key;
    for (const [cls, form] of it.prop.forms) {
      const m = byClass.get(cls) ?? new Map();
      const e = m.get(key) ?? { forms: [], asserted: 0, total: 0 };
      e.forms.push(form);
      e.total++;
      if (it.claim.stance === 'asserts') e.asserted++;
      m.set(key, e);
      byClass.set(cls, m);
    }
  }
  for (const [cls, perOutlet] of byClass) {
    if (perOutlet.size < 2) continue;
    for (const [key, e] of perOutlet) {
      const others = [...perOutlet].filter(([k]) => k !== key);
      // The outlet's usual word for the event is one no other outlet uses ("liberation" in seed 000 only).
      const head = (f: string): string => cachedStem(f.split(' ')[0]!);
      const usual = head(mostCommon(e.forms.map(head)));
      const theirs = others.flatMap(([, o]) => o.forms);
      if (theirs.some((f) => head(f) === usual)) continue;
      const otherAsserted = others.reduce((n, [, o]) => n + o.asserted, 0) / (theirs.length || 1);
      // Framing, not mere wording: this outlet states the event as fact clearly more often than the others, who mostly
      // report it as a claim (seed 000 narrates "liberation" itself in about half its uses; the others attribute).
      const own = e.asserted / e.total;
      if (own < 0.3 || own < otherAsserted + 0.25) continue;
      out.push({
        term: mostCommon(e.forms.filter((f) => head(f) === usual)),
        outlets: [names.get(key)!],
        versus: `claimed ${cls}`,
        versusOutlets: others.map(([k]) => names.get(k)!),
      });
    }
  }
  return out;
}

/** Sentences whose only non-ASCII characters are typographic punctuation (most English news) are read with ASCII
 *  classes: the Unicode-class scan was a fifth of analyzeEvent's time in bench:claims. Same words either way. */
const PLAIN = /^[\x00-\x7f“”‘’–—…\u00a0]*$/;
const ASCII_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const ASCII_NAME = /^[A-Z][a-z]{3,}$/;
const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
const NAME = /^\p{Lu}\p{Ll}{3,}$/u;

/** A sentence's words (folded, possessive dropped), its capitalised non-initial words (names) and its words in lower
 *  case, in reading order; read once per sentence (memo.ts): an event's articles come back page after page.
 *  `match` (strings only) rather than an exec loop: no match object per word. */
const sentenceWords = memoByText((sentence: string): { w: string[]; n: string[]; lower: string[] } => {
  const w: string[] = [];
  const n: string[] = [];
  const lower: string[] = [];
  const plain = PLAIN.test(sentence);
  const tokens = sentence.match(plain ? ASCII_WORD : WORD);
  if (!tokens) return { w, n, lower };
  const name = plain ? ASCII_NAME : NAME;
  // Only the first token can start the sentence (a word at index 0 is its capitalised opener, not a name).
  const opener = plain ? /^[A-Za-z]/.test(sentence) : /^\p{L}/u.test(sentence);
  for (let k = 0; k < tokens.length; k++) {
    let word = tokens[k]!;
    const last = word.length - 2;
    if (last > 0 && (word[last] === "'" || word[last] === '’') && word[last + 1] === 's') word = word.slice(0, last);
    const low = word.toLowerCase();
    w.push(plain ? (word.includes('’') ? low.replace('’', "'") : low) : /^[\x00-\x7f]*$/.test(word) ? low : fold(word));
    // A word in lower case is no name: the name pattern is tried on the others only.
    if (word[0] !== word[0]!.toUpperCase()) lower.push(low);
    else if ((k > 0 || !opener) && name.test(word)) n.push(word);
  }
  return { w, n, lower };
});

type SentenceWords = ReturnType<typeof sentenceWords>;

/** Per outlet key, the capitalised words it uses (names), in the order the outlets first appear; and each sentence of
 *  the items once, with its outlet key. */
function vocabulary(items: Item[], sources: Source[]): { names: Map<string, Set<string>>; read: [string, SentenceWords][] } {
  const names = new Map<string, Set<string>>();
  const read: [string, SentenceWords][] = [];
  // The sentences read so far, by article: numbers, no key string per item.
  const seen = new Map<number, Set<number>>();
  for (const it of items) {
    const key = sources[it.art]!.key;
    const inArticle = seen.get(it.art) ?? new Set<number>();
    if (inArticle.has(it.claim.sentenceIndex)) continue;
    seen.set(it.art, inArticle.add(it.claim.sentenceIndex));
    const n = names.get(key) ?? new Set();
    const words = sentenceWords(it.claim.sentence);
    for (const x of words.n) n.add(x);
    read.push([key, words]);
    names.set(key, n);
  }
  return { names, read };
}

/** For the words `asked` only (a pair's terms are all framing compares): the outlet keys that use each (folded), and
 *  those some outlet writes in lower case (common words: "What", "White", "Iron" capitalised in a headline or a name
 *  are no spelling of a name). Collecting every word of every outlet into sets was most of framing's cost. */
function usage(read: [string, SentenceWords][], asked: Set<string>): { usedBy: Map<string, Set<string>>; lower: Set<string> } {
  const usedBy = new Map<string, Set<string>>();
  const lower = new Set<string>();
  for (const [key, words] of read) {
    for (const x of words.w) if (asked.has(x)) usedBy.set(x, (usedBy.get(x) ?? new Set()).add(key));
    for (const x of words.lower) if (asked.has(x)) lower.add(x);
  }
  return { usedBy, lower };
}

/** Pairs of names that may be two spellings of one name: the same initial, lengths within two, used by outlets apart,
 *  neither the other with an ending ("Korea"/"Korean" is one name in two grammatical forms), folded. */
function namePairs(caps: Map<string, Set<string>>): { pairs: [string, string][]; allNames: string[] } {
  const allNames = [...new Set([...caps.values()].flatMap((s) => [...s]))];
  // Only names some outlets use and others do not can split them; compare those (cheap tests first).
  const outletCount = caps.size;
  const usedBy = new Map(allNames.map((n) => [n, [...caps].filter(([, s]) => s.has(n)).map(([k]) => k)]));
  const partial = allNames.filter((n) => usedBy.get(n)!.length < outletCount);
  // Only names with the same initial are compared: positions bucketed by initial, each pair still in reading order.
  const byInitial = new Map<string, number[]>();
  partial.forEach((x, i) => {
    const list = byInitial.get(x[0]!);
    if (list) list.push(i);
    else byInitial.set(x[0]!, [i]);
  });
  const pairs: [string, string][] = [];
  for (let i = 0; i < partial.length; i++)
    for (const j of byInitial.get(partial[i]![0]!)!) {
      if (j <= i) continue;
      const [x, y] = [partial[i]!, partial[j]!];
      if (Math.abs(x.length - y.length) > 2 || usedBy.get(x)!.some((k) => usedBy.get(y)!.includes(k))) continue;
      const [a, b] = [fold(x), fold(y)];
      if (!a.startsWith(b) && !b.startsWith(a)) pairs.push([a, b]);
    }
  return { pairs, allNames };
}

/** `disputed`: the items of disputed groups, where an outlet's own wording for the contested event is framing. */
export function framingTerms(items: Item[], sources: Source[], disputed: Set<Item>): FramingTerm[] {
  const names = new Map(sources.map((s) => [s.key, s.outlet]));
  const out = classWording(
    items.filter((i) => disputed.has(i)),
    sources,
    names,
  );
  const { names: caps, read } = vocabulary(items, sources);
  const { pairs: candidates, allNames } = namePairs(caps);
  const { usedBy, lower } = usage(read, new Set([...CONTESTED_TERMS, ...candidates].flat()));
  const pairs: [string, string][] = [...CONTESTED_TERMS];
  for (const [a, b] of candidates) if (a !== b && !lower.has(a) && !lower.has(b) && spellingsOfOneName(a, b)) pairs.push([a, b]);
  const outlets = [...caps.keys()];
  const splitBy = (term: string): string[] => outlets.filter((k) => usedBy.get(term)?.has(k));
  for (const [a, b] of pairs) {
    const A = splitBy(a);
    const B = splitBy(b);
    if (!A.length || !B.length || A.some((k) => B.includes(k))) continue;
    const [term, tOut, vs, vOut] = A.length <= B.length ? [a, A, b, B] : [b, B, a, A];
    if (out.some((f) => stem(fold(f.term)) === stem(term))) continue; // "liberated" repeats "liberation"
    const cased = (t: string): string => allNames.find((n) => fold(n) === t) ?? t;
    out.push({
      term: cased(term),
      outlets: tOut.map((k) => names.get(k)!),
      versus: cased(vs),
      versusOutlets: vOut.map((k) => names.get(k)!),
    });
  }
  return out.slice(0, MAX_FRAMING);
}
