// The articles the reader collected, as the matcher and the event assigner see them: a LiveStore rebuilt from the
// collection's database when the worker starts, grown by the collector's own EventAssigner, written through to the
// database one article at a time (a worker stopped mid-poll loses at most the page it was reading), and offered to
// the matcher beside the loaded index (lib/collect/overlay-store.ts).
import { averageLink, EventAssigner, MERGE_SAMPLE, MERGE_THRESHOLD } from '../../collect/assign.js';
import { LiveStore } from '../../collect/live-store.js';
import { OverlayStore } from '../../collect/overlay-store.js';
import { pastRetention } from '../../collect/poll-policy.js';
import type { ExtractedClaim } from '../../claims/index.js';
import { analyzeText, type RawFeatures } from '../../index/features.js';
import type { ArticleRecord, EventRecord } from '../../index/format.js';
import { matchArticle } from '../../match/match.js';
import type { IndexStore } from '../../index/store.js';
import type { Article } from '../../types.js';
import type { CollectDb, CollectedRow } from './collect-db.js';

export class CollectedIndex {
  private state: Promise<{
    assigner: EventAssigner;
    seq: number;
    dated: Map<string, { n: number; published: string | null }>;
  }> | null = null;
  /** `loaded`: the index pages are matched against, whose events a collected article can join. */
  constructor(
    private readonly db: CollectDb,
    private readonly loaded: () => Promise<IndexStore | null> = async () => null,
  ) {}

  private load() {
    this.state ??= (async () => {
      const store = new LiveStore();
      const dated = new Map<string, { n: number; published: string | null }>();
      let seq = 0;
      await this.db.articles.orderBy('seq').each((row) => {
        store.countTerms(row.terms);
        const rec = store.add(row.rec, row.eventTitle);
        dated.set(rec.id, { n: rec.n, published: rec.published });
        seq = row.seq;
      });
      return { assigner: new EventAssigner(store), seq, dated };
    })();
    this.state.catch(() => (this.state = null));
    return this.state;
  }

  async has(id: string): Promise<boolean> {
    return (await this.load()).assigner.store.get(id) !== undefined;
  }

  async counts(): Promise<{ articles: number; events: number }> {
    const { store } = (await this.load()).assigner;
    return { articles: store.size, events: store.eventMap.size };
  }

  /** Assigns the article to an event and stores it; false when it was collected before. */
  async add(article: Article, claims: ExtractedClaim[], feed: string, now: Date): Promise<boolean> {
    const s = await this.load();
    if (s.assigner.store.get(article.id)) return false;
    const raw = analyzeText(article);
    const terms = [...raw.tf.keys()];
    const a = await s.assigner.assign(article, raw, claims);
    const store = s.assigner.store;
    // A story the collection had not seen may be one the index holds: the collected event then takes the index
    // event's id, and the matcher sees one event with both sets of outlets (lib/collect/overlay-store.ts).
    const known = a.created ? await this.indexEvent(article, raw, a.record).catch(() => null) : null;
    if (known) store.relabel(a.event, known.id, known.title);
    const titleOf = (event: string) => store.eventMap.get(event)?.title ?? article.title;
    const { n: _, ...rec } = a.record;
    const row: CollectedRow = {
      id: rec.id,
      seq: ++s.seq,
      feed,
      rec,
      eventTitle: titleOf(rec.event),
      terms,
      collectedAt: now.toISOString(),
    };
    s.dated.set(rec.id, { n: a.record.n, published: rec.published });
    await this.db.transaction('rw', this.db.articles, async () => {
      await this.db.articles.put(row);
      // A merge moved other articles into this event: their rows follow, so a restart rebuilds the same events.
      if (!a.merged.length) return;
      for (const m of store.membersOf(a.event)) {
        if (m.id !== rec.id) await this.db.articles.update(m.id, { 'rec.event': m.event, eventTitle: titleOf(m.event) });
      }
    });
    return true;
  }

  /** The loaded index's event this article is part of, when the matcher names one and the article is as alike its
   * members as the collector asks of an event it joins. */
  private async indexEvent(article: Article, raw: RawFeatures, rec: ArticleRecord): Promise<EventRecord | null> {
    const index = await this.loaded();
    if (!index) return null;
    const m = await matchArticle(index, article, raw);
    if (m.info.status !== 'matched' || !m.eventId) return null;
    const [event] = await index.events([m.eventId]);
    if (!event) return null;
    const members = await index.articles(event.members.slice(-MERGE_SAMPLE));
    return members.length && averageLink([rec], members) >= MERGE_THRESHOLD ? event : null;
  }

  /** Drops articles past retention, or every article of the feeds named. */
  async drop(now: Date, feeds: ReadonlySet<string> = new Set()): Promise<number> {
    const s = await this.load();
    const gone = await this.db.articles.filter((r) => feeds.has(r.feed) || pastRetention(r.collectedAt, now)).toArray();
    for (const r of gone) {
      s.assigner.store.remove(r.id, r.terms);
      s.dated.delete(r.id);
    }
    if (gone.length) {
      await this.db.articles.bulkDelete(gone.map((r) => r.id));
    }
    return gone.length;
  }

  /** The loaded index with the collected articles beside it (the index itself when none are collected). */
  async over(base: IndexStore): Promise<IndexStore> {
    const s = await this.load();
    const store = s.assigner.store;
    const head = store.size ? await base.header() : null;
    if (!head) return base;
    const dated = [...s.dated.values()];
    const end = dated.reduce((m, d) => Math.max(m, d.n + 1), 0);
    return new OverlayStore(base, head, store, dated, end, `collected:${s.seq}:${store.size}`);
  }
}
