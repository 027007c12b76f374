// Feature hashing: maps a feature name to a bucket so the model needs no vocabulary (small file, no OOV handling).

/** 32-bit FNV-1a over UTF-16 code units; deterministic in Node and every browser. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bucket of a feature name in a table of `size` buckets (size a power of two). */
export function bucket(name: string, size: number): number {
  return fnv1a(name) & (size - 1);
}
