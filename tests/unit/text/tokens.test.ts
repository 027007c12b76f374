import { describe, expect, it } from 'vitest';
import { contentTerms, fold, stem, words } from '../../../lib/text/tokens';

describe('text tokens', () => {
  it('folds quotes, case and diacritics', () => {
    expect(fold('Kyiv’s Café')).toBe("kyiv's cafe");
  });
  it('keeps apostrophes inside words and splits on punctuation', () => {
    expect(words('Russia’s forces—pushed out.')).toEqual(["russia's", 'forces', 'pushed', 'out']);
  });
  it('stems and drops possessives', () => {
    expect(stem("russia's")).toBe('russia');
    expect(stem('recaptured')).toBe(stem('recapture'));
  });
  it('drops stopwords and reporting verbs from content terms', () => {
    expect(contentTerms('The Kremlin said that Putin visited Kursk')).toEqual(['kremlin', 'putin', 'visit', 'kursk']);
  });
});
