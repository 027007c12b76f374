// The live state a publish sends, kept between publishes of one process (`collect --watch`, the bench): the same
// state currentState (live.ts) reads from the store, but each article's heavy columns (fingerprint, claims, lead,
// source data) are read, parsed and turned into a record and a similarity profile only when the article is new or
// changed (its assignment or its stored page), and an unchanged record keeps its object, so its hash is not
// recomputed (publish-diff.ts). Term frequencies are kept too: after the first read only the terms the assigner
// touched since are read (reading the whole table was the largest query of a 5-minute publish). What is left per
// publish is one light scan of the live articles' ids and events, and the events' titles and story threads. An
// article's published claims look at the earlier articles of its event (published-claims.ts): it is rebuilt too when
// those (or their stored pages) change, its choice kept in the store (claim-choice.ts).
// currentState stays the reference: a test holds the two equal, so a warm publisher writes the bytes a cold one would.
import { claimContexts, PUBLISHED_CLAIMS } from '../../collect/published-claims.js';
import type { ExtractedClaim } from '../../claims/extract/stored-claim.js';
import { contextHash, publishedChoices, type ChoiceRow } from './claim-choice.js';
import { storedProfile, type Profile } from '../../index/similarity.js';
import type { LiveArticle } from '../../updates/format.js';
import { LiveState } from '../../updates/live-state.js';
import { articlesById, isoOf, jsonOf, type ArticleRow, type Db } from './db.js';
import { DF_MIN, publishedId, stateAround, timeOf } from './live.js';

type Light = Pick<ArticleRow, 'id' | 'event' | 'copy_of'> & { version: string; at: Date | string };
type Heavy = Pick<ArticleRow, 'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'fp' | 'body' | 'raw'> &
  ChoiceRow;

interface Held {
  version: string;
  /** The hash of what its claim choice depended on (claim-choice.ts). */
  context: string;
  /** The record as last built, with the event and original it had then. */
  article: LiveArticle;
  profile: Profile;
  lead: string;
}

export class LiveCache {
  private readonly held = new Map<string, Held>();
  /** Term frequencies from DF_MIN on, as of the assignment `termsUpto` (terms.touched, the batch's last sequence). */
  private readonly df = new Map<string, number>();
  private termsUpto: number | null = null;
  /** Articles whose heavy columns were read on the last call: what the cache saved is the rest. */
  lastRead = 0;

  constructor(private readonly claimsPerArticle = PUBLISHED_CLAIMS) {}

  async state(db: Db, now: Date, retentionDays: number): Promise<LiveState> {
    const since = new Date(now.getTime() - retentionDays * 86_400_000);
    const rows = await db.query<Light>(
      `select id, event, copy_of, coalesce(assigned_seq::text, '') || '|' || coalesce(stored_at::text, '') as version,
       coalesce(published, first_seen) as at from articles
       where status = 'stored' and event is not null and event in (
         select event from articles where status = 'stored' and event is not null
         group by event having max(coalesce(published, first_seen)) >= $1)
       order by id`,
      [since],
    );
    const live = new Set(rows.map((r) => r.id));
    const { contexts, hashes, contextOf, stale } = this.contextsToRebuild(rows, live);
    this.lastRead = stale.length;
    const heavy = new Map<string, Heavy>();
    for (const h of await articlesById<Heavy>(
      db,
      'id, url, title, outlet, domain, published, lang, fp, left(body, 400) as body, raw, pub_claims, pub_context',
      stale.map((r) => r.id),
    ))
      heavy.set(h.id, h);
    const chosen = await publishedChoices(db, [...heavy.values()], contexts, hashes, this.claimsPerArticle);
    for (const id of [...this.held.keys()]) if (!live.has(id)) this.held.delete(id);
    const list = rows.map((r) => {
      const h = heavy.get(r.id);
      return this.article(r, h, live, contextOf(r.id), chosen.get(r.id) ?? []);
    });
    await this.readTerms(db);
    return stateAround(
      list,
      [...this.df].map(([term, df]) => ({ term, df })),
    );
  }

