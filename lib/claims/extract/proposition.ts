// The terms a claim's proposition is compared by: content stems, with event verbs folded to their paraphrase class
// ("liberated" = "drove … out" = "#recapture") and capitals/demonyms folded to their country ("Moscow" = "@russia").
// Attribution words, numbers and hedges are left out: they say who and how much, not what. How far a negation reaches
// is negation-scope.ts's.
import { EVENT_CLASSES, NEGATORS } from '../lexicon/index.js';
import {
  CONDITION,
  EVIDENTIAL,
  EXPLETIVE_NOT,
  GOAL_VERBS,
  noncommittal,
  QUOTED,
  SCOPE_END,
  SUBORDINATE,
  unseenOverSpan,
} from './negation-scope.js';
import { memoByText } from './memo.js';
import { fastWords, wordTerm } from './words.js';

const PAIRS: { verbs: Set<string>; particle: string; key: string }[] = Object.entries(EVENT_CLASSES).flatMap(([key, c]) =>
  (c.pairs ?? []).map(([verbs, particle]) => ({ verbs: new Set(verbs), particle, key })),
);
const PAIR_VERBS = new Set(PAIRS.flatMap((p) => [...p.verbs]));

/** Read-only: propositions are memoised by text (see proposition), so one object serves every reader of that text. */
export interface Proposition {
  readonly terms: readonly string[];
  /** Paraphrase classes present ("recapture", "visit"). */
  readonly events: readonly string[];
  /** Surface form per class, for framing ("liberation", "drove out"). */
  readonly forms: readonly (readonly [string, string])[];
  readonly negated: boolean;
  /** The first content term after the negator ("Banksy wasn't arrested" → "arrest"): what is negated. */
  readonly negatedTerm: string | null;
  /** The first four content terms after a main-clause negator, up to a subordinate or wh- word: what the negation may
   *  bear on ("students not among 28 bodies found" → among, bodi, found; Emergent train: the first term alone is often a
   *  preposition or adverb, "not among", "not personally"; counted in content terms, not words, so auxiliaries and
   *  articles do not use up the reach. Four was the best reach on the train headlines, one to six tried). */
  readonly negatedTerms: readonly string[];
}

/** The state of one pass over a clause's words, in reading order (so events[0] is the clause's main event). */
interface Scan {
  text: string;
  events: string[];
  forms: [string, string][];
  negated: boolean;
  negatedTerm: string | null;
  negatedTerms: string[];
  ws: string[];
  termSet: Set<string>;
  subordinate: boolean;
  negAt: number;
  scopeOpen: boolean;
  scopeFrom: number;
  /** Positions of particles already read with their verb; null until a pair is found (most clauses have none). */
  particles: Set<number> | null;
  evidentialAt: number;
}

function addEvent(s: Scan, key: string, form: string): void {
  if (!s.events.includes(key)) s.events.push(key);
  s.forms.push([key, form]);
}

function dropNegation(s: Scan): void {
  s.negated = false;
  s.negatedTerm = null;
  s.negatedTerms.length = 0;
}

/** A verb with its particle a few words on ("drove … out"): one event, the particle skipped. */
function pairStep(s: Scan, i: number): boolean {
  const w = s.ws[i]!;
  if (!PAIR_VERBS.has(w)) return false;
  const next = s.ws.slice(i + 1, i + 5);
  const pair = PAIRS.find((p) => p.verbs.has(w) && next.includes(p.particle));
  if (!pair) return false;
  (s.particles ??= new Set()).add(i + 1 + next.indexOf(pair.particle));
  addEvent(s, pair.key, `${w} ${pair.particle}`);
  if (s.scopeOpen && s.negatedTerms.length - s.scopeFrom < 4) s.negatedTerms.push(`#${pair.key}`);
  return true;
}

/** Words that open, close or carry a negation; true when the word is used up. Only a negation before the first
 *  subordinate clause negates the claim ("families that still couldn't return" does not negate "the Kremlin supported
 *  payments", seed 001). A clause that opens with "that" is its demonstrative ("No, that broken pencil illustration
 *  isn't by Banksy", Emergent train), not a subordinate clause. */
