import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../../lib/node/html-document';

describe('html-document (Node side of extraction)', () => {
  it('decodes UTF-8, a declared legacy charset, and invalid UTF-8 as Windows-1252', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Kyiv’s café</p>'))).toBe('<p>Kyiv’s café</p>');
    const cp1251 = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1251"><p>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
    ]);
    expect(decodeHtml(cp1251)).toContain('Привет');
    expect(decodeHtml(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
  it('parses malformed HTML and bare fragments into a Document with a body', () => {
    expect(parseHtml('<p>one<p>two<div><b>unclosed').body?.textContent).toBe('onetwounclosed');
    expect(parseHtml('<html><body><p>x</p></body></html>').body?.textContent).toBe('x');
  });
});
