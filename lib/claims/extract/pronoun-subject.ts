// Who a "he" or "she" with no speaker before it is: the person the sentence before is about, when that sentence opens
// with one person's name and nothing in reach names another. "Pelosi did not agree with Ryan's assessment in a Monday
// interview. | "He didn't even carry his district …," she said." is Pelosi's; "Mr. Christie … | He joked about …" is
// Christie's. Without gender or coreference the rule stays narrow: a title that tells the gender must agree, the
// sentence before must not give the pronoun someone else to refer to ("asked her if she could …"), and the pronoun's own
// sentence must name no one before it (a reader's wrong name is worse than none).
import { escapeRegExp, isStopword } from '../../text/tokens.js';
import { personSide } from './attribution.js';
import { HONORIFIC } from './speaker-phrase.js';

/** Titles before a person's name; the first two groups tell the gender. */
const HE_TITLE = /^(?:Mr|King|Prince|Pope|Sir|Lord|Father)\.?$/;
const SHE_TITLE = /^(?:Mrs|Ms|Miss|Queen|Princess|Lady|Dame)\.?$/;
const TITLE = new RegExp(
  String.raw`^(?:${HONORIFIC}|Adm|Det|Rev|President|Senator|Governor|Judge|Justice|Secretary|Chancellor|Commissioner|Speaker|Mayor|Pope|King|Queen|Prince|Princess|Sir|Lady|Dame|Lord|Father)\.?$`,
);
/** A word of a name: capitalised, not all capitals (a dateline: "WEST PALM BEACH, Fla. —"). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** What may follow the name at the head of the sentence: a comma (an appositive), a possessive, or a lower-case word (a
 *  verb: "Pelosi did not agree", "Obama went on"). */
