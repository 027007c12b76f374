// Framing: words that set one outlet's telling apart from the others of the same event. Three general sources:
// (1) within a paraphrase class, an outlet whose wording no other outlet uses and which it states as fact while the
// others report a claim (seed: "liberation" against "claimed recapture"); (2) spellings of one name that split the
// outlets ("Kiev" against "Kyiv"); (3) a small list of known contested-term pairs.
import type { FramingTerm } from '../types.js';
import { fold, stem } from '../text/tokens.js';
import type { Item } from './align.js';
import { CONTESTED_TERMS } from './lexicon.js';
import type { Source } from './status.js';

const MAX_FRAMING = 8;

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** British/American spelling ("Defence"/"Defense") is house style, not framing. */
const spellingOnly = (a: string, b: string): boolean =>
  a.length === b.length && [...a].every((ch, i) => ch === b[i] || /^(?:sc|cs|sz|zs)$/.test(ch + b[i]!));

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
      const head = (f: string): string => stem(f.split(' ')[0]!);
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

/** Per outlet key, the set of words it uses (folded), and the capitalised ones (names). */
function vocabulary(items: Item[], sources: Source[]): { words: Map<string, Set<string>>; names: Map<string, Set<string>> } {
  const words = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const it of items) {
    const key = sources[it.art]!.key;
    const id = `${it.art}:${it.claim.sentenceIndex}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const w = words.get(key) ?? new Set();
    const n = names.get(key) ?? new Set();
    for (const m of it.claim.sentence.matchAll(/[\p{L}]+(?:['’][\p{L}]+)?/gu)) {
      const word = m[0].replace(/['’]s$/, '');
      w.add(/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word));
      if (m.index > 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(word)) n.add(word);
    }
    words.set(key, w);
    names.set(key, n);
  }
  return { words, names };
}

function splitBy(term: string, vocab: Map<string, Set<string>>): string[] {
  return [...vocab].filter(([, s]) => s.has(term)).map(([k]) => k);
}

/** `disputed`: the items of disputed groups, where an outlet's own wording for the contested event is framing. */
export function framingTerms(items: Item[], sources: Source[], disputed: Set<Item>): FramingTerm[] {
  const names = new Map(sources.map((s) => [s.key, s.outlet]));
  const out = classWording(items.filter((i) => disputed.has(i)), sources, names);
  const { words, names: caps } = vocabulary(items, sources);
  const pairs: [string, string][] = [...CONTESTED_TERMS];
  const allNames = [...new Set([...caps.values()].flatMap((s) => [...s]))];
  // Only names some outlets use and others do not can split them; compare those (cheap tests first).
  const outletCount = caps.size;
  const usedBy = new Map(allNames.map((n) => [n, [...caps].filter(([, s]) => s.has(n)).map(([k]) => k)]));
  const partial = allNames.filter((n) => usedBy.get(n)!.length < outletCount);
  for (let i = 0; i < partial.length; i++)
    for (let j = i + 1; j < partial.length; j++) {
      const [x, y] = [partial[i]!, partial[j]!];
      if (x[0] !== y[0] || Math.abs(x.length - y.length) > 2 || usedBy.get(x)!.some((k) => usedBy.get(y)!.includes(k))) continue;
      const [a, b] = [fold(x), fold(y)];
      // "Korea"/"Korean" is one name in two grammatical forms, not two spellings.
      if (a.startsWith(b) || b.startsWith(a)) continue;
      if (a !== b && editDistance(a, b) <= 2 && !spellingOnly(a, b) && stem(a) !== stem(b)) pairs.push([a, b]);
    }
  for (const [a, b] of pairs) {
    const A = splitBy(a, words);
    const B = splitBy(b, words);
    if (!A.length || !B.length || A.some((k) => B.includes(k))) continue;
    const [term, tOut, vs, vOut] = A.length <= B.length ? [a, A, b, B] : [b, B, a, A];
    if (out.some((f) => stem(fold(f.term)) === stem(term))) continue; // "liberated" repeats "liberation"
    const cased = (t: string): string => allNames.find((n) => fold(n) === t) ?? t;
    out.push({ term: cased(term), outlets: tOut.map((k) => names.get(k)!), versus: cased(vs), versusOutlets: vOut.map((k) => names.get(k)!) });
  }
  return out.slice(0, MAX_FRAMING);
}
