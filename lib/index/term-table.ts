// Compact term counts for the index builder: one dictionary of terms, and per article its term ids and counts in
// typed arrays, with document frequencies counted as articles are added. The builder needs every article's counts
// until the corpus's frequencies are known; held as Maps they were most of the heap at 100k benchmark articles
// (about 250 distinct terms each) and the garbage collector's work made the build grow faster than the corpus.

export interface PackedCounts {
  ids: Uint32Array;
  counts: Uint16Array;
}

export class TermTable {
  private readonly idOf = new Map<string, number>();
  /** Term by id, in order of first appearance. */
  readonly terms: string[] = [];
  /** Document frequency by id. */
  readonly df: number[] = [];

  /** Record one article's counts: returns them packed, and counts each term once toward its frequency. */
  add(tf: ReadonlyMap<string, number>): PackedCounts {
    const ids = new Uint32Array(tf.size);
    const counts = new Uint16Array(tf.size);
    let i = 0;
    for (const [t, c] of tf) {
      let id = this.idOf.get(t);
      if (id === undefined) {
        id = this.terms.length;
        this.idOf.set(t, id);
        this.terms.push(t);
        this.df.push(0);
      }
      this.df[id]!++;
      ids[i] = id;
      // A count past 65,535 in a 12,000-character body cannot happen; the cap only keeps the type honest.
      counts[i++] = Math.min(c, 0xffff);
    }
    return { ids, counts };
  }

  /** The counts back as the Map the weighting functions take, in the order they were added. */
  unpack(p: PackedCounts): Map<string, number> {
    const m = new Map<string, number>();
    for (let i = 0; i < p.ids.length; i++) m.set(this.terms[p.ids[i]!]!, p.counts[i]!);
    return m;
  }

  dfOf(term: string): number {
    const id = this.idOf.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }
}
