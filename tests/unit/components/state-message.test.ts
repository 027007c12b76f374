// A state's message under its headline adds only what the headline does not already say.
import { describe, expect, it } from 'vitest';
import { detailOf } from '../../../components/StateMessage.js';

describe('detailOf', () => {
  const headline = 'This page does not look like a news article.';

  it('keeps only the reason when the message repeats the headline (the content script’s not-article message)', () => {
    expect(detailOf(headline, 'This page does not look like a news article (og:type website, few long paragraphs).')).toBe(
      'Why: og:type website, few long paragraphs.',
    );
  });

  it('drops a message that is the headline, and keeps one that says something else', () => {
    expect(detailOf(headline, headline)).toBeNull();
    expect(detailOf(headline, null)).toBeNull();
    expect(detailOf('Something went wrong while checking this page.', 'Checking this page failed: quota exceeded')).toBe(
      'Checking this page failed: quota exceeded',
    );
  });
});
