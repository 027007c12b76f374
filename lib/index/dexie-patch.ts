// An incremental apply: a subscription's delta operations become changed rows of the index in Dexie, written into a
// patch generation beside the active one (dexie-fold.ts makes it answer and folds it in). New articles take the
// ordinals after every one in use (appendRun records their days, lib/index/day-runs.ts); a changed article keeps its
// ordinal, a deleted one leaves an empty slot. Only the touched article blocks, event, story and term buckets are
// read and written, so the cost follows the delta, not the index (a rebuild took a minute and 2 GB for a day of 50k
// articles). Frequencies and outlet counts are sums over the sources (source-share.ts), moved by differences.
import { bucketsOf, type IndexDb, type OutletRow } from './dexie-schema.js';
import { appendRun, decodeRuns, encodeRuns, type DayRun } from './day-runs.js';
import type { ArticleRecord, IndexHeader } from './format.js';
import {
  Buckets,
  grownBuckets,
  insertSorted,
  keyedReader,
  putRows,
  removeSorted,
  termReader,
  type Gens,
  type TermEntry,
} from './dexie-rows-patch.js';
import { pace } from './pace.js';
import { PatchBlocks } from './patch-blocks.js';
import { heldLine, holdOps, sortPuts, type HeldDelta, type HeldPut } from './patch-held.js';
import { EventPatch } from './patch-events.js';
import { writeKeyed, writeTerms } from './patch-write.js';
import { outletKey, setOutlet, sumDf, type Contribution, type PatchOp } from './source-share.js';

export class Patch {
  private readonly blocks: PatchBlocks;
  private ev!: EventPatch;
  private terms!: Buckets<TermEntry>;
  private readonly n: { e: number; s: number; t: number };
  private readonly runs: DayRun[];
  private next: number;
  readonly counts: IndexHeader['counts'];

  private constructor(
    private readonly db: IndexDb,
    private readonly g: Gens,
    header: IndexHeader,
    private readonly outlets: Map<string, OutletRow>,
    /** Document frequency of each term summed over the bundled index and every subscription (merge.ts). */
    private readonly sums: Map<string, number>,
  ) {
    this.n = bucketsOf(header);
    this.runs = decodeRuns(header.runs);
    this.next = header.ordinals ?? header.counts.articles;
    this.blocks = new PatchBlocks(db, g, this.next);
    this.counts = { ...header.counts };
  }

  static async open(db: IndexDb, g: Gens, header: IndexHeader, shares: readonly Contribution[]): Promise<Patch> {
    const rows = await db.outlets.where(':id').between([g.base, -Infinity], [g.base, Infinity]).toArray();
    return new Patch(db, g, header, new Map(rows.map((o) => [outletKey(o.name, o.domain), o])), sumDf(shares));
  }

  /** The bucket tables, sized when the first delta is seen (before any bucket is read): a table whose records
   * will outgrow its buckets doubles (or more). Terms are projected by Heaps' law (vocabulary ~ √articles). */
  private size(kinds: HeldDelta['kinds']): void {
    if (this.terms) return;
    const n = grownBuckets(this.n, this.counts, kinds);
    this.ev = new EventPatch(
      new Buckets(this.n.e, n.e, keyedReader(this.db.eventBuckets, this.g)),
      new Buckets(this.n.s, n.s, keyedReader(this.db.storyBuckets, this.g)),
      this.counts,
    );
    this.terms = new Buckets(this.n.t, n.t, termReader(this.db, this.g));
  }