function negationStep(s: Scan, i: number): boolean {
  const w = s.ws[i]!;
  // "there is no sign that KFC will sell marijuana", "no evidence of wrongdoing" negate what follows "that" or "of"
  // (FNC-1 bodies: the debunk read as negating "sign"), so neither word closes the negation.
  if (i === s.evidentialAt) return true;
  if (i === s.evidentialAt + 1 && (w === 'that' || w === 'of')) {
    s.negAt = i;
    return true;
  }
  // "It's not Patch Tuesday, but Microsoft has released a crucial update" (ECB+): a correction that opens with "it",
  // "this" or "that" negates only what it corrects; the sentence goes on to assert after "but".
  if (w === 'but' && s.negated && !s.subordinate && EXPLETIVE_NOT.test(s.text)) {
    dropNegation(s);
    s.scopeOpen = false;
    return true;
  }
  // "will not negotiate … until the government reopens" says when, not whether: they will negotiate after it reopens
  // (BASIL: read as denying another outlet's "negotiation can progress after the government reopens").
  if (CONDITION.has(w) && s.negated && !s.subordinate) dropNegation(s);
  if ((SUBORDINATE.has(w) && !(i === 0 && w === 'that')) || GOAL_VERBS.has(w)) s.subordinate = true;
  if (SUBORDINATE.has(w) || SCOPE_END.has(w) || GOAL_VERBS.has(w)) s.scopeOpen = false;
  // "Nobody's" is "nobody" with its verb attached ("No, Nobody's Discovered …").
  const negator = NEGATORS.has(w) || (w.endsWith("'s") && NEGATORS.has(w.slice(0, -2)));
  if (!negator) return false;
  // "not only … but also" adds; "has not confirmed", "will not confirm or deny", "would not comment" withhold a
  // statement and deny nothing (FNC-1 bodies: read as denials of what the others report).
  if (s.ws[i + 1] === 'only' || noncommittal(s.ws, i)) return true;
  if (!s.subordinate) s.negated = true;
  s.negAt = i;
  s.scopeOpen = !s.subordinate;
  s.scopeFrom = s.negatedTerms.length;
  if (EVIDENTIAL.has(s.ws[i + 1] ?? '')) s.evidentialAt = i + 1;
  return true;
}

/** A content word: a term, an event, and within a negation's reach what it bears on. */
function termStep(s: Scan, i: number): void {
  const w = s.ws[i]!;
  const wt = wordTerm(w);
  if (!wt) return;
  if (s.negated && !s.negatedTerm && s.negAt >= 0 && i - s.negAt <= 3) s.negatedTerm = wt.term;
  if (s.scopeOpen && s.negatedTerms.length - s.scopeFrom < 4) s.negatedTerms.push(wt.term);
  if (wt.cls) addEvent(s, wt.cls, w);
  else s.termSet.add(wt.term);
}

function scan(text: string): Scan {
  const s: Scan = {
    text,
    ws: fastWords(text),
    termSet: new Set(),
    events: [],
    forms: [],
    negated: false,
    negatedTerm: null,
    negatedTerms: [],
    subordinate: false,
    negAt: -1,
    scopeOpen: false,
    scopeFrom: 0,
    particles: null,
    evidentialAt: -2,
  };
  for (let i = 0; i < s.ws.length; i++) {
    if (s.particles?.has(i) || pairStep(s, i) || negationStep(s, i)) continue;
    termStep(s, i);
  }
  return s;
}

/** What a text states, read once per text (memo.ts): propositions are shared, hence read-only. Scanning was a third
 *  of bench:claims before. */
export const proposition = memoByText(readProposition);

function readProposition(text: string): Proposition {
  const s = scan(text);
  const terms = [...s.termSet];
  const { events, forms } = s;
  const plain = { terms, events, forms, negated: false, negatedTerm: null, negatedTerms: [] };
  if (s.negated && unseenOverSpan(text)) return plain;
  // A "not" inside quoted speech is the speaker's wording, not the outlet negating the claim (BASIL: "I have not heard
  // people … admit" quoted by one outlet is no denial of another's report).
  const unquoted = s.negated ? text.replace(QUOTED, ' ') : text;
  if (unquoted !== text && !proposition(unquoted).negated) return plain;
  return { terms, events, forms, negated: s.negated, negatedTerm: s.negatedTerm, negatedTerms: s.negatedTerms };
}
