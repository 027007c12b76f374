// The leading speaker of a clause: a verb of saying, denial or contest within its first fourteen words, with a speaker
// phrase before it ("Kyiv officials denied the claim", "Police say …"), or a passive's agent ("was confirmed by …").
// The filters say when such a verb names no speaker; attribution.ts tries the trailing speaker first.
import type { Attribution } from './attribution.js';
import { passiveRefusal, withholds } from './refusal.js';
import { CLOSING_QUOTE, TIME, verbKind, type CueKind } from './speaker-phrase.js';
import { result } from './speaker-segments.js';
import { fastWords } from './words.js';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** A closed quotation of four words or more, then a speaker of one to four words. */
const QUOTE_THEN_SPEAKER = /["“](?:[^"“”]*\s){3,}[^"“”]*[,!?]["”]\s+(?:[\p{L}.'’-]+\s+){1,4}$/u;
/** A time and a comma after a verb: "…, announced Tuesday, …" (see notASpeaker). */
const PARTICIPLE_TIME = new RegExp(`^\\s+${TIME}\\s*,`, 'i');
const AFTER_VERB = new RegExp(`^(?:\\s+${TIME})?(?:\\s+that\\b|\\s+to\\b|\\s*[,:])?`, 'i');

/** The auxiliary of a passive before a verb: "was confirmed", "has been reported", "were also denied". */
const PASSIVE_BEFORE =
  /\b(?:is|are|was|were|be|been|being)(?:\s+(?:also|first|later|not|never|officially|publicly|widely))?\s+$/i;

/** "Rejected" and "contested" take an offer or a vote as often as a claim: "Congress … rejected President Obama’s veto",
 *  "Democrats rejected the offer", "Sestak ultimately rejected the overture" (BASIL) are events, not denials; they deny
 *  when what follows is a claim ("rejected claims that …", "rejected that notion") or a clause ("rejected that …"). A
 *  pronoun is either ("Speaker Nancy Pelosi rejected it even before Mr. Trump spoke": the offer, BASIL) and is left out. */
const ACTION_DENY = /^(?:reject|rejects|rejected|contest|contests|contested)$/i;
const DENIED_CLAIM =
  /^\s+(?:(?:firmly|flatly|categorically|strongly|outright)\s+)?(?:that\b|(?:(?:the|these|those|that|this|such|any|all|his|her|their|its|\p{L}+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}(?:claims?|reports?|allegations?|accusations?|assertions?|suggestions?|notion|idea|story|stories|rumou?rs?|characteri[sz]ation|account|version|narrative|findings?|conclusions?|charges?)\b)/iu;

/** What one maintains that is no position: ties, a presence, control, order, a lead (a few modifiers before it, no
 *  verb between: "maintains its troops have control" still contests). */
const KEPT_UP =
  /^\s+(?:(?!(?:that|is|are|was|were|has|have|had|will|would|could|can|did|do|does)\b)[\p{L}-]+,?\s+(?:and\s+)?){0,5}?(?:ties|relations(?:hips?)?|links|contacts?|presence|control|order|silence|lead|bases?|offices?|operations|records?|websites?|friendship|dialogue|communications?|cooperation|co-operation|residences?|homes?|a\s+low\s+profile|profile|distance|neutrality|momentum|standards?|health|weight|pressure|sanctions|embargo)\b/iu;

/** Whether the verb `m` (`after` it the rest of the text) names no speaker before it. */
function notASpeaker(text: string, m: RegExpMatchArray & { index: number }, after: string): boolean {
  // "The man accused of shooting three co-workers …" is the one accused; "X accused Y of …" is X's charge.
  if (/^accus/i.test(m[0]) && /^\s+of\b/i.test(after)) return true;
  // "Police say …" speaks; "declined to say", "would say", "let's say" do not.
  if (
    /^say$/i.test(m[0]) &&
    /(?:\b(?:to|would|could|can|will|might|may|should|must|not|let['’]s|I|you|and|which)|n['’]t|['’](?:d|ll))\s+$/i.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    )
  )
    return true;
  // After a determiner the verb form is an adjective: "his alleged health troubles", "the reported deal" (FNC-1).
  if (
    /(?:^|\s)(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+$/i.test(
      text.slice(Math.max(0, m.index - 8), m.index),
    )
  )
    return true;
  // Right after a comma, a past participle describes what comes before it: "The all-cash deal, announced Tuesday,
  // represents HP's biggest gamble" (FNC-1) names no speaker.
  if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /ed$/i.test(m[0]) && PARTICIPLE_TIME.test(after))
    return true;
  // "The detentions added to the mystery": "add to" is to increase, not to say.
  if (/^add(?:s|ed)?$/i.test(m[0]) && /^\s+to\b/i.test(after)) return true;
  return false;
}

/** Whether a verb of denial or contest takes no claim: an offer rejected, a demand insisted on, ties maintained, a
 *  berth denied. */
function takesNoClaim(text: string, m: RegExpMatchArray & { index: number }, kind: CueKind, after: string): boolean {
  if (kind === 'deny' && ACTION_DENY.test(m[0]) && !DENIED_CLAIM.test(after)) return true;
  // "insisted on remaining anonymous", "measures insisted upon by the EU" demand; they contest nothing (ECB+).
  if (kind === 'contest' && /^\s+(?:on|upon)\b/i.test(after)) return true;
  // "Israel has maintained discreet military, intelligence and business ties with the Kurds" keeps something up;
  // it holds no position against anyone (FNC-1). "maintained his innocence" does.
  if (kind === 'contest' && /^maintain/i.test(m[0]) && KEPT_UP.test(after)) return true;
  // "a plan that could deny harbour berths to ferries …" withholds; nobody denies a statement.
  if (kind !== 'deny') return false;
  const upTo = fastWords(text.slice(Math.max(0, m.index - 60), m.index + m[0].length));
  return (
    withholds(m[0].toLowerCase(), fastWords(after.slice(0, 80)), upTo.at(-2), false) || passiveRefusal(upTo, upTo.length - 1)
  );
}

/** A passive names the speaker after "by", if anywhere: "Gigante's death also was confirmed by Christine Monaco, a
 *  spokeswoman for the FBI" is hers, "The truce was announced on Friday by Nigeria's chief of defence staff" his;
 *  "His death was confirmed" is no one's (ECB+, FNC-1: the death and the truce were the parties). Undefined when the
 *  verb is not passive. */
function passiveAgent(
  text: string,
  m: RegExpMatchArray & { index: number },
  kind: CueKind,
  after: string,
): Attribution | null | undefined {
  const passive = PASSIVE_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
  if (!passive) return undefined;
  const agent =
    /^(?:\s+(?:on|in|at|last|this|earlier|late|early)\s+[\p{L}\d’'-]+(?:\s+[\p{L}\d’'-]+)?)?\s+by\s+([^,;:.]{2,60})/u.exec(after);
  return agent
    ? result(agent[1]!, kind, [m.index - passive[0].length, m.index + m[0].length + agent[0].length], 'party.passive-by')
    : null;
}

/** The first verb of saying within the first fourteen words, with a speaker phrase before it. */
export function leadingSpeaker(text: string): Attribution | null {
  let count = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (++count > 14) break;
    // Between the parts of a quotation, any past-tense verb tells who spoke: "“It is still morning in America,” he
    // posited, “it just happens …" (BASIL), as at a sentence's end (see TRAILING in attribution.ts).
    const kind =
      verbKind(m[0]) ??
      (/^[a-z]+ed$/.test(m[0]) &&
      QUOTE_THEN_SPEAKER.test(text.slice(0, m.index)) &&
      /^\s*,\s*["“]/.test(text.slice(m.index + m[0].length))
        ? 'say'
        : null);
    if (!kind || m.index === 0) continue;
    const after = text.slice(m.index + m[0].length);
    if (notASpeaker(text, m, after)) continue;
    const agent = passiveAgent(text, m, kind, after);
    if (agent) return agent;
    if (agent === null || takesNoClaim(text, m, kind, after)) continue;
    const tail = AFTER_VERB.exec(after)![0];
    // A quotation before the speaker is what was said: the cue starts after it, or the claim would be blanked with it
    // ("“There was no such impropriety,” Robert F. Bauer, the White House counsel, said in a memo" kept only "in a
    // memo released to reporters", BASIL; a shorter quotation left nothing, and the claim was dropped).
    let from = 0;
    for (const q of text.slice(0, m.index).matchAll(CLOSING_QUOTE)) from = q.index + 1;
    const r = result(text.slice(0, m.index), kind, [from, m.index + m[0].length + tail.length], `party.leading-${kind}-verb`);
    if (r) return r;
  }
  return null;
}
