// The terms a claim's proposition is compared by: content stems, with event verbs folded to their paraphrase class
// ("liberated" = "drove … out" = "#recapture") and capitals/demonyms folded to their country ("Moscow" = "@russia").
// Attribution words, numbers and hedges are left out: they say who and how much, not what.
import { isStopword, stem, words } from '../../text/tokens.js';
import { CONTEST_VERBS, DENY_VERBS, EVENT_CLASSES, EVENT_STEM, HEDGES, NEGATORS, SAY_VERBS, SIDE_TERM, MONTHS, MONTH_ABBREVIATIONS } from '../lexicon/index.js';
import { alternation } from '../lexicon/build.js';

/** Words about the statement rather than the event ("the claim", "reports", "statement"). */
const META = new Set(['claim', 'claims', 'report', 'reports', 'statement', 'statements', 'declaration', 'declarations',
  'allegation', 'allegations', 'narrative', 'assertion', 'assertions', 'officials', 'official', 'time', 'situation']);

const PAIRS: { verbs: Set<string>; particle: string; key: string }[] = Object.entries(EVENT_CLASSES).flatMap(([key, c]) =>
  (c.pairs ?? []).map(([verbs, particle]) => ({ verbs: new Set(verbs), particle, key })),
);

/** Quoted speech, double or single quotes (British outlets quote with single ones; an apostrophe inside a word is
 *  not a quote), to the end when the attribution cue took the closing quote. */
const QUOTED = /["“][^"“”]*(?:["”]|\s*$)|(?:^|(?<=[\s(:]))['‘](?:[^'‘’]|['’](?=\p{L}))*(?:['’](?=[\s,.;:!?)]|$)|\s*$)/gu;
const SUBORDINATE = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if',
  'although', 'though', 'as', 'since', 'after', 'before', 'until', 'unless', 'whether']);
/** Words that end a negation's reach without opening a subordinate clause: "has no idea how the truck ended up there"
 *  negates the idea, not the truck (Emergent train: a plumber's "no idea how" read as denying his truck was seen). */
const SCOPE_END = new Set(['how', 'why', 'what', 'but']);
/** Verbs whose complement is a goal, not a statement: "to ensure the activities did not harm plants" (ECB+) negates
 *  nothing the sentence reports; they open a subordinate clause. */
const GOAL_VERBS = new Set(['ensure', 'ensures', 'ensured', 'ensuring']);

/** Verbs of telling that a negation leaves a statement unsaid rather than denied ("has not confirmed", "did not
 *  immediately respond"). Not "say": "Pope Francis did NOT say our pets are going to heaven" denies (Emergent). */
const NONCOMMITTAL = new Set(['confirm', 'confirmed', 'confirms', 'comment', 'commented', 'disclose', 'disclosed',
  'reveal', 'revealed', 'specify', 'specified', 'elaborate', 'respond', 'responded', 'identify', 'identified']);
/** Words that may stand between the negator and such a verb: "has not yet been independently confirmed". */
const BETWEEN = new Set(['be', 'been', 'yet', 'immediately', 'publicly', 'officially', 'independently']);

/** Whether the negator at `i` withholds a statement: "not confirmed", "not yet been independently confirmed". */
function noncommittal(ws: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < i + 4 && BETWEEN.has(ws[j] ?? '')) j++;
  if (NONCOMMITTAL.has(ws[j] ?? '')) return true;
  // "have not released any official statement on the early release date" says nothing (FNC-1: read as denying the
  // reports of an early release).
  if (!ISSUE_VERBS.has(ws[j] ?? '')) return false;
  for (let k = j + 1; k < j + 5 && k < ws.length; k++) if (STATEMENT_NOUNS.has(ws[k]!)) return true;
  return false;
}
const ISSUE_VERBS = new Set(['release', 'released', 'issue', 'issued', 'make', 'made', 'give', 'given', 'gave', 'provide',
  'provided', 'offer', 'offered']);
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'comment', 'comments', 'response', 'confirmation', 'details',
  'explanation', 'announcement']);
