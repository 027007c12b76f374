// 64-bit SimHash over word 3-shingles: a near-duplicate signature that survives small edits.
// Motivated by seed 000, whose third and fourth Russia Today articles differ by a handful of words, and by
// republished copies such as seed 002 (CNN's text on another site): both must be recognised as one text.

/** FNV-1a, 32 bits, with a seed so two independent halves make a 64-bit hash. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A copy shows in its first few hundred words; hashing only those bounds the cost on long bodies. */
const MAX_TOKENS = 600;

/** Mix three token hashes into one shingle hash (order-sensitive), with a seed for independent halves. */
function mix(a: number, b: number, c: number, seed: number): number {
  let h = Math.imul(a ^ seed, 0x9e3779b1);
  h = Math.imul(h ^ (b + 0x7f4a7c15), 0x85ebca6b);
  h = Math.imul(h ^ (c + 0x2545f491), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** SimHash of folded word tokens (3-shingles) as 16 hex digits; "" when the text is too short to fingerprint. */
export function simhash(tokens: readonly string[]): string {
  if (tokens.length < 8) return '';
  const end = Math.min(tokens.length, MAX_TOKENS);
  const th = new Uint32Array(end);
  for (let i = 0; i < end; i++) th[i] = fnv1a(tokens[i]!, 0);
  const acc = new Int32Array(64);
  for (let i = 0; i + 2 < end; i++) {
    const lo = mix(th[i]!, th[i + 1]!, th[i + 2]!, 0);
    const hi = mix(th[i]!, th[i + 1]!, th[i + 2]!, 0x5bd1e995);
    for (let b = 0; b < 32; b++) {
      acc[b]! += ((lo >>> b) & 1) * 2 - 1;
      acc[b + 32]! += ((hi >>> b) & 1) * 2 - 1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (acc[b]! > 0) lo |= 1 << b;
    if (acc[b + 32]! > 0) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance of two signatures; 64 (maximal) when either is missing. */
export function hamming(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return 64;
  const d1 = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const d2 = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount32(d1 >>> 0) + popcount32(d2 >>> 0);
}
