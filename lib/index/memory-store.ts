// An IndexStore held in memory, for the CLI and tests: parsed once from the index lines.
import { decodePostings, IndexFormatError, parseRecord, sha256Hex } from './format.js';
import { parseIndexHeader } from './schema.js';
import type { ArticleRecord, EventRecord, IndexHeader, IndexRecord, StoryRecord } from './format.js';
import { normalizeUrl, type IndexStore } from './store.js';

export class MemoryStore implements IndexStore {
  private readonly arts: ArticleRecord[] = [];
  private readonly urls = new Map<string, ArticleRecord[]>();
  /** Term → document frequency and decoded postings (typed arrays: no per-query decoding, nothing for the
   * garbage collector to trace through). */
  private readonly termMap = new Map<string, { df: number; p: Int32Array }>();
  private readonly eventMap = new Map<string, EventRecord>();
  private readonly storyMap = new Map<string, StoryRecord>();

  constructor(
    private readonly head: IndexHeader,
    records: Iterable<IndexRecord>,
  ) {
    for (const r of records) this.add(r);
  }

  /** Parse a whole index file; checks the header and, unless told not to, the content hash. */
  static async fromText(text: string, opts: { verify?: boolean } = {}): Promise<MemoryStore> {
    const nl = text.indexOf('\n');
    const header = parseIndexHeader(nl < 0 ? text : text.slice(0, nl));
    const body = nl < 0 ? '' : text.slice(nl + 1).replace(/\n$/, '');
    if (opts.verify !== false && `sha256:${await sha256Hex(body)}` !== header.contentHash) {
      throw new IndexFormatError('corrupt Parallax index: content hash does not match the header');
    }
    const lines = body ? body.split('\n') : [];
    if (lines.length !== header.counts.lines) {
      throw new IndexFormatError(`corrupt Parallax index: ${lines.length} records, header says ${header.counts.lines}`);
    }
    return new MemoryStore(
      header,
      lines.map((l, i) => parseRecord(l, i + 2)),
    );
  }

  private add(r: IndexRecord): void {
    switch (r.k) {
      case 'a': {
        this.arts[r.n] = r;
        if (r.url) {
          const key = normalizeUrl(r.url);
          const l = this.urls.get(key);
          if (l) l.push(r);
          else this.urls.set(key, [r]);
        }
        break;
      }
      case 't':
        this.termMap.set(r.t, { df: r.df, p: decodePostings(r.p) });
        break;
      case 'e':
        this.eventMap.set(r.id, r);
        break;
      case 's':
        this.storyMap.set(r.id, r);
        break;
      case 'o':
        break;
    }
  }

  async header(): Promise<IndexHeader | null> {
    return this.head;
  }
  async byUrl(url: string): Promise<ArticleRecord[]> {
    // The caller has normalised it (IndexStore): normalising a key again lowercases its path.
    return this.urls.get(url) ?? [];
  }
  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const t of terms) {
      const e = this.termMap.get(t);
      if (e) out.set(t, e.df);
    }
    return out;
  }
  async postings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    const out = new Map<string, Int32Array>();
    for (const t of terms) {
      const e = this.termMap.get(t);
      if (e?.p.length) out.set(t, e.p);
    }
    return out;
  }
  async articles(ordinals: readonly number[]): Promise<ArticleRecord[]> {
    return ordinals.map((n) => this.arts[n]).filter((a): a is ArticleRecord => a !== undefined);
  }
  async events(ids: readonly string[]): Promise<EventRecord[]> {
    return ids.map((id) => this.eventMap.get(id)).filter((e): e is EventRecord => e !== undefined);
  }
  async story(id: string): Promise<StoryRecord | null> {
    return this.storyMap.get(id) ?? null;
  }
}
