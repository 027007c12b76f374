// Story-level disputes: a claim asserted in one event of a story is often denied in another (seed story: Russia
// Today's Lavrov piece asserts "Russia fully liberated the territory this past April"; the visit reports of the next
// event carry Kyiv's denial). The event's own analysis is kept as it is; the article is then compared with the other
// events' articles too, and a group disputed across events marks the page's matching claim disputed, adding the
// other events' quotes with their event and date.
import type { Article, ClaimQuote, ReportClaim } from '../../types.js';
import { disputedClaims } from './analyze.js';
import { shortQuote, type Claim } from '../extract/claim-text.js';
import { crossKeys, crossQuotes, mayCross, type Said } from './cross-event.js';

type Meta = Pick<Article, 'id' | 'title' | 'outlet' | 'domain' | 'url' | 'published'>;

/** An article of the event or of another event of the story, its claims unpacked. */
export interface StoryArticle {
  article: Meta;
  claims: Claim[];
  copyOf: string | null;
  eventId: string;
}

/** Quotes from other events added to one claim: enough to show each side without crowding the event's own. */
const MAX_STORY_QUOTES = 4;

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];

const quoteKey = (q: Pick<ClaimQuote, 'articleId' | 'text'>): string => `${q.articleId}\n${q.text}`;

/** The event-level claim a story group continues: one that shares a quote from this event, or this article's sentence. */
function matching(claims: ReportClaim[], story: ReportClaim, inEvent: (id: string) => boolean): ReportClaim | undefined {
  const own = new Set(story.quotes.filter((q) => inEvent(q.articleId)).map(quoteKey));
  return claims.find(
    (c) =>
      (story.inThisArticle && c.inThisArticle && c.sentenceInArticle === story.sentenceInArticle) ||
      c.quotes.some((q) => own.has(quoteKey(q))),
  );
}

/** Other events' quotes, the side opposed to this article's first: its denials when the page carries the claim, the
 *  claim as stated when the page denies it. */
function opposedFirst(quotes: ClaimQuote[], claim: ReportClaim): ClaimQuote[] {
  const pageDenies = claim.inThisArticle && claim.quotes.some((q) => q.text === claim.sentenceInArticle && q.stance === 'denies');
  const opposed = (q: ClaimQuote): number => ((q.stance === 'denies') !== pageDenies ? 0 : 1);
  return quotes
    .map((q, i) => ({ q, i }))
    .sort((a, b) => opposed(a.q) - opposed(b.q) || a.i - b.i)
    .map(({ q }) => q);
}

/** Merge a cross-event dispute into the event-level claim: its sides widen by the outlets of the quotes that take
 *  part in it (`cross`, this event's too: a page can carry the denial of a claim made in another event), its status becomes disputed, and those quotes come with their event and date. */
function merge(into: ReportClaim, story: ReportClaim, others: ClaimQuote[], cross: Set<ClaimQuote>): ReportClaim {
  const sides = [...cross, ...others];
  const outlets = (keep: (q: ClaimQuote) => boolean): string[] => sides.filter(keep).map((q) => q.outlet ?? 'unknown outlet');
  const deniedBy = union(
    into.deniedBy,
    outlets((q) => q.stance === 'denies'),
  );
  return {
    ...into,
    status: 'disputed',
    deniedBy,
    assertedBy: union(
      into.assertedBy,
      outlets((q) => q.stance === 'asserts'),
    ).filter((o) => !deniedBy.includes(o)),
    attributedBy: union(
      into.attributedBy,
      outlets((q) => q.stance === 'attributes' || q.stance === 'hedges'),
    ).filter((o) => !deniedBy.includes(o)),
    attributedTo: into.attributedTo ?? story.attributedTo,
    deniedByParty: into.deniedByParty ?? story.deniedByParty ?? null,
    quotes: [...into.quotes, ...others],
    ...storyWhy(into, sides),
  };
}

/** Why the claim is disputed when the event alone left it undisputed: the denial from another event (or this
 *  event's denial of a claim carried in another), by the story's rules; an event-level dispute keeps its own why. */