const SPAN_COUNT = String.raw`(?:more than |over |nearly |almost |about |at least |the (?:past|last) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)`;
const SPAN_UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
const MONTH_WORDS = alternation(MONTHS, MONTH_ABBREVIATIONS);
/** A stretch of time a negation holds over ("for more than a month", "in a year", "since Sept. 3", "first time in"). */
const OVER_A_SPAN = new RegExp(String.raw`\b(?:for|in) ${SPAN_COUNT} ${SPAN_UNIT}\b|\bfirst time in\b|\S\s+since (?:${MONTH_WORDS}\b|\d|last\b|early\b|late\b|mid\b|then\b)`, 'i');
const UNSEEN = /\b(?:seen|heard from|appeared|spotted|sighted|attended|(?:public )?appearances?)\b/i;
/** Nouns through which a negation denies what follows them ("no sign that …", "no evidence of …"). */
const EVIDENTIAL = new Set(['sign', 'signs', 'evidence', 'indication', 'indications', 'proof', 'suggestion', 'truth']);
/** Words after which a main-clause negation is a condition, not a denial ("not … until", "not … unless"). */
const CONDITION = new Set(['until', 'unless']);

const PAIR_VERBS = new Set(PAIRS.flatMap((p) => [...p.verbs]));

export interface Proposition {
  terms: string[];
  /** Paraphrase classes present ("recapture", "visit"). */
  events: string[];
  /** Surface form per class, for framing ("liberation", "drove out"). */
  forms: [string, string][];
  negated: boolean;
  /** The first content term after the negator ("Banksy wasn't arrested" → "arrest"): what is negated. */
  negatedTerm: string | null;
  /** The first four content terms after a main-clause negator, up to a subordinate or wh- word: what the negation may
   *  bear on ("students not among 28 bodies found" → among, bodi, found; Emergent train: the first term alone is often a
   *  preposition or adverb, "not among", "not personally"; counted in content terms, not words, so auxiliaries and
   *  articles do not use up the reach. Four was the best reach on the train headlines, one to six tried). */
  negatedTerms: string[];
}

/** Porter stemming dominates the cost of alignment; the same words recur across an event's articles. */
const STEMS = new Map<string, string>();
export function cachedStem(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    if (STEMS.size > 50_000) STEMS.clear();
    s = stem(w);
    STEMS.set(w, s);
  }
  return s;
}

/** What one word contributes to a proposition: nothing (a stopword, a number, a speech verb), a term, or an event
 *  class. The same words recur across an event's clauses and articles (bench:claims), so the chain of set lookups and
 *  the stem are worked out once per word. */
