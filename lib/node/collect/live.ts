// The state readers should hold now, read from the store: articles of events with news within the retention window,
// with event titles, dates and story threads made exactly as the builder makes them, outlets and term frequencies;
// each article with the claims comparison turns on (published-claims.ts).
import { createHash } from 'node:crypto';
import { claimContexts, PUBLISHED_CLAIMS, publishedClaims, sharedWith } from '../../collect/published-claims.js';
import type { ExtractedClaim } from '../../claims/extract/stored-claim.js';
import { assignEvents, assignStories } from '../../index/events.js';
import type { OutletRecord } from '../../index/format.js';
import { storedProfile, type Profile } from '../../index/similarity.js';
import type { LiveArticle } from '../../updates/format.js';
import { LiveState } from '../../updates/live-state.js';
import { isoOf, jsonOf, type ArticleRow, type Db } from './db.js';

/** A term's df is sent from 5 articles on; a reader counts a rarer term's articles among those it holds. From 3,
 * frequencies were 134 B an article of an hourly reader's deltas (collector bench); from 5, 42% fewer were sent, and
 * matching with the df a reader then holds loses nothing (tests/eval/published-index.ts, on the dev half of eval:match). */
export const DF_MIN = 5;

type Row = Pick<
  ArticleRow,
  'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'event' | 'copy_of' | 'fp' | 'claims' | 'body' | 'raw'
> & { at: Date | string };

/** An article's id in published files: 12 characters of its URL's sha256 (72 bits; two of 1.5 million live
 * articles share one with a chance of about 2 in 10 million). The store keys articles by URL, but a URL was sent
 * twice an article (id and url) and again in each event's member list, a third of an event's bytes. */
export const publishedId = (id: string): string => createHash('sha256').update(id).digest('base64url').slice(0, 12);

/** A row's time as milliseconds (the driver gives a Date or text). */
export const timeOf = (v: Date | string): number => (v instanceof Date ? v.getTime() : Date.parse(v));

/** The claims published of an article, with the earlier articles of its event (`context`, claimContexts) in view. */
export function chosenClaims(
  own: ExtractedClaim[],
  context: readonly string[],
  stored: ReadonlyMap<string, ExtractedClaim[]>,
  max: number,
): ExtractedClaim[] {
  if (own.length <= max) return own;
  return publishedClaims(
    own,
    max,
    sharedWith(
      own,
      context.map((id) => stored.get(id) ?? []),
    ),
  );
}

/** The state readers should hold now: articles of events with news within the retention window. */
export async function currentState(
  db: Db,
  now: Date,
  retentionDays: number,
  claimsPerArticle = PUBLISHED_CLAIMS,
): Promise<LiveState> {
  const since = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db.query<Row>(
    // The lead only (400 characters are at least the 400 UTF-16 units the titles read), not 12 kB a live article.
    `select id, url, title, outlet, domain, published, lang, event, copy_of, fp, claims, left(body, 400) as body, raw,
     coalesce(published, first_seen) as at from articles
     where status = 'stored' and event is not null and event in (
       select event from articles where status = 'stored' and event is not null
       group by event having max(coalesce(published, first_seen)) >= $1)
     order by id`,
    [since],
  );
  const live = new Set(rows.map((r) => r.id));
  const stored = new Map(rows.map((r) => [r.id, jsonOf<ExtractedClaim[]>(r.claims) ?? []]));
  const contexts = claimContexts(rows.map((r) => ({ id: r.id, event: r.event!, at: timeOf(r.at) })));
  const articles: LiveArticle[] = rows.map((r) => ({
    k: 'a',
    id: publishedId(r.id),
    url: r.url,
    title: r.title,
    outlet: r.outlet,
    domain: r.domain,
    published: isoOf(r.published),
    lang: r.lang,
    event: r.event,
    copyOf: r.copy_of && live.has(r.copy_of) ? publishedId(r.copy_of) : null,
    from: jsonOf(r.raw)?.republishedFrom ?? null,
    fp: jsonOf(r.fp)!,
    claims: chosenClaims(stored.get(r.id)!, contexts.get(r.id)!, stored, claimsPerArticle),
  }));
  const held = articles.map((a, i) => ({
    article: a,
    profile: storedProfile(a.fp, a.published, a.title),
    lead: rows[i]!.body?.slice(0, 400) ?? '',
  }));
  return stateAround(held, await db.query<{ term: string; df: number }>('select term, df from terms where df >= $1', [DF_MIN]));
}

/** Events, stories, outlets and term frequencies around the articles: event titles, dates and story threads exactly
 * as the builder makes them, with the collector's events as labels (a publisher's cache and a cold read share it). */
export function stateAround(
  list: readonly { article: LiveArticle; profile: Profile; lead: string }[],
  terms: readonly { term: string; df: number }[],
): LiveState {
  const state = new LiveState();
  const articles = list.map((h) => h.article);
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const events = assignEvents(
    list.map((h, i) => ({
      n: i,
      title: h.article.title,
      published: h.article.published,
      profile: h.profile,
      gold: { id: h.article.event },
      copyOf: h.article.copyOf ? index.get(h.article.copyOf)! : null,
      outlet: h.article.outlet ?? h.article.domain,
      lead: h.lead,
    })),
  );
  for (const e of events.values()) e.source = 'cluster';
  const { events: evs, stories } = assignStories(events, (n) => list[n]!.profile);
  for (const a of articles) state.articles.set(a.id, a);
  for (const e of evs) state.events.set(e.id, { ...e, members: e.members.map((n) => articles[n]!.id) });
  for (const s of stories) state.stories.set(s.id, s);
  const outlets = new Map<string, OutletRecord>();
  for (const a of articles) {
    if (!a.outlet && !a.domain) continue;
    const k = `${a.outlet ?? ''}\u001f${a.domain ?? ''}`;
    const o = outlets.get(k) ?? { k: 'o', name: a.outlet ?? a.domain!, domain: a.domain, articles: 0 };
    o.articles++;
    outlets.set(k, o);
  }
  for (const [k, o] of outlets) state.outlets.set(k, o);
  for (const t of terms) state.df.set(t.term, t.df);
  return state;
}
