// eval:claims helper: when an Emergent headline counts as "for" its claim in the rules-only prediction.

/** A headline is "for" the claim when it states it, plainly or on someone's word, not as a question, a hedge or a
 *  denial: a headline that merely reports the story ("Is this proof of bigfoot?", "… reportedly …") takes no side.
 *  Chosen on the train split only (train P 0.824 → 0.854, R 0.894 → 0.872 against "any headline not against"). */
export function forClaim(h: { stance: string; headline: string }, against: boolean): boolean {
  return !against && (h.stance === 'asserts' || h.stance === 'attributes') && !/\?\s*["”']?\s*$/.test(h.headline.trim());
}