  /** One delta of one subscription, read a piece at a time, its ids prefixed as merge.ts prefixes them. Nothing is
   * changed before the whole delta was read (a bad line stops it first). */
  async apply(pieces: AsyncIterable<readonly PatchOp[]>, prefix: string, c: Contribution): Promise<void> {
    const id = (x: string) => prefix + x;
    const held: HeldDelta = { dels: [], puts: [], rest: [], kinds: { a: 0, e: 0, s: 0 } };
    for await (const ops of pieces) {
      holdOps(held, ops, id);
      await pace();
    }
    this.size(held.kinds);
    for (const own of held.dels) {
      await this.removeArticle(c, own);
      await pace();
    }
    // New articles in day order, so each delta adds one run per day it covers.
    sortPuts(held.puts);
    for (const p of held.puts.splice(0)) {
      await this.putArticle(c, p);
      await pace();
    }
    const stories: Extract<PatchOp, { op: 'put'; k: 's' }>[] = [];
    for (const op of held.rest) {
      if (op.op === 'df') await this.setDf(c, op.t, op.df);
      else if (op.k === 'o') setOutlet(this.outlets, c, op.name, op.domain, op.op === 'put' ? op.articles : null);
      else if (op.op === 'del' && op.k === 'e') await this.ev.drop(id(op.id));
      else if (op.op === 'del' && op.k === 's') await this.ev.dropStory(id(op.id));
      else if (op.op === 'put' && op.k === 'e') await this.ev.put(op, id, (m) => c.ids.get(m));
      else if (op.op === 'put' && op.k === 's') stories.push(op);
      await pace();
    }
    // Stories last, naming only events that are there.
    for (const st of stories) {
      await this.ev.putStory(st, id);
      await pace();
    }
  }

  /** Takes an article out of its line and its terms' postings; a deleted one (`keep` false) out of its event too. */
  private async unlink(n: number, keep: boolean): Promise<void> {
    const { lines, i } = await this.blocks.of(n);
    const line = lines[i];
    if (!line) return;
    const rec = JSON.parse(line) as ArticleRecord;
    if (!keep) await this.ev.dropMember(rec.event, n);
    for (let j = 0; j < rec.fp.t.length; j += 2) {
      const e = await this.terms.get(rec.fp.t[j] as string);
      if (e) removeSorted(e.p, n);
    }
    lines[i] = '';
    this.counts.articles--;
  }

  private async removeArticle(c: Contribution, own: string): Promise<void> {
    const n = c.ids.get(own);
    if (n === undefined) return;
    await this.unlink(n, false);
    c.ids.delete(own);
  }

  private async putArticle(c: Contribution, p: HeldPut): Promise<void> {
    let n = c.ids.get(p.own);
    // A changed article keeps its ordinal (its run keeps the day it had when it came).
    if (n !== undefined) await this.unlink(n, true);
    else {
      n = this.next++;
      appendRun(this.runs, p.day, n);
    }
    const { lines, i } = await this.blocks.of(n);
    lines[i] = heldLine(p, n);
    this.counts.articles++;
    c.ids.set(p.own, n);
    for (const t of p.terms) {
      let e = await this.terms.get(t);
      if (!e) {
        await this.terms.set(t, (e = { df: 0, p: [] }));
        this.counts.terms++;
      }
      insertSorted(e.p, n);
    }
  }

  /** The source's frequency of a term is now `df`: the merged sum moves by the difference (the term's bucket is
   * touched, so finish() writes its frequency). */
  private async setDf(c: Contribution, t: string, df: number): Promise<void> {
    this.sums.set(t, (this.sums.get(t) ?? 0) - (c.df.get(t) ?? 0) + df);
    if (df > 0) c.df.set(t, df);
    else c.df.delete(t);
    if (!(await this.terms.get(t)) && (await this.terms.set(t, { df: 0, p: [] }))) this.counts.terms++;
  }

  /** Writes every changed row into the patch generation; returns the header fields that changed. */
  async finish(): Promise<Pick<IndexHeader, 'counts' | 'buckets' | 'ordinals' | 'runs'>> {
    const [db, over] = [this.db, this.g.over];
    this.size({ a: 0, e: 0, s: 0 });
    await this.blocks.write();
    await writeKeyed(db, db.eventBuckets, over, this.ev.events);
    await writeKeyed(db, db.storyBuckets, over, this.ev.stories);
    this.counts.terms -= await writeTerms(db, over, this.terms, this.sums);
    // Outlets are few: all of them, renumbered (the fold replaces the base's whole set).
    await putRows(
      db,
      db.outlets,
      [...this.outlets.values()].map((o, i) => ({ ...o, g: over, i })),
    );
    this.counts.outlets = this.outlets.size;
    const c = this.counts;
    c.lines = c.articles + c.events + c.stories + c.terms + c.outlets;
    return {
      counts: { ...c },
      buckets: { e: this.ev.events.nNew, s: this.ev.stories.nNew, t: this.terms.nNew },
      ordinals: this.next,
      runs: encodeRuns(this.runs),
    };
  }
}
