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

/** SimHash of folded word tokens as 16 hex digits; "" when the text is too short to fingerprint. */
export function simhash(tokens: readonly string[]): string {
  if (tokens.length < 8) return '';
  const acc = new Int32Array(64);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const shingle = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`;
    const lo = fnv1a(shingle, 0);
    const hi = fnv1a(shingle, 0x5bd1e995);
    for (let b = 0; b < 32; b++) {
      acc[b]! += (lo >>> b) & 1 ? 1 : -1;
      acc[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
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
