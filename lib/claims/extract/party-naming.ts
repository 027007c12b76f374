// Who a speaker is, as the article names them: the fuller name given earlier ("Taylor Ward" for a later "Ward"), the
// last named speaker a "he said" refers back to, whom a pronoun speaker is taken for, and whether a medium's one-word
// name is a person's ("Michael Bloomberg").
import type { Claim } from './claim-text.js';
import { escapeRegExp, isStopword } from '../../text/tokens.js';
import { HONORIFIC } from './speaker-phrase.js';
import { pronounReferent, type Referent } from './pronoun-subject.js';
import { QUOTED } from './stance.js';

export const PRONOUN = /^(?:he|she|they|it)$/i;
/** A person named by surname alone, with a title or not ("Ward", "Mr. Trump"), as news style names them after the
 *  first mention. */
const TITLE = String.raw`${HONORIFIC}\.?`;
export const SURNAME_ONLY = new RegExp(String.raw`^(?:${TITLE}\s+)?\p{Lu}[\p{L}'’-]+$`, 'u');
const A_TITLE = new RegExp(`^${TITLE}$`);

/** A first name and the surname end it (a middle initial, "Jr." or a party tag besides): not "which Comey", "the
 *  Obama administration", "Ron Martinelli and Michael Levine" or a clause read as a speaker. Made once per surname
 *  (kept, up to a bound): a Unicode pattern is costly to compile, and the same surnames recur across articles. */
const FULL_NAME = new Map<string, RegExp>();
function fullName(surname: string): RegExp {
  let re = FULL_NAME.get(surname);
  if (re === undefined) {
    if (FULL_NAME.size >= 5_000) FULL_NAME.clear();
    re = new RegExp(
      `\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.\\s+)?${escapeRegExp(surname)}(?:\\s+Jr\\.?)?(?:,?\\s+\\(?[RDI]-[\\p{L}.]+\\)?)?$`,
      'u',
    );
    FULL_NAME.set(surname, re);
  }
  return re;
}

/** The fuller name an earlier claim of the article gave the same person ("CNN meteorologist Taylor Ward" for a later
 *  "added Ward"): the reader sees one party, named as the article first named them. */
export function firstNaming(out: readonly Claim[], party: string, side: string): string | undefined {
  const surname = party.split(/\s+/).pop()!;
  for (const c of out) {
    // The surname must be in it before the regex runs (the regex, tried from every position of every earlier party,
    // was 5% of the collector's time on long FNC-1 bodies), and the regex is only looked up then.
    if (c.side !== side || !c.party || c.party === party || !c.party.includes(surname) || /\sand\s/.test(c.party)) continue;
    const m = fullName(surname).exec(c.party);
    // The word before the surname is a first name: not a title ("Mr Oberholtzer") or a word like "What".
    const first = m?.[0].split(/\s+/)[0];
    if (first && !A_TITLE.test(first) && !isStopword(first.toLowerCase()) && !/^update$/i.test(first)) return c.party;
  }
  return undefined;
}

/** The latest claim with a named (not pronoun) speaker within three sentences before `si`; one whose speaker was
 *  only carried over from a quotation (`carried`) names no one. */
export function lastNamed(out: Claim[], si: number, carried: ReadonlySet<Claim>, person = false): Claim | undefined {
  for (let j = out.length - 1; j >= 0; j--) {
    const c = out[j]!;
    if (si - c.sentenceIndex > 3) return undefined;
    if (c.party && !PRONOUN.test(c.party) && !carried.has(c) && !(person && NOT_A_PERSON.test(c.party))) return c;
  }
  return undefined;
}

/** A party "he" or "she" cannot be: a body, a medium or a group, by its last word, or an acronym alone ("EDP 24
 *  reported. | … ," she told the BBC."; "Administration officials"). */
const NOT_A_PERSON =
  /(?:\d|^(?:[Tt]he\s+)?\p{Lu}{2,}|\b(?:[Nn]ews|[Tt]imes|[Pp]ost|[Aa]gency|[Mm]inistry|[Dd]epartment|[Pp]olice|officials|[Aa]uthorities|reports?|[Mm]edia|newspapers?|television|radio|magazine|website|[Gg]overnment|[Aa]rmy|military|sources|[Aa]dministration|UN))$/u;

/** Whether the article gives a medium's one-word name to a person, a first name before it ("Michael Bloomberg", not
 *  "From CNN" or "Bloomberg News"). */
function mediumIsPerson(text: string, via: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(via)) return false;
  for (const m of text.matchAll(
    new RegExp(
      `\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?${via}\\b(?!\\s+(?:News|L\\.?P\\.?|Businessweek|Television|TV|Radio|Law|Opinion)\\b)`,
      'gu',
    ),
  ))
    if (!isStopword(m[1]!.toLowerCase())) return true;
  return false;
}

/** Whom the pronoun speaker `pronoun` of sentence `si` is taken for (pronoun-subject.ts), noted in `found` by sentence.
 *  Only the text before the pronoun itself counts as its own sentence's: a cue may begin with someone else ("CEO Doug
 *  McMillon called on the governor to veto the bill, which he said …"). */
export function inferPronoun(
  sentence: string,
  cue: [number, number],
  pronoun: string,
  sentences: string[],
  si: number,
  text: string,
  found: Map<number, Referent>,
): string | null {
  const at = [...sentence.slice(0, cue[1]).matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))].pop()?.index ?? cue[0];
  return pronounReferent(found, sentences, si, pronoun, sentence.slice(0, at).replace(QUOTED, ' '), text);
}

/** mediumIsPerson for a medium's name, read once per article and kept in `seen` (it scans the whole text). */
export function personNamed(via: string, text: string, seen: Map<string, boolean>): boolean {
  let isPerson = seen.get(via);
  if (isPerson === undefined) seen.set(via, (isPerson = mediumIsPerson(text, via)));
  return isPerson;
}
