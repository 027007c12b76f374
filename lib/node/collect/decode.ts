// Response bytes → text with the right charset: a byte-order mark first, then the HTTP Content-Type charset, then the
// document's own declaration (XML prolog or HTML meta), then UTF-8 if the bytes are valid UTF-8, else windows-1252.
import { decodeHtml } from '../html-document.js';

function decodeAs(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: label === 'utf-8' }).decode(bytes);
  } catch {
    return null;
  }
}

export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeBody(bytes: Uint8Array, contentType: string | null | undefined): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeHtml(bytes);
  const http = charsetOf(contentType);
  if (http) {
    // A server that says UTF-8 over bytes that are not (a common misconfiguration) falls through to sniffing.
    const text = decodeAs(http === 'utf8' ? 'utf-8' : http, bytes);
    if (text !== null) return text;
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xmlDecl = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w:.-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (xmlDecl && xmlDecl !== 'utf-8' && xmlDecl !== 'utf8') {
    const text = decodeAs(xmlDecl, bytes);
    if (text !== null) return text;
  }
  return decodeHtml(bytes);
}
