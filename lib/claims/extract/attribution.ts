// Who a clause is attributed to and with which kind of verb: "the Kremlin said Wednesday", "according to Ukraine, the
// U.S. and South Korea", "Kyiv officials denied the claim", "reported AFP". Returns the party and the cue's span.
import { MONTHS } from '../lexicon/index.js';
import { leadingSpeaker } from './leading-speaker.js';
import { cleanCited, TIME, verbKind, type CueKind } from './speaker-phrase.js';
import { PLACE, result, SAID_THEN_QUOTE, segmentSpeaker, splitVia, toldSpeaker } from './speaker-segments.js';
import { alternation } from '../lexicon/build.js';

export type { CueKind } from './speaker-phrase.js';
export { isCountrySide, isKnownCountry, isPersonParty, namesSide, personSide, sideOf } from './party-side.js';

export interface Attribution {
  party: string | null;
  /** A news organisation the clause is reported through ("TASS", "news agency AP"). */
  via: string | null;
  kind: CueKind | null;
  /** Character span of the attribution cue inside the clause (removed from the proposition). */
  span: [number, number] | null;
  /** Id of the rule that found the party (rules.ts), null when none did. */
  rule: string | null;
}

const ACCORDING_LEAD = /^(?:according to|as per|citing)\s+([^,;:]+),\s*/iu;
const ACCORDING_TAIL = /,\s*(?:according to|as per|citing)\s+([^;:"“”]+?)\.?["”']?$/iu;
/** A speaker and a verb after the last comma, then what follows the verb (`after`), to the sentence's end. */
const trailing = (after: string): RegExp =>
  new RegExp(String.raw`,["”']?\s*([^,;:"“”]{1,80}?)\s+((?:has |have |had )?[a-z]+)(?:\s+${TIME})?${after}\s*[.!]?["”']?$`, 'u');
const TRAILING = trailing(PLACE);
/** The same with whom it was said to: "…,” Mr. Blumenthal said to the group gathered in Norwalk in March 2008." (BASIL).
 *  Tried second, as "a source close to First Look confirmed today" holds a "to" of its own; never "to" a verb ("denied
 *  to detail") or a clause ("confirmed to Bloomberg that …"), which are what was said. */
const TO_WHOM = String.raw`\s+to\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|reporters\b|journalists\b|applause\b|laughs?\b|laughter\b|cheers\b|\p{Lu})(?:(?!\b(?:that|who|which|whether)\b)[^,"“”]){1,60}?`;
const TRAILING_TO = trailing(TO_WHOM);
/** After a quotation, the speaker and the listener told, with a programme's quoted title and a time or place: "…,"
 *  Trump told NBC's "Today" show on Thursday." (BASIL: a long quotation put the verb past the leading speaker's reach,
 *  and the outlet carrying it was taken to assert it). */
const TOLD_AFTER_QUOTE = new RegExp(
  String.raw`,["”’']\s*([^,;:"“”]{1,60}?)\s+told\s+(?=reporters\b|journalists\b|the\b|a\b|an\b|his\b|her\b|their\b|\p{Lu})(?:(?!\b(?:that|who|which|whether)\b)[^,"“”]){1,50}?(?:\s*["“][^,"“”]{1,40}?["”](?:\s+(?:show|program|programme|podcast))?)?(?:\s+(?:on|in|at|last|this|earlier|late|early)\s+[^,"“”]{1,30}?)?\s*[.!]?["”']?$`,
  'u',
);
const INVERTED = /,["”']?\s*(said|says|reported|added)\s+([^,;:]{2,60}?)\s*[.!]?["”']?$/iu;
/** The same right after a quotation, with a setting after the speaker, when the whole is no speaker: "…," said Trump
 *  in an interview on NBC's "Today" show (BASIL). Tried second, so "said officials in Kyiv" keeps its place in the
 *  party; never "told", whose object is the listener ("…, told CNN she is still in shock"). */
const INVERTED_SETTING =
  /,["”']\s*(said|says|added)\s+([^,;:]{2,60}?)\s+(?:in|on|at|during|after|before|while|when)\s+[^,;:]{1,60}?\s*[.!]?["”']?$/iu;

const TOLL_KEEPER =
  /^([^,;:"“”]{2,70}?)(\s+(?:also\s+|later\s+|on\s+\p{L}+\s+)?(?:has\s+|have\s+|had\s+)?(?:raised|put|lowered|revised|updated|increased|placed|set))\s+(?:the|its|their)\s+(?:official\s+|overall\s+)?(?:death\s+toll|toll|tally|casualty\s+(?:figure|count)|number\s+of\s+(?:dead|deaths|injured|wounded|victims|casualties|missing|people\s+(?:killed|injured|dead|missing)|injured\s+people|confirmed\s+cases|cases))\b/iu;

const OWNED_WORDS =
  /^(?:(His|Her|Their)|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s)\s+(?:response|reply|answer|retort|explanation|verdict|message|statement|words|tweet)\s*:\s*["“]/u;
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
const INVERTED_APPOSITIVE =
  /[,!?]["”]\s+(?:said|says|added)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*,\s*(?=(?:who|a|an|the|his|her)\s)/u;
const BETWEEN_QUOTES =
  /[,!?]["”]\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:said|says|added|continued|went\s+on)\s*,\s*["“]/u;

/** The signature under an embedded tweet: "— Justin Ling (@Justin_Ling) October 22, 2014" (FNC-1 bodies: 161 of them).
 *  The account's display name is the party; the tweet's words before it are what it says. */
const TWEET_SIGNATURE = new RegExp(
  String.raw`(?:[—–]\s*|;\s+|\s+-\s+|^\s*)([^—–;()@\n]{1,60}?)\s*\(@\w{1,15}\)\s*${alternation(MONTHS)}\s+\d{1,2},\s+\d{4}\s*$`,
  'u',
);

/** What an embedded tweet is said through (Attribution.via). */
export const TWITTER = 'Twitter';

/** Find the attribution of one clause (no attribution → all null). */
export function attribute(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null, rule: null };
  const tweet = text.includes('(@') ? TWEET_SIGNATURE.exec(text) : null;
  // A dash garbled by a wrong encoding ("â€”") may stay before the name.
  const tweeter = tweet?.[1]?.replace(/^\s*(?:â€”|â€“)?\s*/, '').trim();
  if (tweet && tweeter)
    return { party: tweeter, via: TWITTER, kind: 'say', span: [tweet.index, text.length], rule: 'party.tweet-signature' };
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
    return { party: who.party, via: who.via, kind: 'say', span, rule: 'party.according-to' };
  }
  return attributeCore(text) ?? none;
}

/** A speaker after the sentence's last comma: "…, said Bloomberg", "…, Kyiv officials denied." A trailing speaker
 *  has no comma in it, so only the text from the last comma on can hold one. */
function trailingSpeaker(text: string): Attribution | null {
  const at = text.lastIndexOf(',');
  if (at >= 0) {
    const tail = text.slice(at);
    for (const re of [INVERTED, INVERTED_SETTING]) {
      const inv = re.exec(tail);
      const r = inv ? result(inv[2]!, 'say', [at, text.length], 'party.inverted-verb') : null;
      if (r) return r;
    }
    const told = toldSpeaker(text, at, tail);
    if (told) return told;
    const tq = TOLD_AFTER_QUOTE.exec(tail);
    const toldQ = tq ? result(tq[1]!, 'say', [at, text.length], 'party.told-after-quote') : null;
    if (toldQ) return toldQ;
    for (const re of [TRAILING, TRAILING_TO]) {
      const tr = re.exec(tail);
      if (!tr) continue;
      // Right after a closed quotation, any verb in the past tense tells who spoke: "…,” he continued.", "…," Ana
      // Vel recalled." (a speaker of a few words only; the verbs of saying are listed, these are not).
      // A short quoted title is no quotation ('indie film "Jobs," the ill-received Ashton Kutcher vehicle released').
      const quoted = /["“']([^"“”']*)$/.exec(text.slice(0, at))?.[1] ?? '';
      const afterQuote =
        /^,\s*["”']/.test(tail) &&
        /^[a-z]+ed$/.test(tr[2]!) &&
        tr[1]!.split(/\s+/).length <= 5 &&
        quoted.split(/\s+/).length >= 4 &&
        !/\b(?:who|which|that|say|says|said)\b/i.test(tr[1]!);
      const kind = verbKind(tr[2]!.replace(/^(?:has|have|had) /, '')) ?? (afterQuote ? 'say' : null);
      const r = kind ? result(tr[1]!, kind, [at, text.length], `party.trailing-${kind}-verb`) : null;
      if (r) return r;
    }
  }
  return null;
}

/** The speaker rules in order, the first that finds a party deciding: trailing, leading, then the quotation forms. */
function attributeCore(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null, rule: null };
  const trail = trailingSpeaker(text);
  if (trail) return trail;
  const lead = leadingSpeaker(text);
  if (lead) return lead;
  const saidQuote = SAID_THEN_QUOTE.exec(text);
  if (saidQuote) {
    const r = segmentSpeaker(text, saidQuote.index, saidQuote.index + saidQuote[0].length - 1, 'party.said-then-quote');
    if (r) return r;
  }
  // "His response: “Well, I have people …”" (BASIL): the response's owner speaks; "his" is the one named before.
  const owned = OWNED_WORDS.exec(text);
  if (owned) {
    const pronoun = owned[1] ? POSSESSIVE_PRONOUN[owned[1].toLowerCase()]! : null;
    const r = result(pronoun ?? owned[2]!, 'say', [0, owned[0].length - 1], 'party.owned-words');
    if (r) return r;
  }
  // An official figure revised by whoever keeps it: "The Civil Protection Agency also raised the number of injured
  // people to 9,900", "Officials put the death toll at 40" (AllSides, ECB+: shown as resting on the outlet's word).
  const toll = TOLL_KEEPER.exec(text);
  if (toll) {
    const r = result(toll[1]!, 'say', [0, toll[1]!.length + toll[2]!.length], 'party.toll-keeper');
    if (r) return r;
  }
  // "…," said Bloomberg, who added that …" (BASIL): the inverted speaker, an appositive or relative clause after it.
  const inverted = INVERTED_APPOSITIVE.exec(text);
  if (inverted) {
    const r = result(inverted[1]!, 'say', [inverted.index + 2, inverted.index + inverted[0].length], 'party.inverted-appositive');
    if (r) return r;
  }
  // A speaker between two parts of a quotation, however far into the sentence: "I think his actions … speak
  // volumes," Menendez said, "I'm sure he will …" (BASIL: a sentence the quotation ran on into, its speaker
  // named only at its 15th word). A name only: a "he said" there is the one named before it.
  const between = BETWEEN_QUOTES.exec(text);
  if (between) {
    const r = result(between[1]!, 'say', [between.index + 2, between.index + between[0].length], 'party.between-quotes');
    if (r) return r;
  }
  return none;
}
