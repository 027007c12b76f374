// What the project's rule-based headline stance (lib/claims/headline/headline-stance.ts) reads in a body's lead and in the
// sentences that restate the headline: does one of them deny, debunk, doubt or negate the headline's claim? The hashed
// n-grams cannot tell "police say the video is a hoax" against "the video shows …" from the topic words they share,
// while the rules were written for exactly that (83% 3-class accuracy on Emergent train headlines). A denying FNC-1
// body says so up front or where it names the claim (train_bodies.csv: of the related pairs of non-test claims, a
// contesting lead or key sentence raises the disagree share from 4.8% to 20%, and to 85% agree when the headline
// itself denies — the body then shares the debunking), so each reading is crossed with the headline's own stance.
import { ALIVE, DOUBT, HOAX_QUESTION, RETRACTION, RUMOUR_DISMISSED, SAFE, TRICK } from '../claims/headline/headline-cues.js';
import {
  claimCues,
  contests,
  negatesClaimTerm,
  textStance,
  type ClaimCues,
  type TextStance,
} from '../claims/headline/headline-stance.js';
import { DEBUNK } from '../claims/lexicon/index.js';
import { isDenialWord } from '../claims/extract/polarity.js';
import { memoOn } from './derived.js';
import type { PreparedText } from './prepare.js';
import type { SparseBuilder } from './sparse.js';

/** Leading body sentences read by the rules: news bodies state (or knock down) the story first. Mean dev disagree F1
 *  (4 dev draws, no offset) reading 1 / 2 / 3 / 5 / 8 lead sentences: 17.1 / 18.5 / 21.4 / 20.8 / 24.6, weighted score
 *  84.31 / 84.39 / 84.46 / 84.29 / 84.41; 3 has the best score. */
export const RULE_LEAD = 3;

interface Reading {
  against: boolean;
  denies: boolean;
  negates: boolean;
}

const NEUTRAL: Reading = { against: false, denies: false, negates: false };
const CONTEST_PATTERNS = [DEBUNK, DOUBT, HOAX_QUESTION, TRICK, RETRACTION, RUMOUR_DISMISSED, SAFE, ALIVE];

/** Whether the rules could read the sentence as contesting anything: it needs a negator, a denial verb, a falsity word
 *  or one of the contest patterns. Most body sentences have none, and skipping the full reading for them keeps
 *  per-article inference near its cost without these features (textStance costs ~0.08 ms a body sentence). Checked on
 *  the first four sentences of FNC-1 train's related pairs: of 20,001 readings it skipped 16,294, and the full rules
 *  read none of those as contesting, denying or negating. */
export function mayContest(body: PreparedText, i: number): boolean {
  return memoOn(body, `rule?:${i}`, () => {
    for (let w = body.sentence.indexOf(i); w >= 0 && w < body.words.length && body.sentence[w] === i; w++) {
      if (isDenialWord(body.words[w]!, body.stems[w]!)) return true;
    }
    const sentence = body.sentences[i]!;
    return CONTEST_PATTERNS.some((re) => re.test(sentence));
  });
}

/** The rules' reading of one sentence against the claim: the sentence's own stance is memoised on the body. */
function reading(body: PreparedText, i: number, claim: ClaimCues): Reading {
  const sentence = body.sentences[i]!;
  const s = memoOn<TextStance>(body, `rule:${i}`, () => textStance(sentence));
  return { against: contests(s, claim, sentence), denies: s.stance === 'denies', negates: negatesClaimTerm(s, claim) };
}

/** Adds the rule readings of the body's lead and `key` sentences (indices) to the stance features. */
export function addRuleFeatures(f: SparseBuilder, head: PreparedText, body: PreparedText, key: Set<number>): void {
  const text = memoOn(head, 'rule:text', () => head.sentences.join(' '));
  const own = memoOn(head, 'rule:own', () => textStance(text));
  const h = own.stance;

  const lead = [...Array(Math.min(RULE_LEAD, body.sentenceCount)).keys()];
  const read = new Map<number, Reading>();
  for (const i of new Set([...lead, ...key])) {
    // The claim's cues are only worked out when a sentence could contest it (most pairs have none).
    read.set(
      i,
      mayContest(body, i)
        ? reading(
            body,
            i,
            memoOn(head, 'rule:claim', () => claimCues(text)),
          )
        : NEUTRAL,
    );
  }
  const any = (ids: Iterable<number>, k: keyof Reading): boolean => [...ids].some((i) => read.get(i)![k]);

  const against = [...read.values()].filter((r) => r.against).length;
  const denies = any(read.keys(), 'denies');
  f.add(`u:h=${h}`, 1);
  f.add('u:lead:against', any(lead, 'against') ? 1 : 0);
  f.add('u:key:against', any(key, 'against') ? 1 : 0);
  f.add('u:lead:denies', any(lead, 'denies') ? 1 : 0);
  f.add('u:key:denies', any(key, 'denies') ? 1 : 0);
  f.add('u:negates', any(read.keys(), 'negates') ? 1 : 0);
  f.add('u:against', Math.min(against, 3) / 3);
  // Crossed with the headline's own stance: a linear model cannot learn "both deny → agree" from the parts.
  if (against > 0) f.add(`u:against&h=${h}`, 1);
  if (denies) f.add(`u:denies&h=${h}`, 1);
  if (against > 0 && own.negated) f.add('u:against&hNeg', 1);
  if (against > 0 && body.words.length < 40) f.add('u:against&short', 1);
}
