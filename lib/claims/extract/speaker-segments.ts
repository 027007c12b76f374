// A party's clean-up and the speaker among comma segments: a medium split off the party ("… cited by news agency AP"),
// and the speaker of "…," Abbott, a Republican, said during a bill signing ceremony." (attribution.ts reads the rest).
import { MEDIA } from '../lexicon/index.js';
import type { Attribution } from './attribution.js';
import { cleanParty, HONORIFIC, TIME, type CueKind } from './speaker-phrase.js';

/** Where it was said, a programme's quoted title and all: "…," he said on NBC's "Meet the Press." (BASIL). */
export const PLACE = String.raw`(?:\s+(?:in|on|at|during|after|as|while|when|before)\s+[^,"“”]{0,50}?(?:\s*["“][^,"“”]{1,40}?(?=[.!]?["”']?$))?)?`;

/** A role and a name after a medium's name: " meteorologist Taylor Ward", "'s Lyse Doucet". */
const STAFF_NAME =
  /^(?:['’]s)?\s+(?:(?!(?:with|to|from|by|for|and|of|spoke|says|said|told|asked|wrote)\s)\p{Ll}+(?<!ed)\s+){0,3}\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;
/** …but not the medium's own full name ("Yonhap News Agency", "Al Jazeera English"). */
const OUTLET_WORD =
  /\b(?:News|Agency|Network|Television|TV|Radio|Channel|Press|Service|Media|English|Online|Digital|International)$/;

function viaOf(text: string): string | null {
  const m = MEDIA.exec(text);
  return m ? m[0] : null;
}

/** Split "Russian defence ministry statements cited by news agency AP" into party and the medium. */
export function splitVia(party: string): { party: string | null; via: string | null } {
  const m = /^(.*?)\s+(?:cited|quoted|reported)\s+by\s+(.+)$/i.exec(party);
  if (m) return { party: m[1]!.replace(/\s+statements?$/i, ''), via: m[2]! };
  const via = viaOf(party);
  // A medium's own named person ("CNN meteorologist Taylor Ward", "BBC correspondent Lyse Doucet") speaks for
  // himself, through it (AllSides: the forecaster's figures were shown as resting on CNN's word, his next sentence's
  // as on Ward's).
  if (via && party.startsWith(via) && STAFF_NAME.test(party.slice(via.length)) && !OUTLET_WORD.test(party)) return { party, via };
  // A party that is only a medium ("TASS", "Russian state media", "Video broadcast by …") is the press reporting.
  if (
    via &&
    (MEDIA.test(party.replace(/^(?:the|russian|ukrainian|state|local|national|news|\s)+/i, '')) ||
      /\b(?:video|footage|broadcast)\b/i.test(party))
  ) {
    return { party: null, via: party };
  }
  return { party, via: null };
}

export function result(rawParty: string | null, kind: CueKind, span: [number, number], rule: string): Attribution | null {
  const cleaned = rawParty ? cleanParty(rawParty) : null;
  if (!cleaned) return null;
  const { party, via } = splitVia(cleaned);
  return { party, via, kind, span, rule };
}

/** "…," Sen. Chris Murphy, D-Conn., told Politico.": after "told" comes the listener, never the speaker; the speaker
 *  is the comma segment before, or the one before that when the last is an appositive ("Bob Haueter, Farenthold's
 *  chief of staff, told HuffPost at the time."). The corpora's bodies took the outlet told for the party 40 times. */
const TOLD_TAIL = /^,\s*told\s+(?:reporters|journalists|the\s+\p{Lu}|\p{Lu})[^,;:"“”]{0,50}?\s*[.!]?["”']?$/u;
/** The same with "said" and a time or a setting after it: "…," Abbott, a Republican, said during a bill signing
 *  ceremony." (AllSides); "…," Jim Manley, a spokesman for Mr. Reid, said in an e-mail." (BASIL). The last comma put
 *  the speaker out of the trailing pattern's reach: 73 such claims across the corpora named no one. */
const SAID_TAIL = new RegExp(
  String.raw`^,\s*(?:said|says|added|wrote|explained|noted)(?:\s+${TIME})?${PLACE}(?:\s+${TIME})?\s*[.!]?["”']?$`,
  'iu',
);
export function toldSpeaker(text: string, at: number, tail: string): Attribution | null {
  if (!TOLD_TAIL.test(tail) && !SAID_TAIL.test(tail)) return null;
  return segmentSpeaker(text, at, text.length, 'party.said-to-after-quote');
}
/** "Asked … how genuine his presidential ambition is, Trump, who would have to hand over the reins of his
 *  international empire in order to run the country, said, "I always take things seriously …"" (BASIL): a verb of
 *  saying and a quotation after a speaker and appositives, too far into the sentence for the leading speaker. */
export const SAID_THEN_QUOTE =
  /,\s*(?:said|says|added|told\s+(?:reporters|journalists|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))\s*[,:]\s*["“]/u;

/** The speaker among the comma segments before `at` (the comma before the verb); the cue runs to `cueEnd`. */
export function segmentSpeaker(text: string, at: number, cueEnd: number, rule: string): Attribution | null {
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
const ROLE_NAME = new RegExp(
  String.raw`(?:^|\s)(?!(?:a|an|for|of|at|the|in|from|with|and|to|on)\s)\p{Ll}+\s+(?:${HONORIFIC}\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$`,
  'u',
);
/** An appositive after a name: lower-case ("a doctor", "who herds camels", "his agent"), a party and state ("D-Ill.",
 *  "Republican of Texas"), an age,
 *  or someone's role ("Farenthold's chief of staff"). */
const APPOSITIVE =
  /^(?:\p{Ll}|[DRI]-\p{Lu}|\d|(?:Republican|Democrat|Independent)\s+(?:of|from)\s|(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s+\p{Ll})/u;
