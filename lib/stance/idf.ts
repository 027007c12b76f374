// Inverse document frequencies over hashed stems, built from the training bodies and shipped with the model.
import { bucket } from './hash.js';
import type { PreparedText } from './prepare.js';

export interface IdfTable {
  /** Number of buckets (power of two). */
  size: number;
  /** IDF per bucket. */
  values: Float32Array;
}

/** Smoothed IDF: log((N + 1) / (df + 1)) + 1, so unseen terms weigh most and no term weighs zero. */
export function buildIdf(docs: PreparedText[], size: number): IdfTable {
  const df = new Uint32Array(size);
  for (const d of docs) {
    const seen = new Set<number>();
    for (const t of d.tf.keys()) seen.add(bucket(t, size));
    for (const b of seen) df[b]! += 1;
  }
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = Math.log((docs.length + 1) / (df[i]! + 1)) + 1;
  return { size, values };
}

export function idfOf(table: IdfTable, term: string): number {
  return table.values[bucket(term, table.size)]!;
}
