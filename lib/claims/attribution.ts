// Who a clause is attributed to and with which kind of verb: "the Kremlin said Wednesday", "according to Ukraine, the
// U.S. and South Korea", "Kyiv officials denied the claim", "reported AFP". Returns the party and the cue's span.
import { CONTEST_VERBS, DENY_VERBS, MEDIA, SAY_VERBS, SIDE_OF } from './lexicon.js';

export type CueKind = 'say' | 'deny' | 'contest';

export interface Attribution {
  party: string | null;
  /** A news organisation the clause is reported through ("TASS", "news agency AP"). */
  via: string | null;
  kind: CueKind | null;
  /** Character span of the attribution cue inside the clause (removed from the proposition). */
  span: [number, number] | null;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const TIME = String.raw`(?:on\s+)?(?:(?:last|this|earlier|late|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|evening|night|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)`;
/** Heads that make a phrase a plausible speaker even without a capital ("officials", "the ministry", "he"). */
const ROLE = /\b(?:officials?|ministry|military|army|government|spokes(?:man|woman|person)|police|authorities|president|minister|governor|administration|analysts|experts|sources?|witnesses|residents|staff|command|forces|troops|media|agency|statements?|he|she|they)\b/i;
const PREPOSITION = /^(?:(?:\p{L}+\s+)?(?:after|before)|ahead|beyond|among|across|through|throughout|against|toward|towards|however|meanwhile|indeed|instead|moreover|furthermore|nonetheless|thus|therefore|but|and|yet|still|also|with|in|on|at|during|after|before|despite|following|amid|as|while|since|for|from|by|under|over|when|last|this|earlier|later)\b/iu;
const LEADING_TIME = new RegExp(`^${TIME}\\s+`, 'i');
const AFTER_VERB = new RegExp(`^(?:\\s+${TIME})?(?:\\s+that\\b|\\s+to\\b|\\s*[,:])?`, 'i');
const TRAILING_ADVERBS = /\s+(?:has|have|had|was|were|is|are|also|again|firmly|later|repeatedly|previously|officially|publicly|reportedly|has also|had also)$/i;

function verbKind(word: string): CueKind | null {
  const s = word.replace(/[.’']+$/, '').toLowerCase();
  if (DENY_VERBS.has(s)) return 'deny';
  if (CONTEST_VERBS.has(s)) return 'contest';
  if (SAY_VERBS.has(s)) return 'say';
  return null;
}

/** Words that make a phrase a clause rather than a speaker: auxiliaries, modals, negators, verbs of saying. BASIL
 *  (long political articles) gave "he wasn't sure his friend Trump would be either" (from "…, said he wasn't sure …")
 *  and "The whole question is whether they should or not" (a quote before "he told") as parties. Lower-case only: "May"
 *  and "Will" are names. */
const CLAUSE_WORD = /(?:^|\s)(?:is|are|was|were|be|been|being|do|does|did|has|have|had|will|would|can|could|should|may|might|must|shall|not|never|\p{L}+n['’]t|said|says|told|tells|claimed|claims)(?=\s|$)/u;
const PRONOUN_START = /^(?:he|she|they|it|we|i|you|this|that|there)(?:['’]\p{L}+)?\s/iu;
/** A phrase ending in a subject pronoun has its speaker there: "the millions of dollars she [said]", "a women’s march on
 *  Saturday that they [said could draw …]" (BASIL); the pronoun is resolved to the last named speaker later. */
const PRONOUN_END = /(?:^|\s)(he|she|they|we)$/i;
/** A closing quote (after a word, before a space): the speaker follows it ("“…,” Mr. Perry says in the ad"). */
const CLOSING_QUOTE = /(?<=\S)["”](?=\s)/g;

function isClause(p: string): boolean {
  // A second verb of saying or denying inside the phrase: "Democrats rejected the offer before Trump even [announced]".
  return CLAUSE_WORD.test(p) || PRONOUN_START.test(p) || p.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && verbKind(w) !== null);
}

/** Clean a speaker phrase: keep the comma segment that names someone, drop leading time phrases and auxiliaries. */
function cleanParty(raw: string): string | null {
  // Quoted speech before the speaker is what was said, not who said it.
  let close = -1;
  for (const m of raw.matchAll(CLOSING_QUOTE)) close = m.index + 1;
  if (close >= 0) raw = raw.slice(close);
  // Nor is an unclosed quote ("Romney released a statement late Tuesday saying: \"As I [said]"), and a dateline or an
  // update note before a dash is no part of the speaker ("WASHINGTON -- The nation's leading advocate …", BASIL).
  if (/["“”]/.test(raw)) return null;
  raw = raw.replace(/^.*\s(?:--|—|–)\s+/, '');
  const end = PRONOUN_END.exec(raw.trim());
  if (end) return end[1]!;
  const segs = raw.split(',').map((s) => s.trim().replace(LEADING_TIME, '')).filter(Boolean);
  // Skip adverbial segments: "In a statement on Saturday, …", "Addressing them, Putin said".
  const seg = segs.find((s) => !PREPOSITION.test(s) && !/^\p{L}+ing\b/iu.test(s)) ?? null;
  if (!seg) return null;
  // "Sestak ultimately rejected": an -ly adverb before the verb is not part of the speaker.
  let p = seg.replace(TRAILING_ADVERBS, '').replace(TRAILING_ADVERBS, '').replace(/\s+\p{Ll}+ly$/u, '').trim();
  p = p.replace(/^(?:and|but|so|then)\s+/i, '');
  p = cutRelative(p);
  const n = p.split(/\s+/).length;
  // A phrase cut off after a conjunction is the first half of a clause ("Trump issued an apology at the time and
  // [described …]", BASIL).
  if (!p || n > 9 || isClause(p) || /\s(?:and|or|but|nor)$/i.test(p)) return null;
  if (!/\p{Lu}/u.test(p) && !ROLE.test(p)) return null;
  return p;
}

/** "two officials who were at the meeting" → "two officials"; "an article that said …" → "an article". */
function cutRelative(p: string): string {
  const m = /\s+(?:who|whom|whose|which|that)\s/i.exec(p);
  return m && m.index > 0 ? p.slice(0, m.index) : p;
}

/** What follows "according to" or "citing": a list of names ("Ukraine, the U.S. and South Korea", seed 001) keeps its
 *  commas; an
 *  apposition or a clause after the first comma is dropped (BASIL: "Sen Dick Durbin, D-Ill., the No. 2 Democrat in the
 *  chamber"; "a spokesman for the California secretary of state, and California does not allow write-in candidates").
 *  Null when what is cited is no source ("citing his health and the federal investigation", BASIL). */
function cleanCited(raw: string): string | null {
  const segs = raw.split(',').map((x) => x.trim());
  const list = segs.length > 1 && /(?:^|\s)and\s/.test(segs[segs.length - 1]!) && !segs.some((x) => isClause(x) || x.split(/\s+/).length > 6);
  let p = list ? raw.trim() : segs[0]!;
  p = cutRelative(p);
  if (!p) return null;
  if (/^(?:it|its|his|her|their|him|them|this|that)\b/i.test(p) && !ROLE.test(p) && !SOURCE.test(p)) return null;
  return p;
}
/** Documents and data that can be cited as a source ("according to a report by …", "according to entrance polls"). */
const SOURCE = /\b(?:report|study|analysis|memo|article|survey|polls?|data|figures|documents?|records|estimates?|census|slides|filing|indictment|release|letter|statement|complaint|lawsuit|transcript)\b/i;

function viaOf(text: string): string | null {
  const m = MEDIA.exec(text);
  return m ? m[0] : null;
}

/** Split "Russian defence ministry statements cited by news agency AP" into party and the medium. */
function splitVia(party: string): { party: string | null; via: string | null } {
  const m = /^(.*?)\s+(?:cited|quoted|reported)\s+by\s+(.+)$/i.exec(party);
  if (m) return { party: m[1]!.replace(/\s+statements?$/i, ''), via: m[2]! };
  const via = viaOf(party);
  // A party that is only a medium ("TASS", "Russian state media", "Video broadcast by …") is the press reporting.
  if (via && (MEDIA.test(party.replace(/^(?:the|russian|ukrainian|state|local|national|news|\s)+/i, '')) || /\b(?:video|footage|broadcast)\b/i.test(party))) {
    return { party: null, via: party };
  }
  return { party, via: null };
}

function result(rawParty: string | null, kind: CueKind, span: [number, number], text: string): Attribution | null {
  const cleaned = rawParty ? cleanParty(rawParty) : null;
  if (!cleaned) return null;
  const { party, via } = splitVia(cleaned);
  void text;
  return { party, via, kind, span };
}

const ACCORDING_LEAD = /^(?:according to|as per|citing)\s+([^,;:]+),\s*/iu;
const ACCORDING_TAIL = /,\s*(?:according to|as per|citing)\s+([^;:"“”]+?)\.?["”']?$/iu;
const PLACE = String.raw`(?:\s+(?:in|on|at|during|after|as|while|when|before)\s+[^,"“”]{1,50}?)?`;
const TRAILING = new RegExp(String.raw`,["”']?\s*([^,;:"“”]{1,80}?)\s+((?:has |have |had )?[a-z]+)(?:\s+${TIME})?${PLACE}\s*[.!]?["”']?$`, 'u');
const INVERTED = /,["”']?\s*(said|says|reported|added|told)\s+([^,;:]{2,60}?)\s*[.!]?["”']?$/iu;

/** "Rejected" and "contested" take an offer or a vote as often as a claim: "Congress … rejected President Obama’s veto",
 *  "Democrats rejected the offer", "Sestak ultimately rejected the overture" (BASIL) are events, not denials; they deny
 *  when what follows is a claim ("rejected claims that …", "rejected that notion") or a clause ("rejected that …"). */
const ACTION_DENY = /^(?:reject|rejects|rejected|contest|contests|contested)$/i;
const DENIED_CLAIM = /^\s+(?:(?:firmly|flatly|categorically|strongly|outright)\s+)?(?:that\b|it\b|this\b|(?:(?:the|these|those|that|this|such|any|all|his|her|their|its|\p{L}+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}(?:claims?|reports?|allegations?|accusations?|assertions?|suggestions?|notion|idea|story|stories|rumou?rs?|characteri[sz]ation|account|version|narrative|findings?|conclusions?|charges?)\b)/iu;

/** Find the attribution of one clause (no attribution → all null). */
export function attribute(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null };
  // Cheap checks before the regular expressions: most sentences carry no "according to".
  const lower = text.toLowerCase();
  const hasAcc = lower.includes('according to') || lower.includes('as per') || lower.includes('citing');
  const acc = hasAcc ? (ACCORDING_TAIL.exec(text) ?? ACCORDING_LEAD.exec(text)) : null;
  if (acc) {
    const inner = attributeCore(text.slice(0, acc.index));
    const cited = cleanCited(acc[1]!);
    if (!cited && !inner.party) return attributeCore(text);
    const who = cited ? splitVia(cited) : { party: null, via: null };
    const span: [number, number] = [acc.index, acc.index + acc[0].length];
    if (inner.party) return { ...inner, via: inner.via ?? who.via ?? who.party, span: [inner.span![0], span[1]] };
    if (!who.party) return { party: null, via: who.via, kind: 'say', span };
    return { party: who.party, via: who.via, kind: 'say', span };
  }
  return attributeCore(text) ?? none;
}

function attributeCore(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null };
  // A trailing speaker has no comma in it, so only the text from the last comma on can hold one.
  const at = text.lastIndexOf(',');
  if (at >= 0) {
    const tail = text.slice(at);
    const inv = INVERTED.exec(tail);
    if (inv) {
      const r = result(inv[2]!, 'say', [at, text.length], text);
      if (r) return r;
    }
    const tr = TRAILING.exec(tail);
    if (tr) {
      const kind = verbKind(tr[2]!.replace(/^(?:has|have|had) /, ''));
      const r = kind ? result(tr[1]!, kind, [at, text.length], text) : null;
      if (r) return r;
    }
  }
  // Leading speaker: the first verb of saying within the first fourteen words, with a speaker phrase before it.
  let count = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (++count > 14) break;
    const kind = verbKind(m[0]);
    if (!kind || m.index === 0) continue;
    const after = text.slice(m.index + m[0].length);
    if (kind === 'deny' && ACTION_DENY.test(m[0]) && !DENIED_CLAIM.test(after)) continue;
    const tail = AFTER_VERB.exec(after)![0];
    const r = result(text.slice(0, m.index), kind, [0, m.index + m[0].length + tail.length], text);
    if (r) return r;
  }
  return none;
}

/** The side (country) a party speaks for, from capitals, seats of government and demonyms; else null. */
const SIDE_NAME = new RegExp(`\\b(?:${[...SIDE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`);

export function sideOf(party: string | null): string | null {
  if (!party) return null;
  const m = SIDE_NAME.exec(party.toLowerCase());
  return m ? SIDE_OF.get(m[0])! : nameSide(party);
}

/** Titles and offices that do not name a side ("President", "Ministry"). */
const OFFICE = /^(?:the|a|an|president|prime|minister|foreign|defen[cs]e|ministry|army|armed|general|staff|security|council|secretary|governor|gov|mr|mrs|ms|dr|officials?|spokes(?:man|woman|person)|aide|military|regional|local|state|national|interior|office)$/i;

/** Unknown countries: the first name in the party, a demonym folded to its country ("Ostrian officials" → "ostria"). */
function nameSide(party: string): string | null {
  for (const w of party.split(/[\s,]+/)) {
    const bare = w.replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(bare) || OFFICE.test(bare)) continue;
    const f = bare.toLowerCase();
    return f.length > 5 && /(?:ian|an)$/.test(f) ? f.slice(0, -1) : f;
  }
  return null;
}
