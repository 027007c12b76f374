// The real pages under ../shared/data that are in no index: the article-extraction benchmark's pages and
// Readability's test pages. Each is read as the extension reads a page (content gate, size, article test,
// extraction, outlet table), so the open-web eval sees what a new user's popup would. Extraction of the 257 pages
// takes a minute on a busy machine: outcomes are cached beside node_modules, keyed by the extraction code's hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '../../lib/ext/content/extract-page.js';
import { extractFromDocument } from '../../lib/extract/document.js';
import { isLikelyArticle } from '../../lib/extract/gate.js';
import { decodeHtml, parseHtml } from '../../lib/node/html-document.js';
import { projectRoot, sharedPath } from '../../lib/node/paths.js';
import type { ExtractOutcome } from '../../lib/types.js';

export interface OpenWebPage {
  /** "aeb:<id>" (article-extraction benchmark) or "rtp:<case>" (Readability test page). */
  id: string;
  source: 'article-extraction-benchmark' | 'readability-test-pages';
  url: string;
  outcome: ExtractOutcome | null;
}

/** Readability's harness serves every test page from this address; the page's canonical link still wins. */
const FAKEHOST = 'http://fakehost/test/page.html';

function listPages(): { id: string; source: OpenWebPage['source']; url: string; html: () => string }[] {
  const out: ReturnType<typeof listPages> = [];
  const aeb = sharedPath('data/article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  for (const f of readdirSync(join(aeb, 'html'))
    .filter((n) => n.endsWith('.html.gz'))
    .sort()) {
    const id = f.replace(/\.html\.gz$/, '');
    out.push({
      id: `aeb:${id}`,
      source: 'article-extraction-benchmark',
      url: truth[id]?.url ?? `https://example.invalid/${id}`,
      html: () => decodeHtml(gunzipSync(readFileSync(join(aeb, 'html', f)))),
    });
  }
  const rtp = sharedPath('data/readability-test-pages/pages');
  for (const c of readdirSync(rtp).sort()) {
    const file = join(rtp, c, 'source.html');
    if (!existsSync(file)) continue;
    out.push({ id: `rtp:${c}`, source: 'readability-test-pages', url: FAKEHOST, html: () => decodeHtml(readFileSync(file)) });
  }
  return out;
}

/** Hash of the extraction code: a change to lib/extract (or the content script's gate) invalidates the cache. */
function codeHash(): string {
  const h = createHash('sha256');
  for (const dir of ['lib/extract', 'lib/ext/content']) {
    for (const f of readdirSync(join(projectRoot, dir)).sort()) h.update(f).update(readFileSync(join(projectRoot, dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/** Every open-web page's extraction outcome, as the content script would send it (null: the page is not one
 * the content script handles at all). */
export async function loadOpenWebPages(log: (line: string) => void = () => {}): Promise<OpenWebPage[]> {
  const dir = join(projectRoot, 'node_modules/.cache/parallax-eval');
  const file = join(dir, `open-web-${codeHash()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OpenWebPage[];
  const pages = listPages();
  log(`extracting ${pages.length} open-web pages (cached afterwards in ${file})`);
  const pacing = {
    pause: () => Promise.resolve(),
    now: () => 0,
    blank: () => parseHtml('<!doctype html><html><head></head><body></body></html>'),
  };
  const out: OpenWebPage[] = [];
  for (const p of pages) {
    out.push({
      id: p.id,
      source: p.source,
      url: p.url,
      outcome: await extractPage(parseHtml(p.html()), p.url, { isLikelyArticle, extractFromDocument }, pacing),
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}
