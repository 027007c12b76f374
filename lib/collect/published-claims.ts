// Which of an article's claims a collector publishes. Claims were five sixths of a delta's bytes (22.6 claims and
// 1.4 kB gzipped an article on BASIL and FNC-1 bodies, their sentences 1.3 kB of it), against a target of 400 B for
// the whole article. A reader's own article is analysed in full on its page; what the index must carry of the other
// outlets' articles is what comparison turns on: disputes (a denial, a counter-claim and the claim it contests) and
// the article's lead claims in reading order (the facts every outlet's lead repeats). The store keeps every claim.
import { packClaims, unpackClaims, type ExtractedClaim } from '../claims/extract/stored-claim.js';
import type { Claim } from '../claims/extract/claim-text.js';

/** Claims published per article by default (about 0.4 kB gzipped of sentences on the bench's bodies). */
export const PUBLISHED_CLAIMS = 6;

/** At most `max` of the claims: disputes first (up to half), then lead claims, in reading order; a `contests` link
 * is kept only when its target is kept. */
export function publishedClaims(stored: readonly ExtractedClaim[], max = PUBLISHED_CLAIMS): ExtractedClaim[] {
  if (stored.length <= max) return [...stored];
  const claims = unpackClaims([...stored]);
  const keep = new Set<number>();
  const disputes = Math.floor(max / 2);
  claims.forEach((c, i) => {
    if (c.stance !== 'denies' && !c.counter) return;
    const with_ = c.contests !== undefined && c.contests !== i ? [i, c.contests] : [i];
    if (keep.size + with_.filter((j) => !keep.has(j)).length <= disputes) for (const j of with_) keep.add(j);
  });
  for (let i = 0; i < claims.length && keep.size < max; i++) keep.add(i);
  const order = [...keep].sort((a, b) => a - b);
  const at = new Map(order.map((old, i) => [old, i]));
  const kept: Claim[] = order.map((old) => {
    const { quantities: _, contests, ...c } = claims[old]!;
    const to = contests === undefined ? undefined : at.get(contests);
    return to === undefined ? c : { ...c, contests: to };
  });
  return packClaims(kept);
}
