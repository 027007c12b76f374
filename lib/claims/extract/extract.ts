// Claim extraction from one article: check-worthy clauses with who says them, the stance cue, quantities and dates,
// and links from denials and counter-claims back to the claim they contest.
import type { Article, Stance } from '../../types.js';
import type { Claim } from './claim-text.js';
import { escapeRegExp, isStopword } from '../../text/tokens.js';
import { attribute, sideOf } from './attribution.js';
import { quotationSpeakers } from './quotation-speakers.js';
import { splitClauses } from './clauses.js';
import { CLAIM_NOUNS, DEBUNK, FALSITY_ADJECTIVES, HEDGES, PERSIST } from '../lexicon/index.js';
import { isFalsityWord, isNegator, passiveRefusal, withholds } from './polarity.js';
import { proposition, type Proposition } from './proposition.js';
import { cachedStem, fastWords } from './words.js';
import { splitSentences } from './sentences.js';
import { HONORIFIC } from './speaker-phrase.js';
import { claimText } from './claim-text.js';
import { linkContests } from './contest-links.js';
import { pronounReferent, type Referent } from './pronoun-subject.js';

const MAX_CLAIMS = 120;
/** Characters of an article read for claims (see extractArticleClaims). */
const CLAIM_TEXT_CHARS = 100_000;
const PRONOUN = /^(?:he|she|they|it)$/i;
const POSSESSIVE = /^(?:its|his|her|their)\b/i;
/** A person named by surname alone, with a title or not ("Ward", "Mr. Trump"), as news style names them after the
 *  first mention. */
const TITLE = String.raw`${HONORIFIC}\.?`;
const SURNAME_ONLY = new RegExp(String.raw`^(?:${TITLE}\s+)?\p{Lu}[\p{L}'’-]+$`, 'u');
const A_TITLE = new RegExp(`^${TITLE}$`);

/** The fuller name an earlier claim of the article gave the same person ("CNN meteorologist Taylor Ward" for a later
 *  "added Ward"): the reader sees one party, named as the article first named them. */
function firstNaming(out: readonly Claim[], party: string, side: string): string | undefined {
  const surname = party.split(/\s+/).pop()!;
  // A first name and the surname end it (a middle initial, "Jr." or a party tag besides): not "which Comey", "the
  // Obama administration", "Ron Martinelli and Michael Levine" or a clause read as a speaker.
  const full = new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.\\s+)?${escapeRegExp(surname)}(?:\\s+Jr\\.?)?(?:,?\\s+\\(?[RDI]-[\\p{L}.]+\\)?)?$`, 'u');
  for (const c of out) {
    // The surname must be in it before the regex runs (the regex, tried from every position of every earlier party,
    // was 5% of the collector's time on long FNC-1 bodies).
    if (c.side !== side || !c.party || c.party === party || !c.party.includes(surname) || /\sand\s/.test(c.party)) continue;
    const m = full.exec(c.party);
    // The word before the surname is a first name: not a title ("Mr Oberholtzer") or a word like "What".
    const first = m?.[0].split(/\s+/)[0];
    if (first && !A_TITLE.test(first) && !isStopword(first.toLowerCase()) && !/^update$/i.test(first)) return c.party;
  }
  return undefined;
}

/** Quoted speech is the speaker's wording: its "perhaps" or "may" does not hedge the reporter's statement. */
const HEDGE_WORD = new RegExp(`\\b(?:${[...HEDGES].join('|')})\\b`, 'gi');
const QUOTED = /["“”][^"“”]*["“”]|(?:^|\s)['‘][^'‘’]*['’](?=[\s,.;:]|$)/g;

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
export function stanceWhy(kind: string | null, party: string | null, clause: string, titleCase = false, body = false): { stance: Stance; rule: string } {
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

/** Page code left in a text ("<!-- google_ad_client = …", a capture of ECB+'s): nothing a reader could check. */
const CODE = /<!--|-->|\bgoogle_ad\w*|\b(?:var|let|const)\s+\w+\s*=|function\s*\(|[{};]\s*[a-z_]+\s*[:=]/i;

function checkWorthy(p: Proposition, text: string, attributed: boolean): boolean {
  if (/\?\s*["”']?$/.test(text.trim()) || CODE.test(text)) return false;
  // A sentence cut off by an excerpt ("In addition to the known deaths, the weekend's...", AllSides' Haiti event)
  // says nothing checkable yet; an elision inside a quote ("we will ... win") is not at the end.
  if (/(?:\.\.\.|…)\s*["”']?$/.test(text.trim())) return false;
  // Two content words suffice with an event or a speaker ("Pellia claimed it had recaptured Tarn").
  if (p.terms.length + p.events.length < (attributed || p.events.length ? 2 : 3)) return false;
  // Something a reader could check: a speaker, a name, a number, a date or an event.
  return attributed || /\s\p{Lu}|\d/u.test(text.trim()) || p.events.length > 0;
}

/** The first claim of sentence `si` (claims are in sentence order, so those of `si` end the list). */
function firstOfSentence(out: Claim[], si: number): Claim | undefined {
  let found: Claim | undefined;
  for (let j = out.length - 1; j >= 0 && out[j]!.sentenceIndex === si; j--) found = out[j];
  return found;
}

/** The latest claim with a named (not pronoun) speaker within three sentences before `si`; one whose speaker was
 *  only carried over from a quotation (`carried`) names no one. */
function lastNamed(out: Claim[], si: number, carried: ReadonlySet<Claim>, person = false): Claim | undefined {
  for (let j = out.length - 1; j >= 0; j--) {
    const c = out[j]!;
    if (si - c.sentenceIndex > 3) return undefined;
    if (c.party && !PRONOUN.test(c.party) && !carried.has(c) && !(person && NOT_A_PERSON.test(c.party))) return c;
  }
  return undefined;
}

/** A party "he" or "she" cannot be: a body, a medium or a group, by its last word, or an acronym alone ("EDP 24
 *  reported. | … ," she told the BBC."; "Administration officials"). */
const NOT_A_PERSON = /(?:\d|^(?:[Tt]he\s+)?\p{Lu}{2,}|\b(?:[Nn]ews|[Tt]imes|[Pp]ost|[Aa]gency|[Mm]inistry|[Dd]epartment|[Pp]olice|officials|[Aa]uthorities|reports?|[Mm]edia|newspapers?|television|radio|magazine|website|[Gg]overnment|[Aa]rmy|military|sources|[Aa]dministration|UN))$/u;

/** Whether the article gives a medium's one-word name to a person, a first name before it ("Michael Bloomberg", not
 *  "From CNN" or "Bloomberg News"). */
function mediumIsPerson(text: string, via: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(via)) return false;
  for (const m of text.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?${via}\\b(?!\\s+(?:News|L\\.?P\\.?|Businessweek|Television|TV|Radio|Law|Opinion)\\b)`, 'gu')))
    if (!isStopword(m[1]!.toLowerCase())) return true;
  return false;
}

