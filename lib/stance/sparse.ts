// Sparse feature vectors built by name: hashed into a fixed number of buckets, summed on collision.
import { bucket } from './hash.js';

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

export class SparseBuilder {
  private readonly acc = new Map<number, number>();
  constructor(private readonly size: number) {}

  add(name: string, value = 1): void {
    if (value === 0 || !Number.isFinite(value)) return;
    const b = bucket(name, this.size);
    this.acc.set(b, (this.acc.get(b) ?? 0) + value);
  }

  /** Add to a bucket already hashed (memoised bags of a body reused across headlines). */
  addBucket(b: number, value: number): void {
    this.acc.set(b, (this.acc.get(b) ?? 0) + value);
  }

  /** Add a bag of names scaled to unit L2 length, so long bodies and short headlines weigh alike. */
  addBag(prefix: string, counts: Map<string, number>, scale = 1, sublinear = true): void {
    let norm = 0;
    for (const c of counts.values()) {
      const v = sublinear ? Math.log1p(c) : c;
      norm += v * v;
    }
    if (norm === 0) return;
    const k = scale / Math.sqrt(norm);
    for (const [name, c] of counts) this.add(prefix + name, (sublinear ? Math.log1p(c) : c) * k);
  }

  /** The accumulated bucket → value map (to memoise a part and add it again with addBucket). */
  buckets(): Map<number, number> {
    return new Map(this.acc);
  }

  build(): SparseVector {
    const keys = [...this.acc.keys()].sort((a, b) => a - b);
    return {
      index: Int32Array.from(keys),
      value: Float32Array.from(keys.map((k) => this.acc.get(k)!)),
    };
  }
}

export function countInto(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
