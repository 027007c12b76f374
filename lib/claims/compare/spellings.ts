// Whether two names are spellings of one name that split the outlets ("Kiev"/"Kyiv" aside, which CONTESTED_TERMS
// lists): a transliteration ("Zelensky"/"Zelenskiy", "Hassan"/"Hasan"), not two names, a typing slip or house style.
import { stem } from '../../text/tokens.js';

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** A name's consonants, doubled letters once: transliterations of one name differ in their vowels ("Kiev"/"Kyiv" → "kv",
 *  "Zelensky"/"Zelenskiy"), two names in their consonants ("Heller"/"Hemmer", "Smith"/"South", "Joint"/"John", read as
 *  spellings of one name on BASIL). */
const skeleton = (a: string): string => single(a.replace(/[aeiouy]/g, ''));
/** Doubled letters once ("Hassan" → "Hasan"). */
const single = (x: string): string => x.replace(/(.)\1+/g, '$1');

/** Whether two names read as spellings of one (folded, different): the same consonants, the same length once doubled
 *  letters are single ("Hassan"/"Hasan", "Nasser"/"Nasir"), two edits at most, five letters at least ("Jane"/"June";
 *  the short contested spellings, "Kiev"/"Kyiv", are in CONTESTED_TERMS). "George"/"Georgia" and "Dean"/"Diana"
 *  (BASIL) are two names. */
function oneName(a: string, b: string): boolean {
  return (
    Math.min(a.length, b.length) >= 5 &&
    single(a).length === single(b).length &&
    skeleton(a) === skeleton(b) &&
    editDistance(a, b) <= 2
  );
}

/** Two neighbouring letters swapped ("Priebus"/"Preibus", "Bulldogs"/"Bulldgos", BASIL and ECB+): a typing slip of
 *  one outlet, not a spelling that sets its telling apart. */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** British/American spelling ("Defence"/"Defense", "Centre"/"Center", "Technicolour"/"Technicolor") is house style,
 *  not framing. */
const american = (x: string): string =>
  x
    .replace(/re$/, 'er')
    .replace(/our/g, 'or')
    .replace(/(?<=[iy])s(?=e|ing|ation)/g, 'z');
const spellingOnly = (a: string, b: string): boolean =>
  american(a) === american(b) ||
  (a.length === b.length && [...a].every((ch, i) => ch === b[i] || /^(?:sc|cs|sz|zs)$/.test(ch + b[i]!)));

/** Two folded, different names that read as spellings of one and differ by more than a slip, house style or an
 *  inflection: framing (source 2 of framing.ts). */
export function spellingsOfOneName(a: string, b: string): boolean {
  return oneName(a, b) && !spellingOnly(a, b) && !transposed(a, b) && stem(a) !== stem(b);
}
