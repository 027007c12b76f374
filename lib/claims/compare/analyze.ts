// analyzeEvent: align the claims of the article being read with those of the other articles of its event, give each
// group a status, and derive numeric conflicts, omissions and framing. Bounded: a report stays small.
import type { Article } from '../../types.js';
import { fold } from '../../text/tokens.js';
import { TWITTER } from '../extract/attribution.js';
import { align, itemsOf, type Item } from './align.js';
import type { Claim } from '../extract/claim-text.js';
import { framingTerms } from './framing.js';
import { numberConflicts } from './numbers.js';
import { groupStatus, type Source } from './status.js';
import { omissionsOf, reportClaim, type Group } from './report-claim.js';
import type { EventAnalysis, EventMember } from '../index.js';

type Member = Pick<EventMember, 'article' | 'copyOf'> & { claims: Claim[] };

const MAX_CLAIMS = 30;

type Meta = Pick<Article, 'id' | 'outlet' | 'domain'>;

/** Outlet names and independence keys; a copy takes its original's key (a republished article is not independent). */
export function sourcesOf(arts: { article: Meta; copyOf: string | null }[]): Source[] {
  const display = (a: Meta): string => a.outlet ?? a.domain ?? 'unknown outlet';
  const ownKey = (a: Meta): string => ((a.outlet ?? a.domain) ? `o:${fold(display(a))}` : `id:${a.id}`);
  const byId = new Map(arts.map((a) => [a.article.id, a]));
  return arts.map((a) => {
    let root = a;
    for (let hops = 0; root.copyOf && byId.has(root.copyOf) && hops < 4; hops++) root = byId.get(root.copyOf)!;
    return {
      outlet: display(a.article),
      key: ownKey(root.article),
      articleId: a.article.id,
      original: root === a ? null : root.article.id,
    };
  });
}

/** Each group's items, and the counter-claim links between groups: counter item → the group of the claim it
 *  contests, and back. */
function linkGroups(items: Item[], groupOf: number[]) {
  const where = new Map(items.map((it, i) => [`${it.art}:${it.idx}`, i]));
  const byGroup = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const g = groupOf[i]!;
    if (g < 0) return;
    const list = byGroup.get(g);
    if (list) list.push(it);
    else byGroup.set(g, [it]);
  });
  // Counter-claim links between groups: counter item → the group of the claim it contests.
  const countersInto = new Map<number, Item[]>();
  const opposedBy = new Map<number, Item[]>();
  const links = new Map<number, Set<number>>();
  items.forEach((it, i) => {
    if (!it.claim.counter || it.claim.contests === undefined) return;
    const t = where.get(`${it.art}:${it.claim.contests}`);
    if (t === undefined || groupOf[t]! < 0 || groupOf[i]! < 0 || groupOf[t] === groupOf[i]) return;
    const [tg, cg] = [groupOf[t]!, groupOf[i]!];
    countersInto.set(tg, [...(countersInto.get(tg) ?? []), it]);
    // Every outlet that carries the contested claim (not only this article) stands against the counter-claim.
    opposedBy.set(cg, [...(opposedBy.get(cg) ?? []), ...byGroup.get(tg)!.filter((x) => x.claim.stance !== 'denies')]);
    links.set(tg, (links.get(tg) ?? new Set()).add(cg));
    links.set(cg, (links.get(cg) ?? new Set()).add(tg));
  });
  return { byGroup, countersInto, opposedBy, links };
}

/** Whether a group can be disputed, read before its status (status.ts) and without it. A dispute needs two
 *  independent outlets among its clauses, the counter-claims against it and the claims its counter-claims contest
 *  (one outlet takes one side only), and a denial: a counter-claim, a contested claim, or a clause that denies or
 *  negates (only those can read as denials, stances.ts). A group left out scores below any disputed one (100 or
 *  more): one outlet's word at most 53, a group without a denial 70 plus its outlets, so it is left out only under 30
 *  outlets; leaving it out changes neither which disputed groups are kept nor their order or ids. */
function mayDispute(its: Item[], counters: Item[], opposed: Item[], sources: Source[]): boolean {
  const outlets = new Set([...its, ...counters, ...opposed].map((it) => sources[it.art]!.key)).size;
  if (outlets < 2) return false;
  if (counters.length || opposed.length || its.some((i) => i.claim.stance === 'denies' || i.claim.negated)) return true;
  return outlets + 70 >= 100;
}