interface WordTerm { term: string; cls: string | undefined }
const WORD_TERMS = new Map<string, WordTerm | null>();
function wordTerm(w: string): WordTerm | null {
  let t = WORD_TERMS.get(w);
  if (t !== undefined) return t;
  if (WORD_TERMS.size > 50_000) WORD_TERMS.clear();
  t = null;
  if (!(w.length < 2 || /^\p{N}/u.test(w) || isStopword(w) || META.has(w))
    && !(SAY_VERBS.has(w) || DENY_VERBS.has(w) || CONTEST_VERBS.has(w) || HEDGES.has(w))) {
    const s = cachedStem(w);
    const cls = EVENT_STEM.get(s);
    t = { term: cls ? `#${cls}` : (SIDE_TERM.get(s) ?? s), cls };
  }
  WORD_TERMS.set(w, t);
  return t;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** tokens.words(), without its Unicode folding when the letters are plain ASCII (folding is then lower-casing and
 *  straightening apostrophes; typographic quotes and dashes are not letters). */
export function fastWords(text: string): string[] {
  const t = text.replace(/[’‘`´]/g, "'");
  return /^[\x00-\x7f“”–—…\u00a0]*$/.test(t) ? (t.toLowerCase().match(WORD) ?? []) : words(text);
}

/** A sentence that opens "It's not …", "This isn't …", "That was not …": the negation of a correction. */
const EXPLETIVE_NOT = /^\s*["“]?(?:it|this|that)(?:\s*['’]\s*s\s+not?|\s+(?:is|was)\s+not|\s+(?:is|was)n\s*['’]\s*t)\b/i;

// eslint-disable-next-line max-lines-per-function -- one pass over the words, memoised for the bench; to split (issue 20)
export function proposition(text: string): Proposition {
  const ws = fastWords(text);
  const terms = new Set<string>();
  const events: string[] = [];
  const forms: [string, string][] = [];
  let negated = false;
  let subordinate = false;
  let negAt = -1;
  let negatedTerm: string | null = null;
  const negatedTerms: string[] = [];
  let scopeOpen = false;
  let scopeFrom = 0;
  const particles = new Set<number>();
  let evidentialAt = -2;
  const event = (key: string, form: string): void => {
    if (!events.includes(key)) events.push(key);
    forms.push([key, form]);
  };
  // One pass in reading order, so events[0] is the clause's first (main) event.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (particles.has(i)) continue;
    const pair = PAIR_VERBS.has(w) ? PAIRS.find((p) => p.verbs.has(w) && ws.slice(i + 1, i + 5).includes(p.particle)) : undefined;
    if (pair) {
      particles.add(i + 1 + ws.slice(i + 1, i + 5).indexOf(pair.particle));
      event(pair.key, `${w} ${pair.particle}`);
      if (scopeOpen && negatedTerms.length - scopeFrom < 4) negatedTerms.push(`#${pair.key}`);
      continue;
    }
    // Only a negation before the first subordinate clause negates the claim ("families that still couldn't
    // return" does not negate "the Kremlin supported payments", seed 001).
    // A clause that opens with "that" is its demonstrative ("No, that broken pencil illustration isn't by Banksy",
    // Emergent train), not a subordinate clause.
    // "will not negotiate … until the government reopens" says when, not whether: they will negotiate after it reopens
    // (BASIL: read as denying another outlet's "negotiation can progress after the government reopens").
    // "there is no sign that KFC will sell marijuana", "no evidence of wrongdoing" negate what follows "that" or "of"
    // (FNC-1 bodies: the debunk read as negating "sign"), so neither word closes the negation.
    if (i === evidentialAt) continue;
    if (i === evidentialAt + 1 && (w === 'that' || w === 'of')) {
      negAt = i;
      continue;
    }
    // "It's not Patch Tuesday, but Microsoft has released a crucial update" (ECB+): a correction that opens with "it",
    // "this" or "that" negates only what it corrects; the sentence goes on to assert after "but".
    if (w === 'but' && negated && !subordinate && EXPLETIVE_NOT.test(text)) {
      negated = false;
      negatedTerm = null;
      negatedTerms.length = 0;
      scopeOpen = false;
      continue;
    }
    if (CONDITION.has(w) && negated && !subordinate) {
      negated = false;
      negatedTerm = null;
      negatedTerms.length = 0;
    }
    if ((SUBORDINATE.has(w) && !(i === 0 && w === 'that')) || GOAL_VERBS.has(w)) subordinate = true;
    if (SUBORDINATE.has(w) || SCOPE_END.has(w) || GOAL_VERBS.has(w)) scopeOpen = false;
    // "not only … but also" adds; "has not confirmed", "will not confirm or deny", "would not comment" withhold a
    // statement and deny nothing (FNC-1 bodies: read as denials of what the others report).
    const negator = NEGATORS.has(w) || (w.endsWith("'s") && NEGATORS.has(w.slice(0, -2)));
    if (negator && (ws[i + 1] === 'only' || noncommittal(ws, i))) continue;
    // "Nobody's" is "nobody" with its verb attached ("No, Nobody's Discovered …").
    if (negator) {
      if (!subordinate) negated = true;
      negAt = i;
      scopeOpen = !subordinate;
      scopeFrom = negatedTerms.length;
      if (EVIDENTIAL.has(ws[i + 1] ?? '')) evidentialAt = i + 1;
      continue;
    }
    const wt = wordTerm(w);
    if (!wt) continue;
    if (negated && !negatedTerm && negAt >= 0 && i - negAt <= 3) negatedTerm = wt.term;
    if (scopeOpen && negatedTerms.length - scopeFrom < 4) negatedTerms.push(wt.term);
    if (wt.cls) { event(wt.cls, w); continue; }
    terms.add(wt.term);
  }
  // Not being seen over a stretch of time is an observation, not a denial: "Castro had not been seen in public in a
  // year", "the first time in three years Kim hadn't attended" (FNC-1: read as denying the reports of his last
  // appearance). A span on another verb is the claim's own ("a spider didn't crawl through his body for days").
  if (negated && OVER_A_SPAN.test(text) && UNSEEN.test(text)) return { terms: [...terms], events, forms, negated: false, negatedTerm: null, negatedTerms: [] };
  // A "not" inside quoted speech is the speaker's wording, not the outlet negating the claim (BASIL: "I have not heard
  // people … admit" quoted by one outlet is no denial of another's report).
  const unquoted = negated ? text.replace(QUOTED, ' ') : text;
  if (unquoted !== text && !proposition(unquoted).negated) return { terms: [...terms], events, forms, negated: false, negatedTerm: null, negatedTerms: [] };
  return { terms: [...terms], events, forms, negated, negatedTerm, negatedTerms };
}
