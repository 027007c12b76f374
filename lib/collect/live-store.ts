// An IndexStore that grows as articles arrive: the collector's event assignment asks the extension's own matcher
// against it. Ordinals are given in arrival order; postings grow in place; an article can be dropped (retention) or
// move to another event (a merge) without rebuilding anything.
import type { ArticleRecord, EventRecord, IndexHeader, StoryRecord } from '../index/format.js';
import { INDEX_FORMAT, SCHEMA_VERSION } from '../index/format.js';
import { normalizeUrl, type IndexStore } from '../index/store.js';

class Growable {
  data = new Int32Array(4);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class LiveStore implements IndexStore {
  private readonly arts: (ArticleRecord | undefined)[] = [];
  private readonly byId = new Map<string, ArticleRecord>();
  private readonly urls = new Map<string, ArticleRecord[]>();
  private readonly post = new Map<string, Growable>();
  /** Document frequency of every term over the articles' full texts (what the builder's term table counts). */
  readonly dfMap = new Map<string, number>();
  readonly eventMap = new Map<string, EventRecord>();
  private live = 0;

  get size(): number {
    return this.live;
  }

  async header(): Promise<IndexHeader> {
    return {
      format: INDEX_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      description: 'live collector index',
      builtAt: null,
      builtAtSource: 'unknown',
      counts: { articles: this.live, events: this.eventMap.size, stories: 0, outlets: 0, terms: this.dfMap.size, lines: 0 },
      contentHash: '',
    };
  }

  /** Count a new article's distinct terms (before its fingerprint is weighed). */
  countTerms(terms: Iterable<string>, delta = 1): void {
    for (const t of terms) {
      const v = (this.dfMap.get(t) ?? 0) + delta;
      if (v > 0) this.dfMap.set(t, v);
      else this.dfMap.delete(t);
    }
  }

  /** Add an article (its `n` is set here) to its event, creating the event when new. */
  add(rec: Omit<ArticleRecord, 'n'>, eventTitle: string): ArticleRecord {
    const full = { ...rec, n: this.arts.length } as ArticleRecord;
    this.arts.push(full);
    this.byId.set(full.id, full);
    this.live++;
    if (full.url) {
      const key = normalizeUrl(full.url);
      const l = this.urls.get(key);
      if (l) l.push(full);
      else this.urls.set(key, [full]);
    }
    for (let j = 0; j < full.fp.t.length; j += 2) {
      const t = full.fp.t[j] as string;
      let g = this.post.get(t);
      if (!g) this.post.set(t, (g = new Growable()));
      g.push(full.n);
    }
    const ev = this.eventMap.get(full.event);
    if (ev) ev.members.push(full.n);
    else
      this.eventMap.set(full.event, {
        k: 'e',
        id: full.event,
        title: eventTitle,
        date: full.published?.slice(0, 10) ?? null,
        story: full.event,
        members: [full.n],
        source: 'cluster',
      });
    return full;
  }

  get(id: string): ArticleRecord | undefined {
    return this.byId.get(id);
  }

  /** Members of an event, as records. */
  membersOf(eventId: string): ArticleRecord[] {
    return (this.eventMap.get(eventId)?.members ?? [])
      .map((n) => this.arts[n])
      .filter((a): a is ArticleRecord => a !== undefined);
  }

  /** Move every member of `from` into `into`. */
  merge(from: string, into: string): void {
    const a = this.eventMap.get(from);
    const b = this.eventMap.get(into);
    if (!a || !b || a === b) return;
    for (const n of a.members) {
      const rec = this.arts[n];
      if (rec) rec.event = into;
      b.members.push(n);
    }
    b.members.sort((x, y) => x - y);
    this.eventMap.delete(from);
  }

  /** Give an event another id (the loaded index's event it turned out to be), or merge it there if that id is taken. */
  relabel(from: string, to: string, title: string): void {
    const ev = this.eventMap.get(from);
    if (!ev || from === to) return;
    if (this.eventMap.has(to)) return this.merge(from, to);
    this.eventMap.delete(from);
    this.eventMap.set(to, { ...ev, id: to, story: to, title });
    for (const n of ev.members) {
      const rec = this.arts[n];
      if (rec) rec.event = to;
    }
  }

  /** Drop an article (retention): its ordinal stays unused; postings that name it are filtered on read. */
  remove(id: string, terms: Iterable<string>): void {
    const rec = this.byId.get(id);
    if (!rec) return;
    this.arts[rec.n] = undefined;
    this.byId.delete(id);
    this.live--;
    this.countTerms(terms, -1);
    const ev = this.eventMap.get(rec.event);
    if (ev) {
      ev.members = ev.members.filter((n) => n !== rec.n);
      if (!ev.members.length) this.eventMap.delete(ev.id);
    }
    if (rec.url) {
      const key = normalizeUrl(rec.url);
      const left = (this.urls.get(key) ?? []).filter((r) => r !== rec);
      if (left.length) this.urls.set(key, left);
      else this.urls.delete(key);
    }
  }

  async byUrl(url: string): Promise<ArticleRecord[]> {
    // The caller has normalised it (IndexStore): normalising a key again lowercases its path.
    return this.urls.get(url) ?? [];
  }
  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const t of terms) {
      const v = this.dfMap.get(t);
      if (v) out.set(t, v);
    }
    return out;
  }
  async postings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    const out = new Map<string, Int32Array>();
    for (const t of terms) {
      const g = this.post.get(t);
      if (g?.length) out.set(t, g.view());
    }
    return out;
  }
  async articles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    return ordinals.map((n) => this.arts[n]).filter((a): a is ArticleRecord => a !== undefined);
  }
  async events(ids: readonly string[]): Promise<EventRecord[]> {
    return ids.map((id) => this.eventMap.get(id)).filter((e): e is EventRecord => e !== undefined);
  }
  async story(_id: string): Promise<StoryRecord | null> {
    return null;
  }
}