/** The article's and its members' claims aligned into groups, each with its status, the kept groups (at most
 *  MAX_CLAIMS) ranked and given their report ids; with `disputedOnly`, only the groups that may be disputed. */
function rankedGroups(arts: { article: Meta; claims: Claim[]; copyOf: string | null }[], disputedOnly = false) {
  const sources = sourcesOf(arts);
  const items = itemsOf(arts.map((a) => a.claims));
  const groupOf = align(items);
  const { byGroup, countersInto, opposedBy, links } = linkGroups(items, groupOf);
  const groups = new Map<number, Group>();
  for (const [g, its] of byGroup) {
    const [counters, opposed] = [countersInto.get(g) ?? [], opposedBy.get(g) ?? []];
    if (disputedOnly && !mayDispute(its, counters, opposed, sources)) continue;
    const st = groupStatus(its, counters, opposed, sources);
    const inThis = its.find((i) => i.art === 0);
    const hasParty = its.some((i) => i.claim.party);
    // An embedded tweet names its account, but a reader's reaction ("I would give Kai a loving home") is no source the
    // outlets rely on: their own one-source reporting comes first (FNC-1, the abandoned dog's story).
    const tweeted = its.every((i) => i.claim.via === TWITTER);
    const hasNumber = its.some((i) => i.claim.quantities?.length);
    // Keep first what only this tool can tell: disputes, then what several outlets agree on, then one party's word.
    // The reader already sees this article's own one-source sentences, so what other outlets carry on one party's
    // word (seed 000: the churches claim, carried by two of its articles) outranks them.
    const articlesCarrying = new Set(its.map((i) => i.art)).size;
    const score =
      st.status === 'disputed'
        ? 100 + (inThis ? 20 : 0)
        : st.status === 'corroborated'
          ? 50 + st.outlets.size + (inThis ? 20 : 0)
          : (tweeted ? 5 : hasParty ? 35 : 10) + (inThis ? 5 : 0) + (articlesCarrying > 1 ? 10 : 0) + (hasNumber ? 3 : 0);
    groups.set(g, { items: its, st, inThis, score, id: '' });
  }
  const kept = [...groups.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, MAX_CLAIMS);
  const rank = (g: Group): number => (g.st.status === 'disputed' ? 0 : g.inThis ? 1 : g.st.status === 'corroborated' ? 2 : 3);
  kept.sort((a, b) => rank(a[1]) - rank(b[1]) || b[1].st.outlets.size - a[1].st.outlets.size || a[0] - b[0]);
  kept.forEach(([, g], i) => (g.id = `claim-${i + 1}`));
  return { sources, items, groupOf, groups, kept, countersInto, links };
}

type Current = { article: Article; claims: Claim[]; copyOf: string | null };
type Ranked = ReturnType<typeof rankedGroups>;

/** The report's entries for the kept groups `which` picks, with their links to the other kept groups. */
function reportClaims({ kept, links, countersInto, sources }: Ranked, which: (g: Group) => boolean = () => true) {
  const keptIds = new Map(kept.map(([k, g]) => [k, g.id]));
  return kept
    .filter(([, g]) => which(g))
    .map(([k, g]) =>
      reportClaim(
        g,
        [...(links.get(k) ?? [])].map((x) => keptIds.get(x)),
        countersInto.get(k) ?? [],
        sources,
      ),
    );
}

export function analyze(current: Current, members: Member[]): EventAnalysis {
  const ranked = rankedGroups([current, ...members]);
  const { sources, items, groupOf, groups, kept } = ranked;
  const claims = reportClaims(ranked);
  const omissions = omissionsOf(kept, claims, sources);
  return {
    claims,
    numbers: numberConflicts([...groups.values()], sources),
    omissions,
    framing: framingTerms(items, sources, new Set(items.filter((_, i) => groups.get(groupOf[i]!)?.st.status === 'disputed'))),
  };
}

/** The disputed claims of analyze's report, as analyze gives them (same ids, order and quotes), without the other
 *  claims, the numbers, omissions and framing, nor their links to other claims (contestedBy: the groups they name may
 *  be left out): all the story pass reads (story.ts), at less cost. */
export function disputedClaims(current: Current, members: Member[]): EventAnalysis['claims'] {
  const ranked = rankedGroups([current, ...members], true);
  return reportClaims({ ...ranked, links: new Map() }, (g) => g.st.status === 'disputed');
}
