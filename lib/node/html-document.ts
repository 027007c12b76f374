// HTML string → Document in Node (linkedom), so the builder and CLI run the same extraction as the content script.
import { parseHTML } from 'linkedom';

/**
 * Parse HTML into a Document. linkedom is forgiving with malformed markup; a page without <html>/<body>
 * (a fragment) is wrapped so that `document.body` exists, as in a browser.
 */
export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/**
 * Bytes → text. UTF-8 unless a BOM or the page's <meta charset> says otherwise (benchmark pages are UTF-8;
 * older pages declare windows-1251, iso-8859-1, gb2312 …, which TextDecoder handles).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    // Declared UTF-8 (or nothing declared) and valid: the common case.
    if (!declared || declared === 'utf-8' || declared === 'utf8') return strict.decode(bytes);
  } catch {
    // Not valid UTF-8 despite the declaration: fall through to the declared or the Windows Western charset.
  }
  for (const label of [declared, 'windows-1252']) {
    if (!label || label === 'utf-8' || label === 'utf8') continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: try the next.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
