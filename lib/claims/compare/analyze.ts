// analyzeEvent: align the claims of the article being read with those of the other articles of its event, give each
// group a status, and derive numeric conflicts, omissions and framing. Bounded: a report stays small.
import type { Article, ClaimQuote, ClaimWhy, Omission, ReportClaim } from '../../types.js';
import { fold } from '../../text/tokens.js';
import { TWITTER } from '../extract/attribution.js';
import { align, itemsOf, type Item } from './align.js';
import { balanceQuotes, shortQuote, type Claim } from '../extract/claim-text.js';
import { framingTerms } from './framing.js';
import { numberConflicts } from './numbers.js';
import { groupStatus, mostCommon, type GroupStatus, type Source } from './status.js';
import type { EventAnalysis, EventMember } from '../index.js';

type Member = Pick<EventMember, 'article' | 'copyOf'> & { claims: Claim[] };

const MAX_CLAIMS = 30;
/** Quotes per claim: a disputed claim shows both sides, others a few outlets. */
const MAX_QUOTES = 8;
const MAX_QUOTES_AGREED = 3;
const MAX_OMISSIONS = 6;

type Meta = Pick<Article, 'id' | 'outlet' | 'domain'>;

/** Outlet names and independence keys; a copy takes its original's key (a republished article is not independent). */
export function sourcesOf(arts: { article: Meta; copyOf: string | null }[]): Source[] {
  const display = (a: Meta): string => a.outlet ?? a.domain ?? 'unknown outlet';
  const ownKey = (a: Meta): string => (a.outlet ?? a.domain ? `o:${fold(display(a))}` : `id:${a.id}`);
  const byId = new Map(arts.map((a) => [a.article.id, a]));
  return arts.map((a) => {
    let root = a;
    for (let hops = 0; root.copyOf && byId.has(root.copyOf) && hops < 4; hops++) root = byId.get(root.copyOf)!;
    return { outlet: display(a.article), key: ownKey(root.article), articleId: a.article.id, original: root === a ? null : root.article.id };
  });
}

interface Group {
  items: Item[];
  st: GroupStatus;
  inThis: Item | undefined;
  score: number;
  id: string;
}

/** A clause reads on its own when it is the whole sentence or names its own speaker ("Moscow claimed that …");
 *  a presupposed fragment ("expelling Ukrainian forces", seed 004) is shown as its whole sentence. */
function readable(i: Item): string {
  const c = i.claim;
  const own = !c.span || (c.cue && c.cue[0] >= c.span[0] && c.cue[1] <= c.span[1]);
  return balanceQuotes(own && c.span ? c.sentence.slice(c.span[0], c.span[1]) : c.sentence);
}

/** The wording shown for a group: this article's own when it carries it, else any; the non-denying clause that
 *  shares most with the other articles' clauses (the centre of the group), shorter first on a tie. */
function representative(g: Item[], inThis: Item | undefined): string {
  const pool = inThis ? g.filter((i) => i.art === 0) : g;
  const keys = (i: Item): string[] => [...i.prop.terms, ...i.prop.events.map((e) => `#${e}`)];
  const gKeys = g.map(keys);
  const centrality = (i: Item): number => {
    const mine = new Set(keys(i));
    let n = 0;
    let others = 0;
    g.forEach((o, k) => {
      if (o.art === i.art) return;
      others++;
      for (const t of gKeys[k]!) if (mine.has(t)) n++;
    });
    return n / (others || 1);
  };
  // Scored once per clause (not once per comparison), the best first, the earliest on a tie.
  let best = pool[0]!;
  let bestScore = -Infinity;
  for (const i of pool) {
    const sc = (i.claim.stance === 'denies' ? -10 : 0) + centrality(i) - readable(i).length / 400;
    if (sc > bestScore) [best, bestScore] = [i, sc];
  }
  return readable(best);
}