/** Whom the pronoun speaker `pronoun` of sentence `si` is taken for (pronoun-subject.ts), noted in `found` by sentence.
 *  Only the text before the pronoun itself counts as its own sentence's: a cue may begin with someone else ("CEO Doug
 *  McMillon called on the governor to veto the bill, which he said …"). */
function inferPronoun(sentence: string, cue: [number, number], pronoun: string, sentences: string[], si: number, text: string, found: Map<number, Referent>): string | null {
  const at = [...sentence.slice(0, cue[1]).matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))].pop()?.index ?? cue[0];
  return pronounReferent(found, sentences, si, pronoun, sentence.slice(0, at).replace(QUOTED, ' '), text);
}

/** mediumIsPerson for a medium's name, read once per article and kept in `seen` (it scans the whole text). */
function personNamed(via: string, text: string, seen: Map<string, boolean>): boolean {
  let isPerson = seen.get(via);
  if (isPerson === undefined) seen.set(via, (isPerson = mediumIsPerson(text, via)));
  return isPerson;
}

export function extractArticleClaims(article: Article): Claim[] {
  const out: Claim[] = [];
  const paragraphs = new Set<number>();
  // The claims come from the first CLAIM_TEXT_CHARS: MAX_CLAIMS are reached long before (the longest text of the five
  // corpora is 28 kB), and a 5 MB page spent 1.5 s splitting sentences it never read.
  const text = article.text.length > CLAIM_TEXT_CHARS ? article.text.slice(0, article.text.lastIndexOf(' ', CLAIM_TEXT_CHARS) + 1 || CLAIM_TEXT_CHARS) : article.text;
  const sentences = splitSentences(text, paragraphs);
  const quoted = quotationSpeakers(sentences, paragraphs);
  const carried = new Set<Claim>();
  /** The person an inferred "he" or "she" was taken for, by sentence. */
  const pronounOf = new Map<number, Referent>();
  /** mediumIsPerson per medium name, read once per article (it scans the whole text). */
  const mediumPeople = new Map<string, boolean>();
  for (let si = 0; si < sentences.length && out.length < MAX_CLAIMS; si++) {
    const sentence = sentences[si]!;
    for (const clause of splitClauses(sentence)) {
      const masked = claimText({ sentence, span: [clause.start, clause.end], hole: clause.hole });
      const a = attribute(masked);
      const cue: [number, number] | undefined = a.span ? [a.span[0] + clause.start, a.span[1] + clause.start] : undefined;
      const whole = clause.start === 0 && clause.end === sentence.length;
      const base = { sentence, span: whole ? undefined : ([clause.start, clause.end] as [number, number]), hole: clause.hole, cue };
      const p = proposition(claimText(base));
      const anaphoricDenial = a.kind === 'deny' && p.terms.length + p.events.length <= 1;
      if (!anaphoricDenial && !checkWorthy(p, masked, !!a.party)) continue;
      // An embedded clause without its own speaker is part of what the sentence's speaker says.
      const owner = !a.party && !a.kind && clause.start > 0 ? firstOfSentence(out, si) : undefined;
      const speaker = !a.party && !a.kind && !owner?.party ? quoted.get(si) : undefined;
      // A medium's name that the article gives a person ("Michael Bloomberg … | "…," Bloomberg said."): the person speaks,
      // not the news agency (BASIL: read as "via Bloomberg", no one's word).
      const personMedium = !a.party && a.via && personNamed(a.via, text, mediumPeople) ? a.via : null;
      let party = a.party ?? personMedium ?? owner?.party ?? speaker ?? null;
      let side = sideOf(party) ?? owner?.side ?? null;
      const named = lastNamed(out, si, carried, !!party && /^(?:he|she|his|her)$/i.test(party));
      const kind = a.kind ?? (owner ? (owner.stance === 'denies' ? 'deny' : owner.party ? 'say' : null) : speaker ? 'say' : null);
      const { stance, rule: stanceRule } = stanceWhy(kind, party, masked, false, true);
      const partyRule = a.party ? a.rule : personMedium ? 'party.medium-is-person' : owner?.party ? 'party.embedded-clause' : speaker ? 'party.quotation-run' : null;
      // "he said" is the last named speaker's word; "Its map … showed" is the named speaker's evidence.
      if (party && !side && (PRONOUN.test(party) || POSSESSIVE.test(party)) && named) side = named.side ?? null;
      if (party && POSSESSIVE.test(party) && named) party = `${named.party} (${party.replace(POSSESSIVE, 'its').trim()})`;
      let [inferred, pronounRule]: [boolean, string | null] = [false, null];
      if (party && PRONOUN.test(party)) {
        // With no speaker named just before, "he" or "she" may be whom the sentence before is about (pronoun-subject.ts),
        // or whom the same pronoun opening the sentence before was found to be ("She told voters … | "Ah-hah," she said").
        const found = named || !cue ? null : inferPronoun(sentence, cue, party, sentences, si, text, pronounOf);
        inferred = !!found;
        party = named?.party ?? found;
        pronounRule = named ? 'party.pronoun-last-named' : found ? 'party.pronoun-subject' : null;
      }
      side ??= sideOf(party);
      if (party && side && SURNAME_ONLY.test(party)) party = firstNaming(out, party, side) ?? party;
      const ws = fastWords(masked);
      const claim: Claim = { sentenceIndex: si, sentence, stance };
      if (base.span) claim.span = base.span;
      if (base.hole) claim.hole = base.hole;
      if (cue) claim.cue = cue;
      if (party) claim.party = party;
      // A speaker carried over or inferred is never what a later "he said" refers back to (lastNamed).
      if ((speaker && party === speaker) || inferred) carried.add(claim);
      if (side) claim.side = side;
      if (!personMedium && (a.via ?? owner?.via)) claim.via = (a.via ?? owner?.via)!;
      if (p.negated) claim.negated = true;
      if (clause.contrast) claim.contrast = true;
      // The whole clause names what it holds out against ("Despite … Moscow's claims of control"), so score on all of it.
      const persists = ws.some((w) => PERSIST.has(cachedStem(w)));
      linkContests(out, claim, { anaphoric: anaphoricDenial, strong: a.kind === 'contest' || !!clause.contrast, persists, terms: () => proposition(masked).terms });
      const linkRule = claim.contests === undefined ? null : claim.counter ? 'link.counter-claim' : 'link.denies-earlier';
      claim.rules = [party ? (pronounRule ?? partyRule) : null, stanceRule, p.negated ? 'polarity.negator' : null, linkRule].filter((r) => r !== null);
      out.push(claim);
    }
  }
  return out;
}
