// Test pages made at run time from a corpus the bundled index holds, chosen by what the Node pipeline reports on
// them (no article text is committed and no id is hard-coded: a rebuilt index or corpus still yields a page).
import { loadAllSides } from '../../../lib/node/corpora.js';
import { bundledIndexPath } from '../../../lib/node/paths.js';
import { openIndex } from '../../../lib/node/index-file.js';
import { checkArticle } from '../../../lib/report.js';
import type { Report } from '../../../lib/types.js';
import { corpusArticlePage } from './pages.js';

/**
 * The first AllSides article (by event, then position) whose event has numbers that disagree across outlets in the
 * bundled index, laid out as a news page without its URL: the extension must match it by content and find the
 * same conflict. The seed story has none (its counts agree or count different things), so this is where the
 * browser suite sees "numbers that disagree" on a real report.
 */
export async function numbersPage(): Promise<{ html: string; title: string; expected: Report['numbers'] }> {
  const store = await openIndex(bundledIndexPath);
  const items = loadAllSides().sort(
    (a, b) => a.event.id.localeCompare(b.event.id, 'en', { numeric: true }) || a.article.id.localeCompare(b.article.id),
  );
  for (const { article } of items) {
    const report = await checkArticle(store, { ...article, url: null, domain: null });
    if (report.match.status !== 'matched' || report.numbers.length === 0) continue;
    const paragraphs = article.text.split(/\n{2,}/).filter((p) => p.trim());
    const html = corpusArticlePage({ ...article, paragraphs, section: '<a href="/us">U.S.</a>' });
    return { html, title: article.title, expected: report.numbers };
  }
  throw new Error('no AllSides article in the bundled index has numbers that disagree');
}