function quotesOf(g: Group, extra: Item[], sources: Source[]): ClaimQuote[] {
  // First one quote per outlet (this article's first, a denier's denial), then the rest up to the caps.
  const denials = [...extra, ...g.items.filter((i) => g.st.stances.get(i) === 'denies')];
  const firstPerOutlet = new Map<string, Item>();
  for (const it of [...g.items.filter((i) => i === g.inThis), ...denials, ...g.items]) {
    const key = sources[it.art]!.key;
    if (!firstPerOutlet.has(key)) firstPerOutlet.set(key, it);
  }
  // A copy's sentence adds nothing when its original's is there (seed 000: two near-identical articles).
  const ids = new Set(g.items.map((i) => sources[i.art]!.articleId));
  const order = [...firstPerOutlet.values(), ...denials, ...g.items].filter((i) => !ids.has(sources[i.art]!.original ?? ''));
  const seen = new Set<string>();
  const perOutlet = new Map<string, number>();
  const out: ClaimQuote[] = [];
  for (const it of order) {
    const s = sources[it.art]!;
    const k = `${s.articleId}#${it.claim.sentenceIndex}`;
    const cap = g.st.status === 'disputed' ? MAX_QUOTES : MAX_QUOTES_AGREED;
    if (seen.has(k) || (perOutlet.get(s.key) ?? 0) >= 2 || out.length >= cap) continue;
    seen.add(k);
    perOutlet.set(s.key, (perOutlet.get(s.key) ?? 0) + 1);
    const stance = extra.includes(it) ? 'denies' : (g.st.stances.get(it) ?? it.claim.stance);
    out.push({ outlet: s.outlet, articleId: s.articleId, text: shortQuote(it.claim.sentence), stance });
  }
  return out;
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

/** Claims other outlets carry that this article leaves out (two outlets or more besides it). */
function omissionsOf(kept: [number, Group][], claims: ReportClaim[], sources: Source[]): Omission[] {
  const currentKey = sources[0]!.key;
  return kept
    .filter(([, g]) => !g.inThis && [...g.st.outlets].filter((o) => o !== currentKey).length >= 2)
    .slice(0, MAX_OMISSIONS)
    .map(([, g]) => {
      const o: Omission = {
        claimId: g.id,
        text: claims.find((c) => c.id === g.id)!.text,
        reportedBy: [...new Set(g.items.map((i) => sources[i.art]!).filter((s) => s.key !== currentKey).map((s) => s.outlet))],
      };
      // A quotation left out reads as the outlets' own word unless it says whose it is ("They won't be laughing if
      // I'm elected president." is a candidate's, BASIL).
      const parties = g.items.map((i) => i.claim.party).filter((p): p is string => !!p);
      const saidBy = parties.length * 2 > g.items.length ? mostCommon(parties) : null;
      if (saidBy) o.saidBy = saidBy;
      return o;
    });
}

/** The sentence that decided a group's status, its outlet and rule; a single source's names its party. */
function whyOf(g: Group, sources: Source[]): ClaimWhy | null {
  const d = g.st.decidedBy;
  if (!d) return null;
  const why: ClaimWhy = { sentence: shortQuote(d.item.claim.sentence), outlet: sources[d.item.art]!.outlet, rule: d.rule };
  if (g.st.status === 'single-source') why.party = g.st.attributedTo;
  return why;
}

export function analyze(
  current: { article: Article; claims: Claim[]; copyOf: string | null },
  members: Member[],
): EventAnalysis {
  const arts = [current, ...members];
  const sources = sourcesOf(arts);
  const items = itemsOf(arts.map((a) => a.claims));
  const groupOf = align(items);
  const { byGroup, countersInto, opposedBy, links } = linkGroups(items, groupOf);
  const groups = new Map<number, Group>();
  for (const [g, its] of byGroup) {
    const st = groupStatus(its, countersInto.get(g) ?? [], opposedBy.get(g) ?? [], sources);
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
    const score = st.status === 'disputed' ? 100 + (inThis ? 20 : 0)
      : st.status === 'corroborated' ? 50 + st.outlets.size + (inThis ? 20 : 0)
      : (tweeted ? 5 : hasParty ? 35 : 10) + (inThis ? 5 : 0) + (articlesCarrying > 1 ? 10 : 0) + (hasNumber ? 3 : 0);
    groups.set(g, { items: its, st, inThis, score, id: '' });
  }
  const kept = [...groups.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, MAX_CLAIMS);
  const rank = (g: Group): number => (g.st.status === 'disputed' ? 0 : g.inThis ? 1 : g.st.status === 'corroborated' ? 2 : 3);
  kept.sort((a, b) => rank(a[1]) - rank(b[1]) || b[1].st.outlets.size - a[1].st.outlets.size || a[0] - b[0]);
  kept.forEach(([, g], i) => (g.id = `claim-${i + 1}`));
  const keptIds = new Map(kept.map(([k, g]) => [k, g.id]));
  const claims: ReportClaim[] = kept.map(([k, g]) => {
    const contestedBy = [...(links.get(k) ?? [])].map((x) => keptIds.get(x)).filter((x): x is string => !!x);
    const rc: ReportClaim = {
      id: g.id,
      text: representative(g.items, g.inThis),
      status: g.st.status,
      assertedBy: g.st.assertedBy,
      deniedBy: g.st.deniedBy,
      attributedBy: g.st.attributedBy,
      attributedTo: g.st.attributedTo,
      deniedByParty: g.st.deniedByParty,
      inThisArticle: !!g.inThis,
      sentenceInArticle: g.inThis?.claim.sentence ?? null,
      quotes: quotesOf(g, countersInto.get(k) ?? [], sources),
    };
    if (contestedBy.length) rc.contestedBy = contestedBy;
    rc.rules = g.st.rules;
    const why = whyOf(g, sources);
    if (why) rc.why = why;
    return rc;
  });
  const omissions = omissionsOf(kept, claims, sources);
  return {
    claims,
    numbers: numberConflicts([...groups.values()], sources),
    omissions,
    framing: framingTerms(items, sources, new Set(items.filter((_, i) => groups.get(groupOf[i]!)?.st.status === 'disputed'))),
  };
}
