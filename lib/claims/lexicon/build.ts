// The one helper that turns the claims stage's word lists (written one entry a line in lexicon/*.ts, each with its
// source) into the sets and regular expressions the rules use, so a list is written once and read the same everywhere.
import { escapeRegExp, stem } from '../../text/tokens.js';

/** The entries of a list written one a line: surrounding space trimmed, blank lines and `#` comments skipped. */
export function entries(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Surface forms, matched as written: verbs so "declarations" or "states" (noun) never read as a verb. */
export const forms = (list: string): Set<string> => new Set(entries(list));

/** Stems (Porter, lib/text/tokens.ts): any inflection of an entry matches. */
export const stems = (list: string): Set<string> => new Set(entries(list).map(stem));

/** A non-capturing alternation of the entries, each escaped, longest first so "Sept" is tried before "Sep": the
 *  building block of every pattern made from a list ("(?:Sept|Jan|…)"). A space in an entry matches any space. */
export function alternation(...lists: readonly (readonly string[])[]): string {
  const all = [...new Set(lists.flat())].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${all.map((e) => escapeRegExp(e).replace(/ /g, String.raw`\s+`)).join('|')})`;
}
