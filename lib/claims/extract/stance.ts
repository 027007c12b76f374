// The stance of a clause: a denial (a verb of denial, a word that brands a claim false, a debunking phrase), one
// party's word, a hedge, or the outlet's own statement, with the id of the rule that decided it (rules.ts).
import type { Stance } from '../../types.js';
import { isStopword } from '../../text/tokens.js';
import { CLAIM_NOUNS, DEBUNK, FALSITY_ADJECTIVES, HEDGES } from '../lexicon/index.js';
import { isFalsityWord, isNegator } from './polarity.js';
import { passiveRefusal, withholds } from './refusal.js';
import { cachedStem, fastWords } from './words.js';

/** Quoted speech is the speaker's wording: its "perhaps" or "may" does not hedge the reporter's statement. */
const HEDGE_WORD = new RegExp(`\\b(?:${[...HEDGES].join('|')})\\b`, 'gi');
export const QUOTED = /["“”][^"“”]*["“”]|(?:^|\s)['‘][^'‘’]*['’](?=[\s,.;:]|$)/g;

/** Whether the falsity word at `i` brands the claim false; in an article's sentence (`body`), an adjective or a verb
 *  of faking before a noun other than a claim word describes the story's content instead (see FALSITY_ADJECTIVES); a denial verb that
 *  withholds something ("deny communion to …") brands nothing false, nor does a negated one. */
function brandsFalse(ws: string[], i: number, body: boolean): boolean {
  const w = ws[i]!;
  if (!isFalsityWord(w) || withholds(w, ws.slice(i + 1, i + 6), ws[i - 1], false) || passiveRefusal(ws, i)) return false;
  // A negated falsity word affirms: "it isn't exaggerating", "the report was not false" (ECB+).
  const before = ws[i - 1] === 'a' || ws[i - 1] === 'being' ? ws[i - 2] : ws[i - 1];
  if (before && isNegator(before)) return false;
  const verb = FALSIFYING_VERB.test(w);
  // A verb's object may open with a determiner: "faking the back tightness he cited" (FNC-1), "faked his death".
  const next = ws[i + 1 + (verb && OBJECT_DETERMINER.test(ws[i + 1] ?? '') ? 1 : 0)];
  const describes = FALSITY_ADJECTIVES.has(w) || verb;
  return !(body && describes && next && !isStopword(next) && !CLAIM_NOUNS.has(cachedStem(next)));
}
/** A verb of faking before its object tells what someone faked, as an adjective tells of its noun: "feigned mental
 *  illness for decades" brands no report false (ECB+: the obituaries of a mobster read as denying each other). */
const FALSIFYING_VERB = /^(?:fak|feign|exaggerat|doctor)(?:ing|ed|es|s)$/;
const OBJECT_DETERMINER = /^(?:the|a|an|his|her|its|their|this|that|these|those)$/;

/** A wish is no debunking: "I cannot confirm that and I hope that it isn't true" (Israel's defence minister on a
 *  report of a capture, FNC-1) hopes the report false; it does not say so. */
const WISH_BEFORE = /\b(?:hope[sd]?|hoping|wish(?:es|ed)?|pray(?:s|ed|ing)?)\s+(?:that\s+)?(?:[\p{L}'’]+\s+){0,4}$/iu;
function debunks(clause: string): boolean {
  const m = DEBUNK.exec(clause);
  return !!m && !WISH_BEFORE.test(clause.slice(Math.max(0, m.index - 60), m.index));
}

export function stanceOf(kind: string | null, party: string | null, clause: string, titleCase = false, body = false): Stance {
  return stanceWhy(kind, party, clause, titleCase, body).stance;
}

/** The stance of a clause and the id of the rule that decided it (rules.ts). */
export function stanceWhy(
  kind: string | null,
  party: string | null,
  clause: string,
  titleCase = false,
  body = false,
): { stance: Stance; rule: string } {
  const bare = clause.replace(QUOTED, ' ');
  const ws = fastWords(bare);
  // A question ("Yeti Or Bigfoot Hoax?") asks; it does not brand the claim false.
  const question = /\?\s*["”']?$/.test(clause.trim());
  if (kind === 'deny') return { stance: 'denies', rule: 'stance.deny-verb' };
  if (!question && ws.some((_, i) => brandsFalse(ws, i, body))) return { stance: 'denies', rule: 'stance.falsity-word' };
  if (!question && debunks(clause)) return { stance: 'denies', rule: 'stance.debunk-phrase' };
  if (party) return { stance: 'attributes', rule: 'stance.attributed' };
  // "in May" is a month, not a hedge: a capitalised "May" inside the sentence is skipped.
  // In a Title-Case headline every word is capitalised, so "May" is the modal unless a day follows ("Apple May Or May
  // Not Hold An Event", Emergent).
  for (const m of bare.matchAll(HEDGE_WORD)) {
    const month = m[0] === 'May' && m.index > 0 && (!titleCase || /^\s+\d/.test(bare.slice(m.index + 3)));
    if (!month) return { stance: 'hedges', rule: 'stance.hedge-word' };
  }
  return { stance: 'asserts', rule: 'stance.asserted' };
}
