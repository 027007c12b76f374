// Feature extraction: relatedness overlaps, cue features near headline terms, hashing and tokenising.
import { describe, expect, it } from 'vitest';
import { bucket, fnv1a } from '../../../lib/stance/hash.js';
import { buildIdf } from '../../../lib/stance/idf.js';
import { prepare } from '../../../lib/stance/prepare.js';
import { RELATE_FEATURES, RELATE_INPUTS, relateFeatures, relateInput } from '../../../lib/stance/relate-features.js';
import { stanceFeatures } from '../../../lib/stance/stance-features.js';

const head = prepare('Police find 15 bodies near Mexico town');
const related = prepare('Mexican police said they found 15 bodies in a mass grave near the town of Iguala. The search goes on.');
const unrelated = prepare('Apple will launch a streaming service in April, people familiar with the talks said.');
const idf = buildIdf([related, unrelated], 1 << 10);
const feature = (f: number[], name: (typeof RELATE_FEATURES)[number]) => f[RELATE_FEATURES.indexOf(name)]!;

describe('prepare', () => {
  it('splits sentences, stems content words, keeps numbers and capitalised names', () => {
    expect(related.sentenceCount).toBe(2);
    expect(related.sentences).toEqual([
      'Mexican police said they found 15 bodies in a mass grave near the town of Iguala.',
      'The search goes on.',
    ]);
    expect(related.tf.get('bodi')).toBe(1);
    expect(related.numbers.has('15')).toBe(true);
    expect(related.names.has('iguala')).toBe(true);
    expect(related.names.has('mexican')).toBe(false); // sentence-initial words are not taken as names
    expect(prepare('Is he dead?').question).toBe(true);
  });
});

describe('relateFeatures', () => {
  const r = relateFeatures(head, related, idf);
  const u = relateFeatures(head, unrelated, idf);
  it('scores a body about the headline above one that is not', () => {
    for (const name of ['cosine', 'coverage', 'idfCoverage', 'bestSentence'] as const) {
      expect(feature(r, name)).toBeGreaterThan(feature(u, name));
    }
    expect(feature(r, 'numbers')).toBe(1);
    expect(feature(u, 'numbersMissing')).toBe(1);
    expect(feature(u, 'cosine')).toBe(0);
  });
  it('expands into a fixed-width input with one bin set per feature', () => {
    const x = relateInput(r);
    expect(x.length).toBe(RELATE_INPUTS);
    const width = RELATE_INPUTS / RELATE_FEATURES.length;
    for (let i = 0; i < RELATE_FEATURES.length; i++) {
      const bins = Array.from(x.slice(i * width + 2, (i + 1) * width));
      expect(bins.filter((b) => b === 1)).toHaveLength(1);
    }
  });
});

describe('stanceFeatures', () => {
  const size = 1 << 12;
  const h = prepare('Singer is dead, says report');
  const denies = prepare('Her agent said the singer is not dead and called the report a hoax.');
  const confirms = prepare('The singer died on Sunday, her family confirmed.');
  const valueOf = (v: ReturnType<typeof stanceFeatures>, name: string) => {
    const i = v.index.indexOf(bucket(name, size));
    return i < 0 ? 0 : v.value[i]!;
  };
  it('counts denial words and negators near headline terms', () => {
    const d = stanceFeatures(h, denies, idf, relateFeatures(h, denies, idf), size);
    const c = stanceFeatures(h, confirms, idf, relateFeatures(h, confirms, idf), size);
    expect(valueOf(d, 'c:refute:near')).toBeGreaterThan(0);
    expect(valueOf(d, 'c:negNear')).toBeGreaterThan(0);
    expect(valueOf(c, 'c:refute:near')).toBe(0);
    expect(valueOf(c, 'c:confirm:body')).toBeGreaterThan(0);
  });
  it('counts denial words in the lead (first three sentences) apart from later ones', () => {
    const early = prepare('The story is a hoax. The singer is well. She sang on Sunday. Fans cheered.');
    const late = prepare('The singer sang on Sunday. Fans cheered. She is well. Friends said the story was a hoax.');
    const big = 1 << 20; // few collisions with the hashed n-grams, so an absent feature reads 0
    const at = (v: ReturnType<typeof stanceFeatures>, name: string) => {
      const i = v.index.indexOf(bucket(name, big));
      return i < 0 ? 0 : v.value[i]!;
    };
    const e = stanceFeatures(h, early, idf, relateFeatures(h, early, idf), big);
    const l = stanceFeatures(h, late, idf, relateFeatures(h, late, idf), big);
    expect(at(e, 'c:refute:lead')).toBeGreaterThan(0);
    expect(at(l, 'c:refute:lead')).toBe(0);
    expect(at(l, 'c:refute:body')).toBeGreaterThan(0);
  });
  it('adds the rule readings of the body (rule-features.ts)', () => {
    const d = stanceFeatures(h, denies, idf, relateFeatures(h, denies, idf), size);
    const c = stanceFeatures(h, confirms, idf, relateFeatures(h, confirms, idf), size);
    expect(valueOf(d, 'u:lead:against')).toBe(1);
    expect(valueOf(c, 'u:lead:against')).toBe(0);
  });
  it('gives sorted, unique bucket indices within the hash size, the same each time', () => {
    const a = stanceFeatures(h, denies, idf, relateFeatures(h, denies, idf), size);
    const b = stanceFeatures(h, denies, idf, relateFeatures(h, denies, idf), size);
    expect(Array.from(a.index)).toEqual(Array.from(b.index));
    expect(Array.from(a.value)).toEqual(Array.from(b.value));
    for (let i = 1; i < a.index.length; i++) expect(a.index[i]!).toBeGreaterThan(a.index[i - 1]!);
    expect(Math.max(...a.index)).toBeLessThan(size);
  });
});

describe('hashing', () => {
  it('is FNV-1a (known vector) and stays in range', () => {
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(bucket('h:hoax', 1 << 8)).toBeLessThan(256);
  });
});
