// How the report shows one group of aligned claims: its wording (the group's centre, this article's own when it
// carries it), its quotes (both sides of a dispute first), the sentence and rule behind its status; and the claims
// other outlets carry that the article leaves out.
import type { ClaimQuote, ClaimWhy, Omission, ReportClaim } from '../../types.js';
import { eventKey, type Item } from './align.js';
import { balanceQuotes, shortQuote } from '../extract/claim-text.js';
import { mostCommon, type GroupStatus, type Source } from './status.js';

/** Quotes per claim: a disputed claim shows both sides, others a few outlets. */
const MAX_QUOTES = 8;
const MAX_QUOTES_AGREED = 3;
const MAX_OMISSIONS = 6;

export interface Group {
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
  // Each clause's keys once (a pool clause's own are among them), events by align's shared key strings.
  const gKeys = g.map((i): string[] => [...i.prop.terms, ...i.prop.events.map((e) => eventKey(e, false))]);
  const keysOf = new Map(g.map((i, k) => [i, gKeys[k]!]));
  const centrality = (i: Item): number => {
    const mine = new Set(keysOf.get(i));
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

/** Claims other outlets carry that this article leaves out (two outlets or more besides it). */
export function omissionsOf(kept: [number, Group][], claims: ReportClaim[], sources: Source[]): Omission[] {
  const currentKey = sources[0]!.key;
  return kept
    .filter(([, g]) => !g.inThis && [...g.st.outlets].filter((o) => o !== currentKey).length >= 2)
    .slice(0, MAX_OMISSIONS)
    .map(([, g]) => {
      const o: Omission = {
        claimId: g.id,
        text: claims.find((c) => c.id === g.id)!.text,
        reportedBy: [
          ...new Set(
            g.items
              .map((i) => sources[i.art]!)
              .filter((s) => s.key !== currentKey)
              .map((s) => s.outlet),
          ),
        ],
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

/** The report's entry for a kept group; `linked`: the report ids of the groups a counter-claim links it to (undefined
 *  for one not kept); `counters`: the counter-claims that contest it. */
export function reportClaim(g: Group, linked: (string | undefined)[], counters: Item[], sources: Source[]): ReportClaim {
  const contestedBy = linked.filter((x): x is string => !!x);
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
    quotes: quotesOf(g, counters, sources),
  };
  if (contestedBy.length) rc.contestedBy = contestedBy;
  rc.rules = g.st.rules;
  const why = whyOf(g, sources);
  if (why) rc.why = why;
  return rc;
}
