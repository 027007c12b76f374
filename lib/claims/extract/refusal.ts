// When a word of denial refuses or withholds something rather than denies a statement: "denied bail", "was denied
// entry", "could deny communion to …", "his request was denied". Such a clause is no denial of another outlet's claim.
import { CLAIM_NOUNS } from '../lexicon/index.js';
import { cachedStem } from './words.js';

const DENY_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);
const INFINITIVE = new Set(['be', 'have', 'know', 'say', 'make', 'take']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'any',
  'him',
  'them',
  'us',
  'me',
]);
/** What one denies in the sense of refusing it: whoever "denied bail" or "denied a request" refused it. */
const REFUSED = new Set([
  'request',
  'requests',
  'access',
  'entry',
  'bail',
  'permission',
  'permit',
  'permits',
  'visa',
  'visas',
  'asylum',
  'application',
  'applications',
  'petition',
  'petitions',
  'motion',
  'motions',
  'service',
  'admission',
  'passage',
  'parole',
  'licence',
  'license',
  'funding',
  'benefits',
  'coverage',
  'treatment',
  'care',
  'tenure',
  'offer',
  'offers',
  'invitation',
  'ultimatum',
]);
/** Proposals: rejecting one is a refusal (BASIL: "Speaker Nancy Pelosi rejected the offer", "Democrats rejected the
 *  plan"), but one denies they exist ("North Korea denies plans to open a restaurant", Emergent), so they are read
 *  as refused only where `refusals` asks (the status rules, which compare what the denial bears on). */
const PROPOSALS = new Set([
  'proposal',
  'proposals',
  'plan',
  'plans',
  'deal',
  'deals',
  'bill',
  'bills',
  'nomination',
  'nominee',
  'amendment',
  'amendments',
  'demand',
  'demands',
  'compromise',
  'settlement',
]);

const PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'gets', 'got']);
const PASSIVE_TAIL = new Set([
  'by',
  'as',
  'that',
  'in',
  'on',
  'at',
  'after',
  'before',
  'for',
  'and',
  'but',
  'or',
  'when',
  'because',
  'to',
  'outright',
  'flatly',
  'categorically',
  'repeatedly',
  'publicly',
  'strongly',
  'firmly',
]);
const MODALS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'to', 'should', 'must']);
/** Whether the denial verb at `i` of `ws` is a passive whose subject was refused, not a statement denied: "a professor
 *  whose tenure had been denied", "his request was denied" (ECB+), "Mr. Mattis … was rebuffed" (BASIL); "the
 *  allegations were denied" and "it was denied" deny a statement. */
export function passiveRefusal(ws: readonly string[], i: number): boolean {
  if (!(DENY_FORMS.has(ws[i]!) || ws[i] === 'rebuffed') || !PASSIVE.has(ws[i - 1] ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && (PASSIVE.has(ws[k]!) || /^(?:had|has|have|not|never|also|already)$/.test(ws[k]!))) k--;
  const subject = ws[k];
  return (
    !!subject &&
    !CLAIM_NOUNS.has(cachedStem(subject)) &&
    !/^(?:it|this|that|which|they|these|those|all|both|each)$/.test(subject) &&
    !DETERMINERS.has(subject)
  );
}

/** Whether a denial word (`word`, after the word `prev`, followed by the words `after`) refuses or withholds
 *  something rather than denies a statement:
 *  - a refused object ("denied bail"), a proposal too with `refusals` (see PROPOSALS);
 *  - a passive with an object ("was denied entry");
 *  - after a modal, a thing denied to someone: "a plan that could deny communion to public figures who support
 *    abortion rights" (AllSides: read as the bishops denying the other outlets' report of their vote), "to deny the
 *    Muslims their rights" (FNC-1). Without the modal, "Boko Haram denies truce to release kidnapped schoolgirls" is a
 *    denial (Emergent); a claim noun is denied, whoever it is denied to. */
export function withholds(word: string, after: readonly string[], prev: string | undefined, refusals: boolean): boolean {
  let j = 0;
  while (j < after.length && DETERMINERS.has(after[j]!)) j++;
  const object = after[j];
  if (!object) return false;
  // The object's head may follow a name or a modifier: "denied a Nichols offer", "rejected Flynn's request" (ECB+, BASIL).
  const head = after.slice(j, j + 3);
  if (head.some((w) => REFUSED.has(w)) || (refusals && head.some((w) => PROPOSALS.has(w)))) return true;
  // A passive with an object names what its subject was refused: "He has been denied bail", "was denied entry" (ECB+);
  // "was denied by the ministry" or "was denied as false" is a statement denied.
  if (PASSIVE.has(prev ?? '') && DENY_FORMS.has(word) && !PASSIVE_TAIL.has(object)) return true;
  if (
    !DENY_FORMS.has(word) ||
    !MODALS.has(prev ?? '') ||
    object === 'that' ||
    object === 'it' ||
    CLAIM_NOUNS.has(cachedStem(object))
  )
    return false;
  if (/^(?:their|his|her|its|the|a|an|any)$/.test(after[j + 1] ?? '')) return true;
  // "deny <thing> to <someone>": "to" within three words, and not an infinitive ("would deny it to be true").
  const to = after.slice(j + 1, j + 4).indexOf('to');
  return to >= 0 && !INFINITIVE.has(after[j + 2 + to] ?? '');
}