function storyWhy(into: ReportClaim, cross: ClaimQuote[]): Pick<ReportClaim, 'rules' | 'why'> {
  if (into.status === 'disputed') return {};
  const denial = cross.find((q) => q.stance === 'denies' && q.eventId) ?? cross.find((q) => q.stance === 'denies');
  if (!denial) return {};
  return {
    rules: ['status.denied-across-events', 'deny.in-another-event'],
    why: { sentence: denial.text, outlet: denial.outlet, rule: 'deny.in-another-event' },
  };
}

/** A quote names its article and its sentence (shortened); the clauses are found back by both. Indexed on the first
 *  look-up only (most pages' story groups have no quote to look up), each sentence shortened once. */
function clausesByQuote(arts: StoryArticle[]): (q: ClaimQuote) => Said[] {
  let clauses: Map<string, Said[]> | null = null;
  return (q) => {
    if (clauses === null) {
      clauses = new Map();
      for (const a of arts) {
        let sentence: string | null = null;
        let quote = '';
        for (const c of a.claims) {
          if (c.sentence !== sentence) [sentence, quote] = [c.sentence, shortQuote(c.sentence)];
          const k = quoteKey({ articleId: a.article.id, text: quote });
          const list = clauses.get(k);
          if (list) list.push({ claim: c, eventId: a.eventId });
          else clauses.set(k, [{ claim: c, eventId: a.eventId }]);
        }
      }
    }
    return clauses.get(quoteKey(q)) ?? [];
  };
}

/**
 * `current` is the article being read; `event` the other articles of its event; `story` the articles of the story's
 * other events (each with its eventId). Returns the event's claims with cross-event disputes merged in, disputed first.
 */
export function withStoryDisputes(
  claims: ReportClaim[],
  current: { article: Article; claims: Claim[]; copyOf: string | null; eventId: string },
  event: StoryArticle[],
  story: StoryArticle[],
): ReportClaim[] {
  if (story.length === 0) return claims;
  const eventOf = new Map([current, ...event, ...story].map((a) => [a.article.id, a.eventId]));
  const published = new Map([current, ...event, ...story].map((a) => [a.article.id, a.article.published]));
  const inEvent = (id: string): boolean => eventOf.get(id) === current.eventId;
  // The story's analysis costs as much again as the event's: it runs only when some article of another event can take
  // part in a dispute across events, and only over those.
  const keys = [current, ...event, ...story].map((a) => crossKeys(a.claims, a.eventId));
  const useful = story.filter((_, i) => mayCross(keys[1 + event.length + i]!, keys));
  if (useful.length === 0) return claims;
  const storyClaims = disputedClaims(current, [...event, ...useful]);
  let out = claims.slice();
  let next = claims.length;
  const said = clausesByQuote([current, ...event, ...story]);
  for (const s of storyClaims) {
    const cross = crossQuotes(s.quotes, said);
    if (cross.size === 0) continue;
    // Only the quotes of another event that take part in a dispute across events are shown on this page.
    const elsewhere = s.quotes
      .filter((q) => !inEvent(q.articleId) && cross.has(q))
      .map((q): ClaimQuote => ({ ...q, eventId: eventOf.get(q.articleId)!, published: published.get(q.articleId) ?? null }));
    const target = matching(out, s, inEvent);
    if (target) {
      const seen = new Set(target.quotes.map(quoteKey));
      const room = MAX_STORY_QUOTES - target.quotes.filter((q) => q.eventId !== undefined).length;
      const added = opposedFirst(elsewhere, target)
        .filter((q) => !seen.has(quoteKey(q)))
        .slice(0, Math.max(0, room));
      out = out.map((c) => (c === target ? merge(c, s, added, cross) : c));
    } else if (s.inThisArticle) {
      // Kept by the story's comparison but not by the event's (it had nothing to compare with there).
      // Its links to other story-level claims name ids this report does not have.
      const { contestedBy: _links, ...rest } = s;
      const own = s.quotes.filter((q) => inEvent(q.articleId));
      const quotes = [...own, ...opposedFirst(elsewhere, s).slice(0, MAX_STORY_QUOTES)];
      out.push({
        ...rest,
        id: `claim-${++next}`,
        quotes,
        ...storyWhy(
          { ...s, status: 'single-source' },
          quotes.filter((q) => cross.has(q) || q.eventId),
        ),
      });
    }
  }
  // Disputed claims first, as in the event's own ranking; the order is otherwise kept.
  const rank = (c: ReportClaim): number => (c.status === 'disputed' ? 0 : 1);
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
