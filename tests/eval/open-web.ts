// The open-web check of `npm run eval:match`: every real page of ../shared/data that is in no index (open-web-pages.ts)
// asked against the bundled index as the extension asks it. None of them reports an indexed event, so every
// "matched" is a wrong match. Pages fall in halves by a hash of their id, like the corpora's events: the dev half
// may inform the decision (fit-match-decision.ts), the test half is only scored.
import { existsSync } from 'node:fs';
import type { IndexStore } from '../../lib/index/store.js';
import { matchArticle } from '../../lib/match/match.js';
import { loadOutletTable } from '../../lib/node/build-outlet-table.js';
import { openIndex } from '../../lib/node/index-file.js';
import { bundledIndexPath } from '../../lib/node/paths.js';
import { applyOutlet } from '../../lib/outlets/apply.js';
import type { MatchInfo } from '../../lib/types.js';
import { loadOpenWebPages, type OpenWebPage } from './open-web-pages.js';
import { stableHash } from './split.js';

export interface OpenWebResult {
  page: OpenWebPage;
  part: 0 | 1;
  /** What the extension would show: extraction refused, not a report, none or matched. */
  answer: 'not-article' | 'not-report' | 'none' | 'matched';
  info: MatchInfo | null;
  title: string;
  published: string | null;
  event: { id: string; title: string; date: string | null } | null;
  /** The top-ranked event's confidence (0 when nothing ranked), for the reliability table. */
  topConfidence: number;
}

/** Half of the open-web pages a page falls in: dev 0, test 1. */
export const openWebPart = (id: string): 0 | 1 => (stableHash(`part:${id}`) & 1) as 0 | 1;

export async function openBundledIndex(): Promise<IndexStore> {
  if (!existsSync(bundledIndexPath))
    throw new Error(`bundled index not found: ${bundledIndexPath}; build it with \`npm run -s build:assets\``);
  return openIndex(bundledIndexPath);
}

export async function runOpenWeb(store: IndexStore, log: (l: string) => void = () => {}): Promise<OpenWebResult[]> {
  const pages = await loadOpenWebPages(log);
  const outlets = loadOutletTable();
  const out: OpenWebResult[] = [];
  for (const page of pages) {
    const part = openWebPart(page.id);
    if (!page.outcome?.ok) {
      out.push({ page, part, answer: 'not-article', info: null, title: '', published: null, event: null, topConfidence: 0 });
      continue;
    }
    const article = outlets ? applyOutlet(page.outcome.article, outlets) : page.outcome.article;
    const r = await matchArticle(store, article);
    const [ev] = r.eventId ? await store.events([r.eventId]) : [];
    out.push({
      page,
      part,
      answer: r.info.notReport ? 'not-report' : r.info.status,
      info: r.info,
      title: article.title,
      published: article.published,
      event: ev ? { id: ev.id, title: ev.title, date: ev.date } : null,
      topConfidence: r.info.confidence,
    });
  }
  return out;
}
