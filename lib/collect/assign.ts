// Events as articles arrive: each new article is matched against the live index with the extension's own matcher
// and joins the event it matches, or starts one; a copy joins its original's event; two events that the new
// article shows to be one (both rank above the clustering threshold and their members are alike on average) are
// merged into the older. Pure and deterministic for a given arrival order.
import type { Article } from '../types.js';
import type { ExtractedClaim } from '../claims/index.js';
import type { RawFeatures } from '../index/features.js';
import type { ArticleRecord } from '../index/format.js';
import { STORED_TERMS, tfidfVector, toFingerprint } from '../index/weights.js';
import { matchArticle } from '../match/match.js';
import { RecentCache } from '../index/recent-cache.js';
import { similarity, storedProfile, type Profile } from '../index/similarity.js';
import { fnv1a } from '../stance/hash.js';
import { LiveStore } from './live-store.js';

/** The builder's average-link threshold for unlabelled articles (lib/index/events.ts CLUSTER_THRESHOLD): two
 * events whose members score this on average are one event for the batch builder too. */
export const MERGE_THRESHOLD = 0.55;
/** Members compared per event when testing a merge (the newest), bounding the work on large events. */
export const MERGE_SAMPLE = 12;
/** Average link a new article needs to join the event the matcher names: the builder's own threshold, not tuned
 * (dense BASIL replay, two hours between events: B-cubed F1 0.540 → 0.918 with it). */
const JOIN_THRESHOLD = MERGE_THRESHOLD;

export interface Assignment {
  record: ArticleRecord;
  event: string;
  created: boolean;
  /** Events merged into `event` by this article. */
  merged: string[];
  copyOf: string | null;
}

/** A stable event id from the id of the article that started it. */
export function eventIdFor(articleId: string): string {
  return `e:${fnv1a(articleId).toString(36)}${fnv1a(`~${articleId}`).toString(36)}`;
}

export class EventAssigner {
  /** Pair scores and profiles of this store's articles (its ordinals are its own), for the average-link checks. */
  private readonly links = new LinkCache();

  constructor(readonly store: LiveStore = new LiveStore()) {}

  /** Fingerprint weighed with the live document frequencies, frozen from then on (what deltas publish). */
  private fingerprint(raw: RawFeatures, title: string) {
    const n = this.store.size;
    const vec = tfidfVector(raw.tf, (t) => this.store.dfMap.get(t) ?? 1, Math.max(n, 1), STORED_TERMS);
    const { tf: _, ...rest } = raw;
    return toFingerprint(vec, rest, title);
  }

  async assign(article: Article, raw: RawFeatures, claims: ExtractedClaim[]): Promise<Assignment> {
    const existing = this.store.get(article.id);
    if (existing) return { record: existing, event: existing.event, created: false, merged: [], copyOf: existing.copyOf };
    // The reasons' surface words are for a reader's panel; events need the decision alone.
    const result = await matchArticle(this.store, article, raw, { words: false });
    this.store.countTerms(raw.tf.keys());
    const fp = this.fingerprint(raw, article.title);
    const copyOf = result.copies.length
      ? (result.copies
          .map((id) => this.store.get(id))
          .filter((r): r is ArticleRecord => !!r)
          .sort((a, b) => a.n - b.n)[0]?.id ?? null)
      : null;
    const copyEvent = copyOf ? this.store.get(copyOf)!.event : null;
    // The matcher's answer is taken when the article is also, on average, as alike the event's members as the
    // builder's clustering asks of one event: the matcher's calibrated decision was fitted on pages against a whole
    // corpus, and on a young or dense live index (many same-day events) it joins look-alikes.
    const joined =
      result.info.status === 'matched' && result.eventId && this.linkTo(result.eventId, article, fp) >= JOIN_THRESHOLD
        ? result.eventId
        : null;
    let event = copyEvent ?? joined;
    const created = !event;
    event ??= eventIdFor(article.id);
    const record = this.store.add(
      {
        k: 'a',
        id: article.id,
        url: article.url,
        title: article.title,
        outlet: article.outlet,
        domain: article.domain,
        published: article.published,
        lang: article.lang,
        event,
        copyOf,
        from: article.republishedFrom,
        fp,
        claims,
      },
      article.title,
    );
    const merged = created ? [] : this.mergeAround(event, result.ranking);
    return { record, event: this.store.get(article.id)!.event, created, merged, copyOf };
  }

  /** Average similarity of a new article to an event's (newest) members. */
  private linkTo(eventId: string, article: Article, fp: ArticleRecord['fp']): number {
    const members = this.store.membersOf(eventId);
    if (!members.length) return 0;
    return averageLink([{ fp, published: article.published, title: article.title } as ArticleRecord], members, this.links);
  }

  /** Merge into `event` the other top-ranked events that are, on average, the same event. */
  private mergeAround(event: string, ranking: { eventId: string; score: number }[]): string[] {
    const merged: string[] = [];
    for (const r of ranking.slice(0, 3)) {
      if (r.eventId === event || r.score < MERGE_THRESHOLD) continue;
      const a = this.store.membersOf(event);
      const b = this.store.membersOf(r.eventId);
      if (!a.length || !b.length || averageLink(a, b, this.links) < MERGE_THRESHOLD) continue;
      // The older event survives: ids stay stable for readers who already hold it.
      const [keep, drop] = a[0]!.n <= b[0]!.n ? [event, r.eventId] : [r.eventId, event];
      this.store.merge(drop, keep);
      merged.push(drop);
      event = keep;
    }
    return merged;
  }
}

/** Average similarity between two groups of articles (the newest MERGE_SAMPLE of each). */
export function averageLink(a: readonly ArticleRecord[], b: readonly ArticleRecord[], links = new LinkCache()): number {
  const sa = a.slice(-MERGE_SAMPLE);
  const sb = b.slice(-MERGE_SAMPLE);
  // Profiles are made when a pair is not known already, once per record.
  const lazy = (r: ArticleRecord) => {
    let p: Profile | undefined;
    return () => (p ??= links.profile(r));
  };
  const pa = sa.map(lazy);
  const pb = sb.map(lazy);
  let sum = 0;
  for (let i = 0; i < sa.length; i++)
    for (let j = 0; j < sb.length; j++) sum += links.score(sa[i]!, sb[j]!, () => similarity(pa[i]!(), pb[j]!()).score);
  return sum / (sa.length * sb.length);
}

/** Ordinals below this make a pair key that a double holds exactly. */
const ORDINALS = 2 ** 26;

/** Similarity scores of stored articles already compared (by ordinal pair) and their profiles. A merge check compares
 * two events' newest members, and the next article of either event asks for most of the same pairs again: they were
 * rebuilt and scored each time. A record without an ordinal (the article being assigned) is not cached. */
export class LinkCache {
  private readonly scores = new RecentCache<number, number>(50_000);
  private readonly profiles = new RecentCache<ArticleRecord, Profile>(2_000);

  profile(r: ArticleRecord): Profile {
    const make = (rec: ArticleRecord) => storedProfile(rec.fp, rec.published, rec.title);
    return r.n === undefined ? make(r) : this.profiles.get(r, make);
  }

  /** The pair's score, from `make` unless known. */
  score(x: ArticleRecord, y: ArticleRecord, make: () => number): number {
    if (x.n === undefined || y.n === undefined || x.n >= ORDINALS || y.n >= ORDINALS) return make();
    return this.scores.get(x.n * ORDINALS + y.n, make);
  }
}
