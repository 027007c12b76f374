// The article blocks an incremental apply changes (dexie-patch.ts), held while it runs: each is read once (from the
// active generation, or from the patch's own rows once it wrote them) and written back whole, MAX_BLOCKS at a time.
// A block past the base's ordinals is new: it goes into the base generation itself (unseen until the header names
// its ordinals, so it needs no fold).
import { ARTICLES_PER_ROW, type IndexDb } from './dexie-schema.js';
import { blockRow, putRows, readBlock, type Gens } from './dexie-rows-patch.js';
import { pace } from './pace.js';

/** Blocks held before they are written to the patch generation (read back from it if touched again). */
const MAX_BLOCKS = 512;

export class PatchBlocks {
  private readonly blocks = new Map<number, string[]>();
  /** Blocks already written by this patch. */
  private readonly written = new Set<number>();

  constructor(
    private readonly db: IndexDb,
    private readonly g: Gens,
    /** The base's ordinal space: blocks past it are new. */
    private readonly baseOrdinals: number,
  ) {}

  /** The lines of the block holding ordinal `n`, and its place in them. */
  async of(n: number): Promise<{ lines: string[]; i: number }> {
    const b = Math.floor(n / ARTICLES_PER_ROW);
    let lines = this.blocks.get(b);
    if (!lines) {
      if (this.blocks.size >= MAX_BLOCKS) await this.write();
      this.blocks.set(
        b,
        (lines = await readBlock(this.db, b, this.written.has(b) ? this.home(b) : this.fresh(b) ? null : this.g.base)),
      );
    }
    return { lines, i: n % ARTICLES_PER_ROW };
  }

  private fresh = (b: number) => b * ARTICLES_PER_ROW >= this.baseOrdinals;
  private home = (b: number) => (this.fresh(b) ? this.g.base : this.g.over);

  /** Writes the held blocks; each row is made with a break after it (a row is 16 articles' lines and URL keys). */
  async write(): Promise<void> {
    const rows = [];
    for (const [b, lines] of this.blocks) {
      rows.push(blockRow(this.g, b, lines, this.home(b)));
      this.written.add(b);
      await pace();
    }
    this.blocks.clear();
    await putRows(this.db, this.db.blocks, rows);
  }
}
