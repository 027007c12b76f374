// The index the matcher reads when the reader collects feeds themselves: the loaded index with the articles collected
// in this browser beside it (a LiveStore, grown by the event assigner). Nothing is copied: every query asks both
// and joins the answers; collected ordinals follow the index's own (the ranker's accumulator is dense, indexed by
// ordinal: a gap would cost memory), and their days are day runs (lib/index/day-runs.ts) so the ranker's date window
// and the covered span include them.
import { encodeRuns, type DayRun } from '../index/day-runs.js';
import type { ArticleRecord, EventRecord, IndexHeader, StoryRecord } from '../index/format.js';
import { dayOf } from '../index/similarity.js';
import type { IndexStore } from '../index/store.js';
import type { LiveStore } from './live-store.js';

/** Where collected article 0 sits: after every ordinal the index uses. */
export const overlayBase = (h: IndexHeader): number => h.ordinals ?? h.counts.articles;

/** Collected articles by ordinal with their publication dates, in ordinal order: the overlay's day runs. */
export function overlayRuns(dated: readonly { n: number; published: string | null }[], base: number): DayRun[] {
  const runs: DayRun[] = [];
  for (const a of [...dated].sort((x, y) => x.n - y.n)) {
    const day = dayOf(a.published);
    if (runs[runs.length - 1]?.day !== day) runs.push({ day, start: base + a.n });
  }
  return runs;
}

export class OverlayStore implements IndexStore {
  /** `head`: the index's header when the overlay was made (a new one is made for every page check); `dated`: the
   *  collected articles' ordinals and dates; `end`: one past the highest collected n. */
  private readonly off: number;
  private readonly runs: DayRun[];
  constructor(
    private readonly base: IndexStore,
    private readonly head: IndexHeader,
    private readonly live: LiveStore,
    dated: readonly { n: number; published: string | null }[],
    private readonly end: number,
    private readonly tag: string,
  ) {
    this.off = overlayBase(head);
    this.runs = overlayRuns(dated, this.off);
  }

  private readonly shift = (rec: ArticleRecord): ArticleRecord => ({ ...rec, n: this.off + rec.n });

  async header(): Promise<IndexHeader | null> {
    const h = this.head;
    if (!this.live.size) return h;
    const baseRuns = h.runs ? `${h.runs},` : '';
    return {
      ...h,
      counts: { ...h.counts, articles: h.counts.articles + this.live.size, events: h.counts.events + this.live.eventMap.size },
      ordinals: this.off + this.end,
      runs: `${baseRuns}${encodeRuns(this.runs)}`,
      // Another state of what pages are matched against: a report kept for the old one is not this one's.
      contentHash: `${h.contentHash}+${this.tag}`,
    };
  }

  async byUrl(url: string): Promise<ArticleRecord[]> {
    const [a, b] = await Promise.all([this.base.byUrl(url), this.live.byUrl(url)]);
    return [...a, ...b.map(this.shift)];
  }

  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const [a, b] = await Promise.all([this.base.df(terms), this.live.df(terms)]);
    for (const [t, v] of b) a.set(t, (a.get(t) ?? 0) + v);
    return a;
  }

  async postings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    const [a, b] = await Promise.all([this.base.postings(terms), this.live.postings(terms)]);
    for (const [t, list] of b) {
      const before = a.get(t);
      const out = new Int32Array((before?.length ?? 0) + list.length);
      if (before) out.set(before);
      for (let i = 0; i < list.length; i++) out[(before?.length ?? 0) + i] = this.off + list[i]!;
      a.set(t, out);
    }
    return a;
  }

  async articles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    const mine = ordinals.filter((n) => n >= this.off);
    if (!mine.length) return this.base.articles(ordinals);
    const [a, b] = await Promise.all([
      this.base.articles(ordinals.filter((n) => n < this.off)),
      this.live.articles(mine.map((n) => n - this.off)),
    ]);
    const byN = new Map([...a, ...b.map(this.shift)].map((r) => [r.n, r]));
    return ordinals.map((n) => byN.get(n)).filter((r): r is ArticleRecord => r !== undefined);
  }

  async events(ids: readonly string[]): Promise<EventRecord[]> {
    const [a, b] = await Promise.all([this.base.events(ids), this.live.events(ids)]);
    // A collected event may carry the id of the index's event it joined: one event, with both sets of members.
    const mine = new Map(b.map((e) => [e.id, { ...e, members: e.members.map((n) => this.off + n) }]));
    const joined = a.map((e) => {
      const m = mine.get(e.id);
      mine.delete(e.id);
      return m ? { ...e, members: [...e.members, ...m.members] } : e;
    });
    return [...joined, ...mine.values()];
  }

  story(id: string): Promise<StoryRecord | null> {
    return this.base.story(id);
  }
}
