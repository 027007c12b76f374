// Unit tests for extractClaims as a whole (on invented text): which sentences are claims, and the packed form the
// index stores, which must unpack to exactly what extraction found. The rules each clause is read by have their own
// tables (attribution*, extract-parties, stance-rules, link-rules, polarity).
import { describe, expect, it } from 'vitest';
import { extractClaims as extractPacked, unpackClaims } from '../../../lib/claims/index';
import { extractArticleClaims } from '../../../lib/claims/extract/extract';
import { article } from './cases';

describe('extractClaims: which sentences are claims', () => {
  it.each([
    {
      name: 'skips questions and fragments',
      text: 'Will the bridge reopen in Tarn? Yes. The Tarn bridge reopened on Friday after repairs.',
      sentences: ['The Tarn bridge reopened on Friday after repairs.'],
    },
    {
      name: 'skips a sentence an excerpt cut off',
      text: 'The storm flooded the Tarn valley on Sunday. In addition to the deaths, the Tarn council’s...',
      sentences: ['The storm flooded the Tarn valley on Sunday.'],
    },
    {
      name: 'keeps one with an elision inside a quote',
      text: 'Mayor Odo said "we will rebuild ... the Tarn bridge" on Friday.',
      sentences: ['Mayor Odo said "we will rebuild ... the Tarn bridge" on Friday.'],
    },
  ])('$name', ({ text, sentences }) => {
    expect(extractArticleClaims(article('e', text)).map((c) => c.sentence)).toEqual(sentences);
  });

  it('makes no claim of page code in a text', () => {
    const text =
      '<!-- google_ad_client = "pub-660"; google_ad_width = 468; google_ad_height = 60; --> Tarn Mayor Ana Vel opened the bridge on Monday.';
    expect(extractPacked(article('g', text, 'Wire Monitor')).map((c) => c.s ?? '')).not.toContainEqual(
      expect.stringMatching(/google_ad/),
    );
  });
});

describe('extractClaims: the stored form', () => {
  it('is JSON-serialisable and skips questions and fragments', () => {
    const c = extractPacked(
      article('a', 'Will the bridge reopen in Tarn? Yes. The Tarn bridge reopened on Friday after repairs.'),
    );
    expect(c).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
  it('packs without loss: one sentence stored once, defaults left out, quantities recomputed', () => {
    const text =
      'Pellia said it had recaptured Tarn, while Ostria insisted 300 of its troops were still fighting there. Ostrian officials denied the claim.';
    const packed = extractPacked(article('a', text));
    const c = unpackClaims(packed);
    expect(packed.filter((x) => x.s !== undefined)).toHaveLength(new Set(c.map((x) => x.sentence)).size);
    expect(c.map((x) => x.sentence)).toContain('Ostrian officials denied the claim.');
    expect(c.flatMap((x) => x.quantities ?? []).map((q) => q.value)).toContain(300);
    expect(packed.some((x) => 't' in x && x.t === undefined)).toBe(false);
  });
  it('unpacks to exactly what extraction found: indexes, sides, links', () => {
    const text = [
      'Moscow claimed last week that its troops had recaptured the village of Lessa.',
      'The weather was cold.',
      'Kyiv has insisted its units are still fighting inside Lessa, and he said 40 tanks were lost near Lessa.',
      'Ostrian officials denied the claim.',
    ].join(' ');
    const raw = extractArticleClaims(article('a', text));
    const back = unpackClaims(extractPacked(article('a', text))).map(({ quantities: _, ...c }) => c);
    // Only a denial's or a hedge's stance rule is stored (for the report's "why"); the other rule ids are not.
    const stored = raw.map(({ rules, ...c }) => {
      const kept = rules?.filter((r) => r.startsWith('stance.') && (c.stance === 'denies' || c.stance === 'hedges'));
      return kept?.length ? { ...c, rules: kept } : c;
    });
    expect(back).toEqual(stored);
    expect(back.find((c) => c.stance === 'denies')?.rules).toEqual(['stance.deny-verb']);
    expect(raw.some((c) => c.side)).toBe(true);
  });
});
