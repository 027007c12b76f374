// Words of a clause as the claims stage reads them: a fast tokeniser for plain ASCII text, a memoised stem, and what
// one word contributes to a proposition (proposition.ts).
import { isStopword, stem, words } from '../../text/tokens.js';
import { memoByText } from './memo.js';
import { CONTEST_VERBS, DENY_VERBS, EVENT_STEM, HEDGES, SAY_VERBS, SIDE_TERM } from '../lexicon/index.js';

/** Porter stemming dominates the cost of alignment; the same words recur across an event's articles. */
export const cachedStem = memoByText(stem, 50_000, true);

/** tokens.words()'s word pattern on lower-cased ASCII letters: the same tokens, matched at twice the speed of the
 *  Unicode classes (bench:claims: the Unicode pattern was a twentieth of extract + analyse). */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;
/** tokens.words(), without its Unicode folding when the letters are plain ASCII (folding is then lower-casing and
 *  straightening apostrophes; typographic quotes and dashes are not letters). */
export function fastWords(text: string): string[] {
  const t = text.replace(/[’‘`´]/g, "'");
  return /^[\x00-\x7f“”–—…\u00a0]*$/.test(t) ? (t.toLowerCase().match(ASCII_WORD) ?? []) : words(text);
}

/** Words about the statement rather than the event ("the claim", "reports", "statement"). */
const META = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'statement',
  'statements',
  'declaration',
  'declarations',
  'allegation',
  'allegations',
  'narrative',
  'assertion',
  'assertions',
  'officials',
  'official',
  'time',
  'situation',
]);

/** What one word contributes to a proposition: nothing (a stopword, a number, a speech verb), a term, or an event
 *  class. The same words recur across an event's clauses and articles (bench:claims), so the chain of set lookups and
 *  the stem are worked out once per word. */
interface WordTerm {
  term: string;
  cls: string | undefined;
}
function readWordTerm(w: string): WordTerm | null {
  if (w.length < 2 || /^\p{N}/u.test(w) || isStopword(w) || META.has(w)) return null;
  if (SAY_VERBS.has(w) || DENY_VERBS.has(w) || CONTEST_VERBS.has(w) || HEDGES.has(w)) return null;
  const s = cachedStem(w);
  const cls = EVENT_STEM.get(s);
  return { term: cls ? `#${cls}` : (SIDE_TERM.get(s) ?? s), cls };
}

export const wordTerm = memoByText(readWordTerm, 50_000, true);
