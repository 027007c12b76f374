// Who a clause is attributed to and with which kind of verb: "the Kremlin said Wednesday", "according to Ukraine, the
// U.S. and South Korea", "Kyiv officials denied the claim", "reported AFP". Returns the party and the cue's span.
import { IRREGULAR_DEMONYMS, MEDIA, MONTHS, NOT_DEMONYMS, SIDE_OF } from '../lexicon/index.js';
import { passiveRefusal, withholds } from './polarity.js';
import { fastWords } from './proposition.js';
import { cleanCited, cleanParty, CLOSING_QUOTE, HONORIFIC, TIME, verbKind, type CueKind } from './speaker-phrase.js';
import { alternation } from '../lexicon/build.js';

export type { CueKind } from './speaker-phrase.js';

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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** A closed quotation of four words or more, then a speaker of one to four words. */
const QUOTE_THEN_SPEAKER = /["“](?:[^"“”]*\s){3,}[^"“”]*[,!?]["”]\s+(?:[\p{L}.'’-]+\s+){1,4}$/u;
/** A time and a comma after a verb: "…, announced Tuesday, …" (see attributeCore). */
const PARTICIPLE_TIME = new RegExp(`^\\s+${TIME}\\s*,`, 'i');
const AFTER_VERB = new RegExp(`^(?:\\s+${TIME})?(?:\\s+that\\b|\\s+to\\b|\\s*[,:])?`, 'i');

/** A role and a name after a medium's name: " meteorologist Taylor Ward", "'s Lyse Doucet". */
const STAFF_NAME = /^(?:['’]s)?\s+(?:(?!(?:with|to|from|by|for|and|of|spoke|says|said|told|asked|wrote)\s)\p{Ll}+(?<!ed)\s+){0,3}\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;
/** …but not the medium's own full name ("Yonhap News Agency", "Al Jazeera English"). */
const OUTLET_WORD = /\b(?:News|Agency|Network|Television|TV|Radio|Channel|Press|Service|Media|English|Online|Digital|International)$/;

function viaOf(text: string): string | null {
  const m = MEDIA.exec(text);
  return m ? m[0] : null;
}

/** Split "Russian defence ministry statements cited by news agency AP" into party and the medium. */
function splitVia(party: string): { party: string | null; via: string | null } {
  const m = /^(.*?)\s+(?:cited|quoted|reported)\s+by\s+(.+)$/i.exec(party);
  if (m) return { party: m[1]!.replace(/\s+statements?$/i, ''), via: m[2]! };
  const via = viaOf(party);
  // A medium's own named person ("CNN meteorologist Taylor Ward", "BBC correspondent Lyse Doucet") speaks for
  // himself, through it (AllSides: the forecaster's figures were shown as resting on CNN's word, his next sentence's
  // as on Ward's).
  if (via && party.startsWith(via) && STAFF_NAME.test(party.slice(via.length)) && !OUTLET_WORD.test(party)) return { party, via };
  // A party that is only a medium ("TASS", "Russian state media", "Video broadcast by …") is the press reporting.
  if (via && (MEDIA.test(party.replace(/^(?:the|russian|ukrainian|state|local|national|news|\s)+/i, '')) || /\b(?:video|footage|broadcast)\b/i.test(party))) {
    return { party: null, via: party };
  }
  return { party, via: null };
}

function result(rawParty: string | null, kind: CueKind, span: [number, number], rule: string): Attribution | null {
  const cleaned = rawParty ? cleanParty(rawParty) : null;
  if (!cleaned) return null;
  const { party, via } = splitVia(cleaned);
  return { party, via, kind, span, rule };
}

const ACCORDING_LEAD = /^(?:according to|as per|citing)\s+([^,;:]+),\s*/iu;
const ACCORDING_TAIL = /,\s*(?:according to|as per|citing)\s+([^;:"“”]+?)\.?["”']?$/iu;
/** Where it was said, a programme's quoted title and all: "…," he said on NBC's "Meet the Press." (BASIL). */
const PLACE = String.raw`(?:\s+(?:in|on|at|during|after|as|while|when|before)\s+[^,"“”]{0,50}?(?:\s*["“][^,"“”]{1,40}?(?=[.!]?["”']?$))?)?`;
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
const INVERTED_SETTING = /,["”']\s*(said|says|added)\s+([^,;:]{2,60}?)\s+(?:in|on|at|during|after|before|while|when)\s+[^,;:]{1,60}?\s*[.!]?["”']?$/iu;

const TOLL_KEEPER = /^([^,;:"“”]{2,70}?)(\s+(?:also\s+|later\s+|on\s+\p{L}+\s+)?(?:has\s+|have\s+|had\s+)?(?:raised|put|lowered|revised|updated|increased|placed|set))\s+(?:the|its|their)\s+(?:official\s+|overall\s+)?(?:death\s+toll|toll|tally|casualty\s+(?:figure|count)|number\s+of\s+(?:dead|deaths|injured|wounded|victims|casualties|missing|people\s+(?:killed|injured|dead|missing)|injured\s+people|confirmed\s+cases|cases))\b/iu;
/** "…," Sen. Chris Murphy, D-Conn., told Politico.": after "told" comes the listener, never the speaker; the speaker
 *  is the comma segment before, or the one before that when the last is an appositive ("Bob Haueter, Farenthold's
 *  chief of staff, told HuffPost at the time."). The corpora's bodies took the outlet told for the party 40 times. */
const TOLD_TAIL = /^,\s*told\s+(?:reporters|journalists|the\s+\p{Lu}|\p{Lu})[^,;:"“”]{0,50}?\s*[.!]?["”']?$/u;
/** The same with "said" and a time or a setting after it: "…," Abbott, a Republican, said during a bill signing
 *  ceremony." (AllSides); "…," Jim Manley, a spokesman for Mr. Reid, said in an e-mail." (BASIL). The last comma put
 *  the speaker out of the trailing pattern's reach: 73 such claims across the corpora named no one. */
const SAID_TAIL = new RegExp(String.raw`^,\s*(?:said|says|added|wrote|explained|noted)(?:\s+${TIME})?${PLACE}(?:\s+${TIME})?\s*[.!]?["”']?$`, 'iu');
function toldSpeaker(text: string, at: number, tail: string): Attribution | null {
  if (!TOLD_TAIL.test(tail) && !SAID_TAIL.test(tail)) return null;
  return segmentSpeaker(text, at, text.length, 'party.said-to-after-quote');
}
/** "Asked … how genuine his presidential ambition is, Trump, who would have to hand over the reins of his
 *  international empire in order to run the country, said, "I always take things seriously …"" (BASIL): a verb of
 *  saying and a quotation after a speaker and appositives, too far into the sentence for the leading speaker. */
const SAID_THEN_QUOTE = /,\s*(?:said|says|added|told\s+(?:reporters|journalists|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))\s*[,:]\s*["“]/u;

/** The speaker among the comma segments before `at` (the comma before the verb); the cue runs to `cueEnd`. */
function segmentSpeaker(text: string, at: number, cueEnd: number, rule: string): Attribution | null {
  // Up to four comma segments before ", told": the speaker is the rightmost that is no appositive ("a spokesman for
  // …", "who herds camels …", "D-Conn.", "31"), else the last.
  let end = at;
  let pick: { seg: string; from: number } | null = null;
  for (let k = 0; k < 4 && end > 0; k++) {
    const from = text.lastIndexOf(',', end - 1) + 1;
    // Inside a segment, the speaker follows the quotation's close ("…than that," committee member Rep. Jason Chaffetz).
    const raw = text.slice(from, end);
    const close = Math.max(raw.lastIndexOf('”'), raw.lastIndexOf('"'));
    const seg = (close >= 0 ? raw.slice(close + 1) : raw).replace(/^[\s"“”'‘’]+/, '').trim();
    // The last item of a list ("…, the former chairman of the subcommittee on the Constitution, Civil Rights and Civil
    // Liberties, told The Washington Post.", BASIL) is no speaker.
    const listEnd = close < 0 && from > 0 && /\sand\s/.test(seg);
    // A quoted phrase ("…, 'More money, less problems', on his Instagram profile, said") is no speaker; nor is one word
    // naming the appositive before it ("Asim Qureshi, research director at the rights group, CAGE, said", FNC-1).
    const quoted = /^\s*["“‘']\p{L}/u.test(raw);
    const left = from > 0 ? text.slice(text.lastIndexOf(',', from - 2) + 1, from - 1).trim() : '';
    const named = close < 0 && !/\s/.test(seg) && APPOSITIVE.test(left) && !ROLE_NAME.test(left);
    if (quoted || named) {
      end = from - 1;
      continue;
    }
    if (k === 0 && !listEnd) pick = { seg, from };
    if (seg && !listEnd && (!APPOSITIVE.test(seg) || ROLE_NAME.test(seg))) {
      pick = { seg, from };
      break;
    }
    end = from - 1;
  }
  if (!pick?.seg) return null;
  return result(pick.seg, 'say', [text.indexOf(pick.seg, pick.from), cueEnd], rule);
}
/** A role before a name is a speaker, not an appositive: "his agent Marc Cornstein", "committee member Rep. Jason
 *  Chaffetz"; not "a spokesman for the National Pork Producers Council". */
const ROLE_NAME = new RegExp(String.raw`(?:^|\s)(?!(?:a|an|for|of|at|the|in|from|with|and|to|on)\s)\p{Ll}+\s+(?:${HONORIFIC}\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$`, 'u');
/** An appositive after a name: lower-case ("a doctor", "who herds camels", "his agent"), a party and state ("D-Ill.",
 *  "Republican of Texas"), an age,
 *  or someone's role ("Farenthold's chief of staff"). */
const APPOSITIVE = /^(?:\p{Ll}|[DRI]-\p{Lu}|\d|(?:Republican|Democrat|Independent)\s+(?:of|from)\s|(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s+\p{Ll})/u;

const OWNED_WORDS = /^(?:(His|Her|Their)|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s)\s+(?:response|reply|answer|retort|explanation|verdict|message|statement|words|tweet)\s*:\s*["“]/u;
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
const INVERTED_APPOSITIVE = /[,!?]["”]\s+(?:said|says|added)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*,\s*(?=(?:who|a|an|the|his|her)\s)/u;
const BETWEEN_QUOTES = /[,!?]["”]\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:said|says|added|continued|went\s+on)\s*,\s*["“]/u;

/** The auxiliary of a passive before a verb: "was confirmed", "has been reported", "were also denied". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)(?:\s+(?:also|first|later|not|never|officially|publicly|widely))?\s+$/i;

/** "Rejected" and "contested" take an offer or a vote as often as a claim: "Congress … rejected President Obama’s veto",
 *  "Democrats rejected the offer", "Sestak ultimately rejected the overture" (BASIL) are events, not denials; they deny
 *  when what follows is a claim ("rejected claims that …", "rejected that notion") or a clause ("rejected that …"). A
 *  pronoun is either ("Speaker Nancy Pelosi rejected it even before Mr. Trump spoke": the offer, BASIL) and is left out. */
const ACTION_DENY = /^(?:reject|rejects|rejected|contest|contests|contested)$/i;
const DENIED_CLAIM = /^\s+(?:(?:firmly|flatly|categorically|strongly|outright)\s+)?(?:that\b|(?:(?:the|these|those|that|this|such|any|all|his|her|their|its|\p{L}+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}(?:claims?|reports?|allegations?|accusations?|assertions?|suggestions?|notion|idea|story|stories|rumou?rs?|characteri[sz]ation|account|version|narrative|findings?|conclusions?|charges?)\b)/iu;

/** The signature under an embedded tweet: "— Justin Ling (@Justin_Ling) October 22, 2014" (FNC-1 bodies: 161 of them).
 *  The account's display name is the party; the tweet's words before it are what it says. */
const TWEET_SIGNATURE = new RegExp(String.raw`(?:[—–]\s*|;\s+|\s+-\s+|^\s*)([^—–;()@\n]{1,60}?)\s*\(@\w{1,15}\)\s*${alternation(MONTHS)}\s+\d{1,2},\s+\d{4}\s*$`, 'u');

/** What an embedded tweet is said through (Attribution.via). */
export const TWITTER = 'Twitter';

/** Find the attribution of one clause (no attribution → all null). */
export function attribute(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null, rule: null };
  const tweet = text.includes('(@') ? TWEET_SIGNATURE.exec(text) : null;
  // A dash garbled by a wrong encoding ("â€”") may stay before the name.
  const tweeter = tweet?.[1]?.replace(/^\s*(?:â€”|â€“)?\s*/, '').trim();
  if (tweet && tweeter) return { party: tweeter, via: TWITTER, kind: 'say', span: [tweet.index, text.length], rule: 'party.tweet-signature' };
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

function attributeCore(text: string): Attribution {
  const none: Attribution = { party: null, via: null, kind: null, span: null, rule: null };
  // A trailing speaker has no comma in it, so only the text from the last comma on can hold one.
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
      const afterQuote = /^,\s*["”']/.test(tail) && /^[a-z]+ed$/.test(tr[2]!) && tr[1]!.split(/\s+/).length <= 5
        && quoted.split(/\s+/).length >= 4 && !/\b(?:who|which|that|say|says|said)\b/i.test(tr[1]!);
      const kind = verbKind(tr[2]!.replace(/^(?:has|have|had) /, '')) ?? (afterQuote ? 'say' : null);
      const r = kind ? result(tr[1]!, kind, [at, text.length], `party.trailing-${kind}-verb`) : null;
      if (r) return r;
    }
  }
  // Leading speaker: the first verb of saying within the first fourteen words, with a speaker phrase before it.
  let count = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (++count > 14) break;
    // Between the parts of a quotation, any past-tense verb tells who spoke: "“It is still morning in America,” he
    // posited, “it just happens …" (BASIL), as at a sentence's end (see TRAILING above).
    const kind = verbKind(m[0]) ?? (/^[a-z]+ed$/.test(m[0]) && QUOTE_THEN_SPEAKER.test(text.slice(0, m.index)) && /^\s*,\s*["“]/.test(text.slice(m.index + m[0].length)) ? 'say' : null);
    if (!kind || m.index === 0) continue;
    // "The man accused of shooting three co-workers …" is the one accused; "X accused Y of …" is X's charge.
    if (/^accus/i.test(m[0]) && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "Police say …" speaks; "declined to say", "would say", "let's say" do not.
    if (/^say$/i.test(m[0]) && /(?:\b(?:to|would|could|can|will|might|may|should|must|not|let['’]s|I|you|and|which)|n['’]t|['’](?:d|ll))\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // After a determiner the verb form is an adjective: "his alleged health troubles", "the reported deal" (FNC-1).
    if (/(?:^|\s)(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = text.slice(m.index + m[0].length);
    // Right after a comma, a past participle describes what comes before it: "The all-cash deal, announced Tuesday,
    // represents HP's biggest gamble" (FNC-1) names no speaker.
    if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /ed$/i.test(m[0]) && PARTICIPLE_TIME.test(after)) continue;
    // "The detentions added to the mystery": "add to" is to increase, not to say.
    if (/^add(?:s|ed)?$/i.test(m[0]) && /^\s+to\b/i.test(after)) continue;
    // A passive names the speaker after "by", if anywhere: "Gigante's death also was confirmed by Christine Monaco, a
    // spokeswoman for the FBI" is hers, "The truce was announced on Friday by Nigeria's chief of defence staff" his;
    // "His death was confirmed" is no one's (ECB+, FNC-1: the death and the truce were the parties).
    const passive = PASSIVE_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (passive) {
      const agent = /^(?:\s+(?:on|in|at|last|this|earlier|late|early)\s+[\p{L}\d’'-]+(?:\s+[\p{L}\d’'-]+)?)?\s+by\s+([^,;:.]{2,60})/u.exec(after);
      const r = agent ? result(agent[1]!, kind, [m.index - passive[0].length, m.index + m[0].length + agent[0].length], 'party.passive-by') : null;
      if (r) return r;
      continue;
    }
    if (kind === 'deny' && ACTION_DENY.test(m[0]) && !DENIED_CLAIM.test(after)) continue;
    // "insisted on remaining anonymous", "measures insisted upon by the EU" demand; they contest nothing (ECB+).
    if (kind === 'contest' && /^\s+(?:on|upon)\b/i.test(after)) continue;
    // "Israel has maintained discreet military, intelligence and business ties with the Kurds" keeps something up;
    // it holds no position against anyone (FNC-1). "maintained his innocence" does.
    if (kind === 'contest' && /^maintain/i.test(m[0]) && KEPT_UP.test(after)) continue;
    // "a plan that could deny harbour berths to ferries …" withholds; nobody denies a statement.
    if (kind === 'deny') {
      const upTo = fastWords(text.slice(Math.max(0, m.index - 60), m.index + m[0].length));
      if (withholds(m[0].toLowerCase(), fastWords(after.slice(0, 80)), upTo.at(-2), false) || passiveRefusal(upTo, upTo.length - 1)) continue;
    }
    const tail = AFTER_VERB.exec(after)![0];
    // A quotation before the speaker is what was said: the cue starts after it, or the claim would be blanked with it
    // ("“There was no such impropriety,” Robert F. Bauer, the White House counsel, said in a memo" kept only "in a
    // memo released to reporters", BASIL; a shorter quotation left nothing, and the claim was dropped).
    let from = 0;
    for (const q of text.slice(0, m.index).matchAll(CLOSING_QUOTE)) from = q.index + 1;
    const r = result(text.slice(0, m.index), kind, [from, m.index + m[0].length + tail.length], `party.leading-${kind}-verb`);
    if (r) return r;
  }
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

/** The side (country) a party speaks for, from capitals, seats of government and demonyms; else null. */
const SIDE_NAME = new RegExp(`\\b(?:${[...SIDE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`);

export function sideOf(party: string | null): string | null {
  if (!party) return null;
  const m = SIDE_NAME.exec(party.toLowerCase());
  return m ? SIDE_OF.get(m[0])! : nameSide(party);
}

/** What one maintains that is no position: ties, a presence, control, order, a lead (a few modifiers before it, no
 *  verb between: "maintains its troops have control" still contests). */
const KEPT_UP = /^\s+(?:(?!(?:that|is|are|was|were|has|have|had|will|would|could|can|did|do|does)\b)[\p{L}-]+,?\s+(?:and\s+)?){0,5}?(?:ties|relations(?:hips?)?|links|contacts?|presence|control|order|silence|lead|bases?|offices?|operations|records?|websites?|friendship|dialogue|communications?|cooperation|co-operation|residences?|homes?|a\s+low\s+profile|profile|distance|neutrality|momentum|standards?|health|weight|pressure|sanctions|embargo)\b/iu;

/** A party that is a person or a person's circle, not a state or a body: a first and last name ("Prosecutor Anthony
 *  Evans", "prison spokesman Al Quintero"), kin, counsel or witnesses ("Relatives", "his lawyers"). */
const KIN_OR_COUNSEL = /\b(?:relatives|famil(?:y|ies)|brothers?|sisters?|wife|husband|widow|mother|father|sons?|daughters?|lawyers?|attorneys?|prosecutors?|friends?|neighbou?rs?|witness(?:es)?|victims?)\b/i;
const FIRST_LAST = /\b\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+$/u;
export function isPersonParty(party: string): boolean {
  return KIN_OR_COUNSEL.test(party) || FIRST_LAST.test(party.trim());
}

const COUNTRY_SIDES = new Set(SIDE_OF.values());
/** A side on the known list ("russia", "united states"): its leaders speak for it. */
export const isKnownCountry = (side: string): boolean => COUNTRY_SIDES.has(side);

/** A side that is a country: a known one ("russia"), or one read off a demonym ("Ostrian officials" → "ostria"); not a
 *  side read off a name or a word ("Relatives", "Prosecutor Anthony Evans", "the International Maritime Bureau"). */
export function isCountrySide(side: string, party: string | undefined): boolean {
  if (COUNTRY_SIDES.has(side)) return true;
  return !!party && party.split(/[\s,]+/).some((w) => demonymSide(w.replace(/['’]s$/, '').toLowerCase()) === side);
}

/** The country a demonym names ("ostrian" → "ostria", "kenyan" → "kenya", "mexican" → "mexico"); null for other
 *  words, among them the look-alikes that name no country ("republican", "veteran": lexicon/demonyms.ts). */
function demonymSide(f: string): string | null {
  const irregular = IRREGULAR_DEMONYMS.get(f);
  if (irregular) return irregular;
  return f.length > 5 && /(?:ian|an)$/.test(f) && !LOOK_ALIKES.has(f) ? f.slice(0, -1) : null;
}
const LOOK_ALIKES = new Set(NOT_DEMONYMS);

/** Does `text` name the country side `side` anyhow ("Ukrainian forces", "Kyiv", "the Kremlin"; for a country off the
 *  list, its name or demonym: "an Ostrian trawler")? */
export function namesSide(text: string, side: string): boolean {
  for (const m of text.toLowerCase().matchAll(SIDE_NAMES_ALL)) if (SIDE_OF.get(m[0]) === side) return true;
  if (COUNTRY_SIDES.has(side)) return false;
  return fastWords(text).some((w) => {
    const f = w.replace(/['’]s$/, '').toLowerCase();
    return f === side || demonymSide(f) === side;
  });
}
const SIDE_NAMES_ALL = new RegExp(SIDE_NAME.source, 'g');

/** Titles and offices that do not name a side ("President", "Ministry"). */
const OFFICE = /^(?:the|a|an|president|prime|minister|foreign|defen[cs]e|ministry|army|armed|general|staff|security|council|secretary|governor|gov|mr|mrs|ms|dr|sen|rep|attorney|speaker|senator|representative|judge|justice|officials?|spokes(?:man|woman|person)|aide|military|regional|local|state|national|interior|office)$/i;

/** Last words of a run of capitalised words that make it a body, not a person ("the Civil Protection Agency", "Fox
 *  News"). */
const BODY_WORD = /^(?:agency|authority|bureau|department|ministry|office|service|police|party|council|court|committee|commission|university|college|school|hospital|institute|center|centre|foundation|association|union|group|network|news|times|post|journal|press|media|company|corp|inc|bank|fund|board|house|senate|congress|parliament|administration|army|navy|force|forces|guard|command|church|club|team|watch|organi[sz]ation|society|federation|league|county|city|state|states|republic|kingdom)$/i;
/** A word of a person's name: capitalised and lower-cased after, or an initial ("J."). */
const NAME_PART = /^(?:\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*|\p{Lu}\.)$/u;

/** Who speaks for a body rather than for themself ("Apple spokesman Tom Neumayr" is Apple's word). */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|representatives?|officials?|aides?)\b/i;

/** Family names said first ("Kim Jong Un", "Xi Jinping", "Moon Jae-in"): the name's first word is its surname. */
const FAMILY_FIRST = /^(?:Kim|Xi|Li|Wang|Zhang|Liu|Chen|Park|Moon|Yoon|Hu|Mao|Deng|Jiang|Zhou)$/;

/** The surname of the last person named in a party: a run of two to four name words, with no title or body word in
 *  it or right after it ("Los Angeles Police Chief Charlie Beck" → "beck"; "New York Times" names no one). */
export function personSide(ws: readonly string[]): string | null {
  let found: string | null = null;
  let run = 0;
  const first = (i: number): string => ws[i - run]!.replace(/['’]s$/, '');
  for (let i = 0; i <= ws.length; i++) {
    const w = i < ws.length ? ws[i]!.replace(/['’]s$/, '') : '';
    if (w && NAME_PART.test(w) && !OFFICE.test(w.replace(/\.$/, '')) && !BODY_WORD.test(w)) {
      run++;
      continue;
    }
    const last = ws[i - 1]?.replace(/['’]s$/, '') ?? '';
    if (run >= 2 && run <= 4 && !/\.$/.test(last) && !BODY_WORD.test(w)) found = (FAMILY_FIRST.test(first(i)) ? first(i) : last).toLowerCase();
    run = 0;
  }
  return found;
}

/** Unknown countries and people: a person's surname ("Donald Trump", "President Donald Trump" and "Trump's lawyer" are
 *  one party with "Trump"; by first names, John Kirby and John Kerry were one, and Donald Trump and Trump two); else
 *  the first name in the party, a demonym folded to its country ("Ostrian officials" → "ostria", "the International
 *  Maritime Bureau" → "international"). */
function nameSide(party: string): string | null {
  const ws = party.split(/[\s,]+/);
  // A spokesman speaks for the body named before him; with none named ("prison spokesman Al Quintero"), for himself.
  const sp = SPEAKS_FOR.exec(party);
  const body = !!sp && party.slice(0, sp.index).split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !OFFICE.test(w.replace(/\.$/, '')));
  const person = body ? null : personSide(ws);
  if (person) return person;
  for (const w of ws) {
    // "Mr." and "Sen." with their stop are titles too (BASIL: every "Mr. X" was side "mr.").
    const bare = w.replace(/['’]s$/, '').replace(/\.$/, '');
    if (!/^\p{Lu}/u.test(bare) || OFFICE.test(bare)) continue;
    const f = bare.toLowerCase();
    return demonymSide(f) ?? f;
  }
  return null;
}
