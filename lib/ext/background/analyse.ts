// From a page's extraction outcome to the tab's state: outlet filled from the table, the index asked, the report made.
// Dependencies are passed in, so the decisions are unit-tested with an in-memory index and no browser.
import type { IndexStore } from '../../index/store.js';
import type { Article, ExtractOutcome, Report } from '../../types.js';
import type { TabState } from '../protocol.js';

export type IndexAvailability = { ready: true; store: IndexStore } | { ready: false; progress: number; message: string | null };

export interface AnalyseDeps {
  index(): Promise<IndexAvailability>;
  fillOutlet(article: Article): Promise<Article>;
  check(store: IndexStore, article: Article): Promise<Report>;
  /** The clock, for the first-seen date of an undated page (tests pass a fixed one). */
  now?: () => Date;
}

const FAILURE_STATUS = {
  'not-article': 'not-article',
  empty: 'not-article',
  'too-large': 'too-large',
  'too-complex': 'too-complex',
  error: 'error',
} as const;

export async function stateForOutcome(url: string, outcome: ExtractOutcome, deps: AnalyseDeps): Promise<TabState> {
  if (!outcome.ok) return { status: FAILURE_STATUS[outcome.reason], url, message: outcome.message };
  try {
    const index = await deps.index();
    if (!index.ready) {
      if (index.message) return { status: 'error', url, message: index.message };
      return { status: 'index-loading', url, progress: index.progress };
    }
    const filled = await deps.fillOutlet(outcome.article);
    // An undated page was written no later than now: matching reads that as an upper bound (lib/match/time-evidence.ts).
    const article =
      filled.published || filled.firstSeen ? filled : { ...filled, firstSeen: (deps.now?.() ?? new Date()).toISOString() };
    const report = await deps.check(index.store, article);
    return { status: 'ready', url, report };
  } catch (e) {
    return { status: 'error', url, message: `Checking this page failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
