// Metadata regression on Readability's test pages (../shared/data/readability-test-pages): our published date
// against the expected `publishedTime`, our canonical URL against the page's own <link rel=canonical>/og:url
// (read here with a plain regex over the source, independently of the DOM code under test).
import { readFileSync, readdirSync } from 'node:fs';
import { readMetadata } from '../../lib/extract/metadata.js';
import { parseHtml } from '../../lib/node/html-document.js';
import { sharedPath } from '../../lib/node/paths.js';

/** The URL Readability's own harness gives every test page. */
const PAGE_URL = 'http://fakehost/test/page.html';

export interface MetaRegression {
  published: { ok: number; total: number };
  canonical: { ok: number; total: number };
  misses: string[];
}

function sameDate(ours: string | null, expected: string): boolean {
  if (!ours) return false;
  if (ours === expected.trim()) return true;
  const a = Date.parse(ours),
    b = Date.parse(expected);
  if (!Number.isNaN(a) && a === b) return true;
  return ours.slice(0, 10) === expected.trim().slice(0, 10);
}

function declaredCanonical(html: string): string | null {
  const tags = html.match(/<link\b[^>]*>/gi) ?? [];
  const link = tags.find((t) => /\brel\s*=\s*["']?canonical\b/i.test(t));
  const href = link && /\bhref\s*=\s*["']([^"']+)["']/i.exec(link)?.[1];
  const og = (html.match(/<meta\b[^>]*>/gi) ?? []).find((t) => /property\s*=\s*["']og:url["']/i.test(t));
  const content = og && /\bcontent\s*=\s*["']([^"']+)["']/i.exec(og)?.[1];
  for (const raw of [href, content]) {
    if (!raw) continue;
    try {
      const u = new URL(raw.replace(/&amp;/g, '&'), PAGE_URL);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // Not a URL: try the next declaration.
    }
  }
  return null;
}

/** `onlyDated`: just the pages that expect a published date (a faster sample for the test suite). */
export function metadataRegression(opts: { onlyDated?: boolean } = {}): MetaRegression {
  const dir = sharedPath('data/readability-test-pages/pages');
  const out: MetaRegression = { published: { ok: 0, total: 0 }, canonical: { ok: 0, total: 0 }, misses: [] };
  for (const name of readdirSync(dir).sort()) {
    const expected = JSON.parse(readFileSync(`${dir}/${name}/expected-metadata.json`, 'utf8')) as {
      publishedTime?: string | null;
    };
    if (opts.onlyDated && !expected.publishedTime) continue;
    const html = readFileSync(`${dir}/${name}/source.html`, 'utf8');
    const meta = readMetadata(parseHtml(html), PAGE_URL);
    if (expected.publishedTime) {
      out.published.total++;
      if (sameDate(meta.published, expected.publishedTime)) out.published.ok++;
      else out.misses.push(`${name}: published ${meta.published} ≠ ${expected.publishedTime}`);
    }
    const canonical = declaredCanonical(html);
    if (canonical) {
      out.canonical.total++;
      if (meta.url === canonical) out.canonical.ok++;
      else out.misses.push(`${name}: url ${meta.url} ≠ ${canonical}`);
    }
  }
  return out;
}
