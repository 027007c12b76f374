// Which of an article's claims a collector publishes. Claims were five sixths of a delta's bytes (22.6 claims and
// 1.4 kB gzipped an article on BASIL and FNC-1 bodies, their sentences 1.3 kB of it), against a target of 400 B for
// the whole article. A reader's own article is analysed in full on its page; what the index must carry of the other
// outlets' articles is what comparison turns on: disputes (a denial, a counter-claim and the claim it contests), then
// the claims most of the event's earlier articles also state (what a reader's page is likely to state too), then the
// article's lead claims in reading order. The store keeps every claim.
import { align, itemsOf } from '../claims/compare/align.js';
import { packClaims, unpackClaims, type ExtractedClaim } from '../claims/extract/stored-claim.js';
import type { Claim } from '../claims/extract/claim-text.js';

/** Claims published per article by default (about 0.4 kB gzipped of sentences on the bench's bodies). */
export const PUBLISHED_CLAIMS = 6;

/** Earlier articles of its event an article's choice looks at, the nearest before it: aligning is quadratic in the
 * event's claims, and a large event's last few articles already show what its outlets repeat. */
export const CONTEXT_ARTICLES = 8;

/** For each of `own`'s claims, how many of `earlier` (other articles of its event) state it too: the groups of
 * align.ts, the comparison's own grouping. At 6 claims an article, lead claims alone found 1368 of the 2948 claims
 * a reader finds corroborated with every claim held, FNC-1 disputed clusters at precision 0.500 and recall 0.404;
 * claims the most earlier articles share first, 1424, 0.538 and 0.447 (tests/eval/published-claims.ts). Preferring
 * any shared claim over the lead (not the most shared) found more corroborated claims but lost precision (0.488). */
export function sharedWith(own: readonly ExtractedClaim[], earlier: readonly (readonly ExtractedClaim[])[]): number[] {
  if (!earlier.length) return own.map(() => 0);
  const items = itemsOf([own, ...earlier].map((c) => unpackClaims([...c])));
  const groups = align(items);
  const articles = new Map<number, Set<number>>();
  items.forEach((it, k) => {
    const g = groups[k]!;
    if (g >= 0 && it.art > 0) (articles.get(g) ?? articles.set(g, new Set()).get(g)!).add(it.art);
  });
  // The article's own items come first, in claim order.
  return own.map((_, i) => articles.get(groups[i]!)?.size ?? 0);
}

/** At most `max` of the claims: disputes first (up to half), then by how many other articles state them (`shared`,
 * see sharedWith), then in reading order (the lead), kept in reading order; a `contests` link is kept only when its
 * target is kept. */
export function publishedClaims(
  stored: readonly ExtractedClaim[],
  max = PUBLISHED_CLAIMS,
  shared: readonly number[] = [],
): ExtractedClaim[] {
  if (stored.length <= max) return [...stored];
  const claims = unpackClaims([...stored]);
  const keep = new Set<number>();
  const disputes = Math.floor(max / 2);
  claims.forEach((c, i) => {
    if (c.stance !== 'denies' && !c.counter) return;
    const with_ = c.contests !== undefined && c.contests !== i ? [i, c.contests] : [i];
    if (keep.size + with_.filter((j) => !keep.has(j)).length <= disputes) for (const j of with_) keep.add(j);
  });
  const byShare = claims.map((_, i) => i).sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b);
  for (const i of byShare) if (keep.size < max) keep.add(i);
  const order = [...keep].sort((a, b) => a - b);
  const at = new Map(order.map((old, i) => [old, i]));
  const kept: Claim[] = order.map((old) => {
    const { quantities: _, contests, ...c } = claims[old]!;
    const to = contests === undefined ? undefined : at.get(contests);
    return to === undefined ? c : { ...c, contests: to };
  });
  return packClaims(kept);
}

/** Per article, the ids of the earlier articles of its event its claim choice looks at (CONTEXT_ARTICLES before it,
 * by publication time, then id): an article's choice does not move when a later one arrives, so it is sent once. */
export function claimContexts(articles: readonly { id: string; event: string; at: number }[]): Map<string, string[]> {
  const byEvent = new Map<string, { id: string; at: number }[]>();
  for (const a of articles) (byEvent.get(a.event) ?? byEvent.set(a.event, []).get(a.event)!).push(a);
  const out = new Map<string, string[]>();
  for (const list of byEvent.values()) {
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.forEach((a, i) =>
      out.set(
        a.id,
        list.slice(Math.max(0, i - CONTEXT_ARTICLES), i).map((b) => b.id),
      ),
    );
  }
  return out;
}