  /** Each live article's claim context (claimContexts) and its key, with the articles to rebuild: those that moved,
   * and those whose context moved. A context can change only in an event whose members, or their versions, moved:
   * only those events are read again; the others keep their keys (1.5 million keys a publish would cost seconds). */
  private contextsToRebuild(rows: readonly Light[], live: ReadonlySet<string>) {
    const moved = new Set(rows.filter((r) => this.held.get(r.id)?.version !== r.version).map((r) => r.id));
    const touched = new Set<string>();
    for (const r of rows) {
      const was = this.held.get(r.id);
      if (moved.has(r.id) || was?.article.event !== r.event) touched.add(r.event!).add(was?.article.event ?? r.event!);
    }
    for (const [id, was] of this.held) if (!live.has(id)) touched.add(was.article.event);
    const reread = rows.filter((r) => touched.has(r.event!));
    const contexts = claimContexts(reread.map((r) => ({ id: r.id, event: r.event!, at: timeOf(r.at) })));
    const versions = new Map(reread.map((r) => [r.id, r.version]));
    const hashes = new Map(
      reread.map((r) => [
        r.id,
        contextHash(this.claimsPerArticle, r.id, r.version, contexts.get(r.id)!, (c) => versions.get(c)!),
      ]),
    );
    const contextOf = (id: string) => hashes.get(id) ?? this.held.get(id)!.context;
    const stale = reread.filter((r) => moved.has(r.id) || this.held.get(r.id)!.context !== hashes.get(r.id));
    return { contexts, hashes, contextOf, stale };
  }

  /** The term table as of now: all of it the first time, then the terms an assignment touched since the last read.
   * Only one consumer assigns, batch after batch, so a batch committed later has a later sequence than any read. */
  private async readTerms(db: Db): Promise<void> {
    const first = this.termsUpto === null;
    // The first read also takes the newest touch of all (it may be on a term still below DF_MIN), in one statement.
    const rows = await db.query<{ term: string | null; df: number; touched: number | string | null }>(
      first
        ? 'select term, df, touched from terms where df >= $1 union all select null, 0, max(touched) from terms'
        : 'select term, df, touched from terms where touched > $1',
      [first ? DF_MIN : this.termsUpto],
    );
    let upto = this.termsUpto ?? 0;
    for (const r of rows) {
      if (r.touched !== null) upto = Math.max(upto, Number(r.touched));
      if (r.term === null) continue;
      if (r.df >= DF_MIN) this.df.set(r.term, r.df);
      else this.df.delete(r.term);
    }
    this.termsUpto = upto;
  }

  /** An article's record: the one held when nothing about it moved, else rebuilt (from the heavy row when read). */
  private article(r: Light, h: Heavy | undefined, live: ReadonlySet<string>, context: string, claims: ExtractedClaim[]): Held {
    const copyOf = r.copy_of && live.has(r.copy_of) ? publishedId(r.copy_of) : null;
    const was = this.held.get(r.id);
    if (!h) {
      if (was!.article.event === r.event && was!.article.copyOf === copyOf) return was!;
      const moved = { ...was!, article: { ...was!.article, event: r.event!, copyOf } };
      this.held.set(r.id, moved);
      return moved;
    }
    // The fields in currentState's order: a record's hash is its JSON.
    const article: LiveArticle = {
      k: 'a',
      id: publishedId(r.id),
      url: h.url,
      title: h.title,
      outlet: h.outlet,
      domain: h.domain,
      published: isoOf(h.published),
      lang: h.lang,
      event: r.event!,
      copyOf,
      from: jsonOf<{ republishedFrom?: string | null }>(h.raw)?.republishedFrom ?? null,
      fp: jsonOf(h.fp)!,
      claims,
    };
    const held = {
      version: r.version,
      context,
      article,
      profile: storedProfile(article.fp, article.published, article.title),
      lead: h.body?.slice(0, 400) ?? '',
    };
    this.held.set(r.id, held);
    return held;
  }
}
