// Claim extraction from one article: check-worthy clauses with who says them, the stance cue, quantities and dates,
// and links from denials and counter-claims back to the claim they contest.
import type { Article } from '../../types.js';
import type { Claim } from './claim-text.js';
import { attribute, sideOf, type Attribution } from './attribution.js';
import { quotationSpeakers } from './quotation-speakers.js';
import { splitClauses, type Clause } from './clauses.js';
import { PERSIST } from '../lexicon/index.js';
import { proposition, type Proposition } from './proposition.js';
import { cachedStem, fastWords } from './words.js';
import { splitSentences } from './sentences.js';
import { claimText } from './claim-text.js';
import { linkContests } from './contest-links.js';
import type { Referent } from './pronoun-subject.js';
import { firstNaming, inferPronoun, lastNamed, personNamed, PRONOUN, SURNAME_ONLY } from './party-naming.js';
import { stanceWhy } from './stance.js';

const MAX_CLAIMS = 120;
/** Characters of an article read for claims (see extractArticleClaims). */
const CLAIM_TEXT_CHARS = 100_000;
const POSSESSIVE = /^(?:its|his|her|their)\b/i;
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

/** What one article's extraction carries from clause to clause. */
interface ArticleScan {
  text: string;
  sentences: string[];
  /** The speaker of each sentence inside a run of quotation, by sentence. */
  quoted: Map<number, string>;
  out: Claim[];
  /** Claims whose speaker was carried over or inferred: never what a later "he said" refers back to (lastNamed). */
  carried: Set<Claim>;
  /** The person an inferred "he" or "she" was taken for, by sentence. */
  pronounOf: Map<number, Referent>;
  /** mediumIsPerson per medium name, read once per article (it scans the whole text). */
  mediumPeople: Map<string, boolean>;
}

/** Who says a clause, and the rules that decided it: the clause's own attribution, else the sentence's first claim's
 *  speaker (an embedded clause), else the quotation run's; pronouns and possessives resolved to a named speaker. */
function speakerOf(
  scan: ArticleScan,
  si: number,
  a: Attribution,
  clause: Clause,
  masked: string,
  cue: [number, number] | undefined,
) {
  const { out, text, sentences } = scan;
  const sentence = sentences[si]!;
  // An embedded clause without its own speaker is part of what the sentence's speaker says.
  const owner = !a.party && !a.kind && clause.start > 0 ? firstOfSentence(out, si) : undefined;
  const speaker = !a.party && !a.kind && !owner?.party ? scan.quoted.get(si) : undefined;
  // A medium's name that the article gives a person ("Michael Bloomberg … | "…," Bloomberg said."): the person speaks,
  // not the news agency (BASIL: read as "via Bloomberg", no one's word).
  const personMedium = !a.party && a.via && personNamed(a.via, text, scan.mediumPeople) ? a.via : null;
  let party = a.party ?? personMedium ?? owner?.party ?? speaker ?? null;
  let side = sideOf(party) ?? owner?.side ?? null;
  const named = lastNamed(out, si, scan.carried, !!party && /^(?:he|she|his|her)$/i.test(party));
  const kind = a.kind ?? (owner ? (owner.stance === 'denies' ? 'deny' : owner.party ? 'say' : null) : speaker ? 'say' : null);
  const { stance, rule: stanceRule } = stanceWhy(kind, party, masked, false, true);
  const partyRule = a.party
    ? a.rule
    : personMedium
      ? 'party.medium-is-person'
      : owner?.party
        ? 'party.embedded-clause'
        : speaker
          ? 'party.quotation-run'
          : null;
  // "he said" is the last named speaker's word; "Its map … showed" is the named speaker's evidence.
  if (party && !side && (PRONOUN.test(party) || POSSESSIVE.test(party)) && named) side = named.side ?? null;
  if (party && POSSESSIVE.test(party) && named) party = `${named.party} (${party.replace(POSSESSIVE, 'its').trim()})`;
  let [inferred, pronounRule]: [boolean, string | null] = [false, null];
  if (party && PRONOUN.test(party)) {
    // With no speaker named just before, "he" or "she" may be whom the sentence before is about (pronoun-subject.ts),
    // or whom the same pronoun opening the sentence before was found to be ("She told voters … | "Ah-hah," she said").
    const found = named || !cue ? null : inferPronoun(sentence, cue, party, sentences, si, text, scan.pronounOf);
    inferred = !!found;
    party = named?.party ?? found;
    pronounRule = named ? 'party.pronoun-last-named' : found ? 'party.pronoun-subject' : null;
  }
  side ??= sideOf(party);
  if (party && side && SURNAME_ONLY.test(party)) party = firstNaming(out, party, side) ?? party;
  const via = personMedium ? null : (a.via ?? owner?.via ?? null);
  return {
    party,
    side,
    via,
    stance,
    rule: party ? (pronounRule ?? partyRule) : null,
    stanceRule,
    carried: (!!speaker && party === speaker) || inferred,
  };
}

