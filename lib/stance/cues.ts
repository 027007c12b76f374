// Word lists that signal a text denies, hedges or confirms a claim (FNC-1 baseline's refuting words, Athene's
// hedging features, Emergent "against" headline vocabulary). A cue alone does not decide the stance: in
// /work/shared/data/fnc1/train_stances.csv headlines with "hoax" are agree 234 times and disagree 36 times (the body
// shares or contradicts the debunking), so the features pair headline cues with cues in the body's restating
// sentences and next to headline terms, and the model learns what each placement means.

/** Denial / debunking words (FNC-1 baseline `refuting_words`, plus Emergent "against" headline vocabulary). */
export const REFUTE = new Set([
  'fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'denial', 'not', 'despite', 'nope', 'doubt',
  'doubts', 'bogus', 'debunk', 'debunks', 'debunked', 'pranks', 'prank', 'retract', 'retracted', 'retraction',
  'satire', 'satirical', 'untrue', 'myth', 'rumour', 'rumor', 'rumours', 'rumors', 'no', 'never', 'nothing',
  'dismiss', 'dismisses', 'dismissed', 'refute', 'refutes', 'refuted', 'reject', 'rejects', 'rejected',
  'baseless', 'unfounded', 'fabricated', 'misleading', 'incorrect', 'wrong', 'isn\'t', 'wasn\'t', 'didn\'t',
  'doesn\'t', 'don\'t', 'aren\'t', 'won\'t', 'hasn\'t', 'fiction', 'scam', 'spoof', 'parody', 'alive',
]);

/** Hedging / attribution words: the text reports the claim without vouching for it ("discuss"). */
export const HEDGE = new Set([
  'reportedly', 'allegedly', 'alleged', 'alleges', 'claim', 'claims', 'claimed', 'rumoured', 'rumored', 'may',
  'might', 'could', 'possibly', 'possible', 'perhaps', 'unconfirmed', 'unverified', 'according', 'apparently',
  'purportedly', 'purported', 'suggests', 'suggest', 'appears', 'appear', 'seems', 'believed', 'likely',
  'unclear', 'speculation', 'speculate', 'report', 'reports', 'sources', 'source', 'suspected', 'if', 'whether',
]);

/** Words that assert the claim as settled ("confirmed", "officially") — the agree side of the cues. */
export const CONFIRM = new Set([
  'confirm', 'confirms', 'confirmed', 'confirmation', 'official', 'officially', 'announced', 'announces',
  'revealed', 'reveals', 'proves', 'proof', 'true', 'indeed', 'verified', 'actually', 'finally',
]);

/** Plain negators: near a headline term they flip the sentence's stance ("is not dead"). */
export const NEGATE = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'without']);

export function isNegator(w: string): boolean {
  return NEGATE.has(w) || w.endsWith("n't");
}