const AFTER_NAME = /^(?:,|['’]s\b|\s+\p{Ll})/u;
/** The pronoun has someone else to refer to: an object "him" or "her" in the sentence before ("asked her if she could
 *  comment"), or that person's "his"/"her" told apart by a verb after it. */
const OTHER = { he: /\bhim\b/i, she: /\bher\s+(?:if|to|that|about|for|with|whether|and|or)\b|\bher\s*[,.;]/i };

/** A person's name (with any titles) at the head of `sentence`, and where in the trimmed sentence it ends. */
function headName(sentence: string): { name: string; titles: string[]; words: string[]; end: number } | null {
  const text = sentence.trim();
  const toks = text.split(/\s+/);
  const titles: string[] = [];
  let i = 0;
  while (i < toks.length && TITLE.test(toks[i]!)) titles.push(toks[i++]!);
  const words: string[] = [];
  while (i < toks.length && words.length < 3) {
    const w = toks[i]!.replace(/(?:['’]s)?,?$/, '');
    if (!NAME_WORD.test(w)) break;
    words.push(w);
    i++;
    if (w !== toks[i - 1]) break;
  }
  if (!words.length || words.some((w) => isStopword(w.toLowerCase()))) return null;
  const name = [...titles, ...words].join(' ');
  const end = text.indexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
  return AFTER_NAME.test(text.slice(end)) ? { name, titles, words, end } : null;
}

/** Whom a "he" or "she" of sentence `si` was taken for. */
export interface Referent {
  pronoun: string;
  person: string;
}

/** The person `pronoun` in sentence `si` refers to: whom the sentence before opens with (pronounSubject), or whom the
 *  same pronoun opening the sentence before was taken for (sameAsBefore); noted in `found` by sentence. `before` is
 *  the pronoun's sentence up to the pronoun, outside quotations: when it names someone ("CEO Doug McMillon called on
 *  the governor …, which he said …"), the pronoun may be theirs, and no one is taken. */
export function pronounReferent(
  found: Map<number, Referent>,
  sentences: readonly string[],
  si: number,
  pronoun: string,
  before: string,
  text: string,
): string | null {
  const p = pronoun.toLowerCase();
  if ((p !== 'he' && p !== 'she') || si === 0 || namesSomeone(before)) return null;
  const person = pronounSubject(sentences, si, p, text) ?? sameAsBefore(found, sentences, si, p);
  if (person) found.set(si, { pronoun: p, person });
  return person;
}

/** The person `p` refers to by the rule above, as the article names them in full when it does ("Pelosi" → "Nancy
 *  Pelosi"). */
function pronounSubject(sentences: readonly string[], si: number, p: 'he' | 'she', text: string): string | null {
  const prev = sentences[si - 1]!;
  // A quotation's subject is not who speaks it ("“Tiger Woods wasn't happy.” | …, he said, …").
  if (/^\s*["“”'‘]/.test(prev) || OTHER[p].test(prev)) return null;
  const head = headName(prev);
  if (!head || OPENER.test(head.words[0]!)) return null;
  // The sentence's own pronouns tell the person's gender when they are all of one ("Tan even called in sick to her work.
  // | He said …": he is someone else), and another person named after the head is someone else it could be ("Breitbart
  // Texas spoke with one of the judges, Dr. Taher El-badawi. | He said …").
  const his = /\b(?:he|him|his|himself)\b/i.test(prev);
  const hers = /\b(?:she|her|hers|herself)\b/i.test(prev);
  if ((p === 'he' && hers && !his) || (p === 'she' && his && !hers)) return null;
  if (namesAnother(prev.trim().slice(head.end))) return null;
  const title = head.titles[head.titles.length - 1];
  if (title && ((p === 'he' && SHE_TITLE.test(title)) || (p === 'she' && HE_TITLE.test(title)))) return null;
  // A person: a title before the name, a first and last name, or a surname the article names in full elsewhere.
  if (head.words.length >= 2) return personSide(head.words) ? head.name : null;
  const full = fullNaming(head.words[0]!, text);
  if (full) return full;
  return head.titles.length ? head.name : null;
}

/** The article's first naming of a surname with a first name before it ("Nancy Pelosi" for "Pelosi", "Donald John Trump"
 *  whole, not "John Trump"), if a person's. */
function fullNaming(surname: string, text: string): string | null {
  const re = new RegExp(
    String.raw`(?<![\p{L}'’-])((?:\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+){1,2})(?:\p{Lu}\.[ \t]+)?${escapeRegExp(surname)}\b`,
    'u',
  );
  const m = re.exec(text);
  if (!m) return null;
  const ws = m[0].split(/\s+/);
  while (ws.length > 2 && (TITLE.test(ws[0]!) || isStopword(ws[0]!.toLowerCase()) || OPENER.test(ws[0]!))) ws.shift();
  if (TITLE.test(ws[0]!) || isStopword(ws[0]!.toLowerCase()) || OPENER.test(ws[0]!)) return null;
  return personSide(ws) ? ws.join(' ') : null;
}

/** The person the same pronoun opening the sentence before was taken for ("She told voters she had not seen the cover. |
 *  "Ah-hah," she said …"). */
function sameAsBefore(
  found: ReadonlyMap<number, Referent>,
  sentences: readonly string[],
  si: number,
  p: 'he' | 'she',
): string | null {
  const prev = found.get(si - 1);
  if (!prev || prev.pronoun !== p) return null;
  return new RegExp(String.raw`^\s*${p}\b`, 'i').test(sentences[si - 1]!) ? prev.person : null;
}

/** Words that open a sentence capitalised and are no name: "Though Phelps is expected …", "Neither Ferguson nor …",
 *  "Subsequently his company …". */
const OPENER =
  /^(?:Though|Although|Neither|Nor|Either|Another|Both|Each|Every|Unlike|Like|Despite|Since|Until|While|Whereas|Meanwhile|Still|Yet|Also|Then|Now|Later|Earlier|Instead|Indeed|Perhaps|Maybe|\p{L}+ly)$/u;

/** Another person named: a title and a name ("Secretary Mattis"), or a first and last name ("Lisa Page"). */
function namesAnother(text: string): boolean {
  const toks = text.split(/[\s,;:()"“”]+/).map((w) => w.replace(/['’]s$/, '').replace(/[.]$/, (d) => (TITLE.test(w) ? d : '')));
  for (let i = 0; i + 1 < toks.length; i++) {
    if (TITLE.test(toks[i]!) && NAME_WORD.test(toks[i + 1]!)) return true;
    if (NAME_WORD.test(toks[i]!) && NAME_WORD.test(toks[i + 1]!) && personSide([toks[i]!, toks[i + 1]!])) return true;
  }
  return false;
}

/** A capitalised word after the first: a name, most likely ("CEO Doug McMillon called on the governor …, which he said"). */
function namesSomeone(before: string): boolean {
  return before
    .split(/\s+/)
    .slice(1)
    .some((w) => NAME_WORD.test(w.replace(/[,.;:'’s]+$/, '')) && !/^I['’]?/.test(w));
}
