// The in-memory shape of one extracted claim (what the analysis reads; the index stores the packed form of
// stored-claim.ts) and how its proposition text is read back from the sentence.
import type { Stance } from '../../types.js';
import { proposition, type Proposition } from './proposition.js';
import type { Quantity } from './quantities.js';

/** One claim-bearing clause of one article, unpacked. */
export interface Claim {
  /** Position of the sentence in the article (0-based), for highlighting. */
  sentenceIndex: number;
  sentence: string;
  /** The clause inside the sentence when the sentence carries more than one claim. */
  span?: [number, number];
  /** An embedded clause left out of this one's proposition. */
  hole?: [number, number];
  /** The attribution cue ("the Kremlin said Wednesday"), left out of the proposition. */
  cue?: [number, number];
  stance: Stance;
  /** Who says it, as printed ("Kyiv officials"); absent when the outlet states it itself. */
  party?: string;
  /** The side the party speaks for ("russia"), from capitals, seats of government and demonyms. */
  side?: string;
  /** The news organisation it is reported through ("TASS", "AFP"). */
  via?: string;
  /** The proposition is negated ("did not", "wasn't"). */
  negated?: true;
  /** Index (in this article's claim list) of the claim this one denies or contests. */
  contests?: number;
  /** This claim states a proposition of its own against the contested one (a counter-claim, not a bare denial). */
  counter?: true;
  /** Opened by a contrast ("Despite …", "While …, Ukraine maintains …"). */
  contrast?: true;
  /** Ids of the rules that decided the party, the stance, the polarity and the contest link, in that order (rules.ts);
   *  stored claims keep only a denial's or hedge's stance rule. */
  rules?: string[];
  /** Recomputed from the clause on unpacking (stored claims do not carry them). */
  quantities?: readonly Quantity[];
}

/** The text a claim's proposition is read from: its clause, without the embedded clause and the attribution cue. */
export function claimText(c: Pick<Claim, 'sentence' | 'span' | 'hole' | 'cue'>): string {
  const s = c.span ? c.span[0] : 0;
  const e = c.span ? c.span[1] : c.sentence.length;
  // Blank the hole and the cue with spaces (offsets stay valid), by slices: this runs for every claim of an event, so
  // a clause with neither is a slice, and no list of cuts is made.
  if (!c.hole && !c.cue) return c.sentence.slice(s, e);
  const cuts = c.hole && c.cue ? (c.hole[0] <= c.cue[0] ? [c.hole, c.cue] : [c.cue, c.hole]) : [(c.hole ?? c.cue)!];
  let out = '';
  let at = s;
  for (const [a, b] of cuts) {
    const from = Math.max(a, at);
    const to = Math.min(b, e);
    if (to <= from) continue;
    out += c.sentence.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + c.sentence.slice(at, e);
}

/** Each claim's proposition, by the claim itself: a claim's text never changes once made, and a lookup by identity
 *  spares building its text and hashing it for the text memo (proposition), which the analysis asks per clause. */
const OF_CLAIM = new WeakMap<Claim, Proposition>();

export function claimProposition(c: Claim): Proposition {
  let p = OF_CLAIM.get(c);
  if (p === undefined) OF_CLAIM.set(c, (p = proposition(claimText(c))));
  return p;
}

const MAX_QUOTE_CHARS = 240;

/** A sentence as the report quotes it: whole up to 240 characters, else cut with an ellipsis. */
export function shortQuote(sentence: string): string {
  const s = balanceQuotes(sentence);
  return s.length > MAX_QUOTE_CHARS ? `${s.slice(0, MAX_QUOTE_CHARS - 1)}…` : s;
}

/** A sentence inside a quotation over several sentences, shown on its own, gets the quotation mark it lacks: `They
 *  won't be laughing if I'm elected president."` (BASIL, the last sentence of Trump's quotation) reads as a stray mark;
 *  shown as `"They won't … president."` it reads as what it is. The sentence in the page is left as it is. */
export function balanceQuotes(text: string): string {
  const t = text.trim();
  const opens = (t.match(/“/g) ?? []).length;
  const closes = (t.match(/”/g) ?? []).length;
  if (closes > opens && /”\W*$/.test(t)) return `“${t}`;
  if (opens > closes && t.startsWith('“')) return `${t}”`;
  if ((t.match(/"/g) ?? []).length % 2 === 1) {
    if (/"\W*$/.test(t) && !t.startsWith('"')) return `"${t}`;
    if (t.startsWith('"')) return `${t}"`;
  }
  return t;
}
