// Status of one group of aligned claims: disputed (asserted or attributed by some, denied or contested by others),
// corroborated (independent outlets, copies collapsed into their original), or single-source (one outlet, or one
// party's word); with the outlets on each side and the parties behind them.
import type { ClaimStatus, Stance } from '../../types.js';
import type { Item } from './align.js';
import { effectiveStances, type Stances } from './stances.js';

export interface Source {
  /** Display name ("Russia Today", "unknown outlet"). */
  outlet: string;
  /** Independence key: copies share their original's key; one outlet's several articles share one key. */
  key: string;
  articleId: string;
  /** The original's id when this article is a copy of another article of the event. */
  original: string | null;
}

export interface GroupStatus {
  status: ClaimStatus;
  assertedBy: string[];
  deniedBy: string[];
  attributedBy: string[];
  attributedTo: string | null;
  deniedByParty: string | null;
  /** Independent outlets that carry the group (any stance). */
  outlets: Set<string>;
  /** Effective stance per item (a negated clause in a group that mostly affirms counts as a denial). */
  stances: Map<Item, Stance>;
  /** Ids of the rules that decided the status (rules.ts): the status rule, then the deciding clause's. */
  rules: string[];
  /** The clause that decided it, with its rule: a denial for a disputed group, the party's word for a single source. */
  decidedBy: { item: Item; rule: string } | null;
}

/** The value given most often (the first on a tie), or null for none. */
export function mostCommon(xs: string[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, c] of n) if (!best || c > n.get(best)!) best = x;
  return best;
}

/** Each outlet's side in the group (a denial anywhere in it makes the outlet a denier), and the clauses that deny. */
function sidesOf(items: Item[], counters: Item[], opposed: Item[], sources: Source[], { stances, denialRule }: Stances) {
  const role = new Map<string, 'asserts' | 'attributes' | 'denies'>();
  const name = new Map<string, string>();
  const outlets = new Set<string>();
  const note = (it: Item, r: 'asserts' | 'attributes' | 'denies'): void => {
    const s = sources[it.art]!;
    name.set(s.key, s.outlet);
    const had = role.get(s.key);
    if (r === 'denies' || !had || (r === 'asserts' && had === 'attributes')) role.set(s.key, r);
  };
  for (const it of items) {
    const st = stances.get(it)!;
    outlets.add(sources[it.art]!.key);
    note(it, st === 'denies' ? 'denies' : st === 'asserts' ? 'asserts' : 'attributes');
  }
  for (const it of counters) {
    note(it, 'denies');
    denialRule.set(it, 'deny.counter-claim');
  }
  const deniers = [...items.filter((i) => stances.get(i) === 'denies'), ...counters];
  // A counter-claim is itself contested by the outlets that carry the claim it holds out against.
  for (const it of opposed) {
    const key = sources[it.art]!.key;
    if (!role.has(key)) note(it, 'denies');
    deniers.push(it);
    denialRule.set(it, 'deny.carries-contested-claim');
  }
  const by = (r: string): string[] => [...new Set([...role].filter(([, v]) => v === r).map(([k]) => name.get(k)!))];
  return { assertedBy: by('asserts'), attributedBy: by('attributes'), deniedBy: by('denies'), outlets, deniers };
}

/**
 * `items`: the group's claims. `counters`: claims elsewhere that contest one of them (their outlets deny this group).
 * `opposed`: claims this group's counter-claims contest (their outlets carry the opposite proposition).
 */
export function groupStatus(items: Item[], counters: Item[], opposed: Item[], sources: Source[]): GroupStatus {
  const affirming = items.filter((i) => i.claim.stance !== 'denies');
  const read = effectiveStances(items, affirming, sources);
  const { stances, denialRule } = read;
  const { assertedBy, attributedBy, deniedBy, outlets, deniers } = sidesOf(items, counters, opposed, sources, read);
  const parties = affirming
    .filter((i) => stances.get(i) !== 'denies')
    .map((i) => i.claim.party)
    .filter((p): p is string => !!p);
  const sides = new Set(
    affirming.map((i) => i.claim.side ?? (i.claim.party ? i.claim.party.toLowerCase() : `outlet:${sources[i.art]!.key}`)),
  );
  const deniedByParty = mostCommon(deniers.map((i) => i.claim.party).filter((p): p is string => !!p));
  let status: ClaimStatus;
  if (deniedBy.length && assertedBy.length + attributedBy.length) status = 'disputed';
  else if (outlets.size >= 2 && (assertedBy.length > 0 || sides.size >= 2)) status = 'corroborated';
  else status = 'single-source';
  const attributedTo =
    status === 'corroborated' ? null : (mostCommon(parties) ?? (outlets.size === 1 ? (assertedBy[0] ?? null) : null));
  const decidedBy = decider(status, deniers, affirming, attributedTo, denialRule);
  const rules = [STATUS_RULE[status], ...(decidedBy ? [decidedBy.rule] : [])];
  return { status, assertedBy, deniedBy, attributedBy, attributedTo, deniedByParty, outlets, stances, rules, decidedBy };
}

const STATUS_RULE: Record<ClaimStatus, string> = {
  disputed: 'status.denied-and-carried',
  corroborated: 'status.independent-outlets',
  'single-source': 'status.one-source',
};

/** The rule of a clause's own decision of kind `prefix` ("stance.", "party."), from extraction. */
const ownRule = (it: Item, prefix: string): string | undefined => it.claim.rules?.find((r) => r.startsWith(prefix));

/** The clause behind a status: for a dispute the first denial (its own stance's rule, or the comparison's that made it
 *  one); for one party's word the first clause of that party. */
function decider(
  status: ClaimStatus,
  deniers: Item[],
  affirming: Item[],
  party: string | null,
  denialRule: Map<Item, string>,
): GroupStatus['decidedBy'] {
  if (status === 'disputed') {
    const it = deniers[0];
    return it ? { item: it, rule: denialRule.get(it) ?? ownRule(it, 'stance.') ?? 'stance.stored-denial' } : null;
  }
  if (status !== 'single-source' || !party) return null;
  const it = affirming.find((i) => i.claim.party === party);
  return it ? { item: it, rule: ownRule(it, 'party.') ?? 'stance.attributed' } : null;
}
