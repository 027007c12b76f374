// What the updates spec publishes: a page about an event the bundled index does not know (a real news page from the
// extraction benchmark, made at run time), and that event as three outlets' articles built from the page's own
// paragraphs by the Node pipeline, for a delta to bring later. The page's own URL is not among them: it must match by
// content. Retention is set far out so the benchmark's old dates stay inside the window.
import { extractFromDocument } from '../../../lib/extract/document.js';
import { parseHtml } from '../../../lib/node/html-document.js';
import type { Article } from '../../../lib/types.js';
import { putOps, recordsOf, TestPublisher } from '../../helpers/test-publisher.js';
import { art, UNRELATED } from '../../unit/index/fixtures.js';
import { otherEventPage } from './pages.js';

export const LATER_PATH = '/news/update-later.html';

export function laterPage(): { html: string; article: Article } {
  const { html, url } = otherEventPage(1);
  const outcome = extractFromDocument(parseHtml(html), { url });
  if (!outcome.ok) throw new Error(`the later-event page did not extract: ${outcome.message}`);
  return { html, article: outcome.article };
}

/** Three outlets' takes on the page's event: its first half, its second half, and every other paragraph. */
export function laterEventArticles(page: Article): Article[] {
  const paras = page.text.split(/\n{2,}/).filter((p) => p.trim());
  const half = Math.ceil(paras.length / 2);
  const take = (ps: string[]) => ps.join('\n\n');
  const extra = { published: page.published, lang: page.lang };
  return [
    art('later-wire', page.title, take(paras.slice(0, half)), { ...extra, outlet: 'Wire Desk', domain: 'wiredesk.example', url: 'https://wiredesk.example/later' }),
    art('later-herald', `${page.title} – what we know`, take(paras.slice(half - 1)), { ...extra, outlet: 'Herald Online', domain: 'herald.example', url: 'https://herald.example/later' }),
    art('later-courier', `Update: ${page.title}`, take(paras.filter((_, i) => i % 2 === 0)), { ...extra, outlet: 'Courier Post', domain: 'courierpost.example', url: 'https://courierpost.example/later' }),
  ];
}

/** A publisher whose snapshot holds one invented article (a recipe), so subscribing changes nothing for the page. */
export async function updatesPublisher(): Promise<TestPublisher> {
  const pub = new TestPublisher('Test Wire', 'A local test publisher for the browser suite', 100_000);
  for (const op of putOps(await recordsOf([{ article: UNRELATED }]))) pub.state.apply(op);
  await pub.publishSnapshot();
  return pub;
}

export async function laterEventOps(page: Article) {
  return putOps(await recordsOf(laterEventArticles(page).map((article) => ({ article }))));
}