/** The claim a clause of sentence `si` makes, or null when it holds nothing a reader could check. */
function clauseClaim(scan: ArticleScan, si: number, clause: Clause): Claim | null {
  const sentence = scan.sentences[si]!;
  const masked = claimText({ sentence, span: [clause.start, clause.end], hole: clause.hole });
  const a = attribute(masked);
  const cue: [number, number] | undefined = a.span ? [a.span[0] + clause.start, a.span[1] + clause.start] : undefined;
  const whole = clause.start === 0 && clause.end === sentence.length;
  const base = { sentence, span: whole ? undefined : ([clause.start, clause.end] as [number, number]), hole: clause.hole, cue };
  const p = proposition(claimText(base));
  const anaphoricDenial = a.kind === 'deny' && p.terms.length + p.events.length <= 1;
  if (!anaphoricDenial && !checkWorthy(p, masked, !!a.party)) return null;
  const who = speakerOf(scan, si, a, clause, masked, cue);
  const claim: Claim = { sentenceIndex: si, sentence, stance: who.stance };
  if (base.span) claim.span = base.span;
  if (base.hole) claim.hole = base.hole;
  if (cue) claim.cue = cue;
  if (who.party) claim.party = who.party;
  if (who.carried) scan.carried.add(claim);
  if (who.side) claim.side = who.side;
  if (who.via) claim.via = who.via;
  if (p.negated) claim.negated = true;
  if (clause.contrast) claim.contrast = true;
  // The whole clause names what it holds out against ("Despite … Moscow's claims of control"), so score on all of it.
  const persists = fastWords(masked).some((w) => PERSIST.has(cachedStem(w)));
  linkContests(scan.out, claim, {
    anaphoric: anaphoricDenial,
    strong: a.kind === 'contest' || !!clause.contrast,
    persists,
    terms: () => proposition(masked).terms,
  });
  const linkRule = claim.contests === undefined ? null : claim.counter ? 'link.counter-claim' : 'link.denies-earlier';
  claim.rules = [who.rule, who.stanceRule, p.negated ? 'polarity.negator' : null, linkRule].filter((r) => r !== null);
  return claim;
}

export function extractArticleClaims(article: Article): Claim[] {
  const paragraphs = new Set<number>();
  // The claims come from the first CLAIM_TEXT_CHARS: MAX_CLAIMS are reached long before (the longest text of the five
  // corpora is 28 kB), and a 5 MB page spent 1.5 s splitting sentences it never read.
  const text =
    article.text.length > CLAIM_TEXT_CHARS
      ? article.text.slice(0, article.text.lastIndexOf(' ', CLAIM_TEXT_CHARS) + 1 || CLAIM_TEXT_CHARS)
      : article.text;
  const sentences = splitSentences(text, paragraphs);
  const scan: ArticleScan = {
    text,
    sentences,
    quoted: quotationSpeakers(sentences, paragraphs),
    out: [],
    carried: new Set(),
    pronounOf: new Map(),
    mediumPeople: new Map(),
  };
  for (let si = 0; si < sentences.length && scan.out.length < MAX_CLAIMS; si++) {
    for (const clause of splitClauses(sentences[si]!)) {
      const claim = clauseClaim(scan, si, clause);
      if (claim) scan.out.push(claim);
    }
  }
  return scan.out;
}
