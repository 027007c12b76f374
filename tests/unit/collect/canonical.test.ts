import { describe, expect, it } from 'vitest';
import { canonicalUrl, siteDomain, urlKey } from '../../../lib/collect/canonical.js';

describe('canonicalUrl and urlKey', () => {
  it.each([
    [
      'tracking parameters',
      'https://www.example.com/a/story.html?utm_source=rss&utm_medium=feed&fbclid=1',
      'example.com/a/story.html',
    ],
    ['kept parameters sorted', 'https://example.com/article.php?z=2&id=5&utm_campaign=x', 'example.com/article.php?id=5&z=2'],
    ['an AMP path', 'https://www.example.com/news/story/amp/', 'example.com/news/story'],
    ['an AMP host', 'https://amp.example.com/news/story', 'example.com/news/story'],
    ['the AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story', 'example.com/news/story'],
    ['?outputType=amp', 'https://example.com/news/story?outputType=amp', 'example.com/news/story'],
    ['a fragment and a trailing slash', 'http://m.example.com/news/story/#comments', 'example.com/news/story'],
    ['index.html', 'https://example.com/news/index.html', 'example.com/news'],
  ])('one key for %s', (_, url, key) => {
    expect(urlKey(url)).toBe(key);
  });

  it('keeps the scheme and host of the canonical form, and refuses what is not http(s)', () => {
    expect(canonicalUrl('HTTPS://Example.COM:443/a?utm_source=x#top')).toBe('https://example.com/a');
    expect(canonicalUrl('/relative', 'https://example.com/feed.xml')).toBe('https://example.com/relative');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });

  it('names the outlet-table domain of a URL', () => {
    expect(siteDomain('https://www.theguardian.com/world')).toBe('theguardian.com');
    expect(siteDomain('nope')).toBeNull();
  });
});
