// Test pages, made at run time from /work/shared (no article text is committed): a news page built from a seed
// capture, a real news page about another event from the extraction benchmark, and a page that is not an article.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractCapture } from '../../../lib/extract/capture.js';
import { sharedPath } from '../../../lib/node/paths.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain news page for a corpus article: its head names the outlet and date as a news site's would; no canonical
 *  link, so the extension must match it by its content. */
export function corpusArticlePage(a: {
  title: string;
  outlet: string | null;
  published: string | null;
  paragraphs: string[];
  section: string;
}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(a.outlet ?? '')}">
${a.published ? `<meta property="article:published_time" content="${esc(a.published)}">` : ''}</head><body>
<header><nav><a href="/">Home</a> ${a.section}</nav></header>
<main><article><h1>${esc(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>Contact · Privacy</p></footer></body></html>`;
}

/** A news-like page for a seed capture: the article the capture holds, with the head a real news site would have. */
export function seedPage(file: string): { html: string; title: string; paragraphs: string[] } {
  const text = readFileSync(sharedPath('seeds', file), 'utf8');
  const [article] = extractCapture(text, file);
  if (!article) throw new Error(`no article found in seed ${file}`);
  const paragraphs = article.text.split(/\n{2,}/).filter((p) => p.trim());
  const site = article.siteName ?? article.outlet;
  const head = [
    `<meta charset="utf-8"><title>${esc(article.title)}</title>`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(article.title)}">`,
    site ? `<meta property="og:site_name" content="${esc(site)}">` : '',
    article.published ? `<meta property="article:published_time" content="${esc(article.published)}">` : '',
    article.byline ? `<meta name="author" content="${esc(article.byline)}">` : '',
    `<meta name="description" content="${esc(paragraphs[0]?.slice(0, 160) ?? '')}">`,
  ].join('\n');
  const body = `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>${esc(article.title)}</h1>
${article.byline ? `<p class="byline">By ${esc(article.byline)}</p>` : ''}
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer><p>Contact us · Privacy · Terms</p></footer>`;
  return {
    html: `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`,
    title: article.title,
    paragraphs,
  };
}

/**
 * A real English news page about something else: the first benchmark page (by id) whose gold body is of article
 * length and never mentions the seed story's places or parties. Chosen by rule, so a changed benchmark still works.
 */
export function otherEventPage(nth = 0): { html: string; url: string; id: string } {
  let skip = nth;
  const truth = JSON.parse(readFileSync(sharedPath('data/article-extraction-benchmark/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    const { articleBody, url } = truth[id]!;
    if (articleBody.length < 1_500 || articleBody.length > 8_000) continue;
    if (/kursk|ukrain|russia|kremlin|kyiv|moscow/i.test(articleBody)) continue;
    const html = gunzipSync(readFileSync(sharedPath(`data/article-extraction-benchmark/html/${id}.html.gz`))).toString('utf8');
    if (!/<html[^>]*\blang=["']?en/i.test(html)) continue;
    if (skip-- > 0) continue;
    return { html, url, id };
  }
  throw new Error('no suitable benchmark page found');
}

/** A real product review (Readability's test page "engadget": Engadget's Xbox One X review, schema.org Review): an
 *  article the extension reads, but not a report of an event, so the popup says so instead of matching it. */
export function reviewPage(): string {
  return readFileSync(sharedPath('data/readability-test-pages/pages/engadget/source.html'), 'utf8');
}

/** A site's section front: navigation and short teasers, no article. */
export function nonArticlePage(): string {
  const teasers = Array.from(
    { length: 12 },
    (_, i) => `<li><a href="/story/${i}">Story number ${i + 1}</a> <span>${i + 1} hours ago</span></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World news – Test Times</title>
<meta property="og:type" content="website"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><h1>World</h1><ul>${teasers}</ul></main><footer>© Test Times</footer></body></html>`;
}

/** A plain page with a known sentence, for the highlight round trip. */
export function highlightPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Highlight test</title></head><body>
<main><p id="one">The first sentence stands alone here.   The council said the “new bridge” would open
<a href="#x">next spring</a>, officials confirmed on Monday. A closing sentence follows.</p></main></body></html>`;
}

/**
 * A real article from a corpus the bundled index holds: the first BASIL New York Times article (by id) of
 * article length, laid out as a news page without a canonical link, so it must match by its content.
 */
export function basilPage(): { html: string; title: string; outlet: string } {
  type Row = { article_id: string; source: string; title: string; date: string; paragraphs: string[][] };
  const rows = readFileSync(sharedPath('data/basil/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .sort((a, b) => a.article_id.localeCompare(b.article_id));
  for (const r of rows) {
    if (r.source !== 'nyt') continue;
    const paragraphs = r.paragraphs.map((p) => p.join(' ').trim()).filter((p) => p && p !== r.title.trim());
    if (paragraphs.join(' ').length < 1_500) continue;
    const outlet = 'The New York Times';
    const html = corpusArticlePage({
      title: r.title,
      outlet,
      published: r.date,
      paragraphs,
      section: '<a href="/politics">Politics</a>',
    });
    return { html, title: r.title, outlet };
  }
  throw new Error('no suitable BASIL article found');
}
