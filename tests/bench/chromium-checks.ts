// Page checks as a reader has them, for the Chromium benches: a corpus article laid out as a news page, served from
// 127.0.0.1, opened in a new tab; timed from the tab's opening to the background's answer for it. The answer's moment
// is seen in an extension page (the harness's probe) through storage.onChanged: the background writes each tab's
// state to storage.session, so no polling of the worker adds to its load. Each check opens a new URL (a query string)
// so no cached state answers it, and its tab is closed after the answer.
import type { Harness } from '../browser/harness/extension.js';
import { corpusArticlePage } from '../browser/harness/pages.js';
import { servePages, type PageServer } from '../browser/harness/server.js';
import type { Article } from '../../lib/types.js';
import { pct } from './chromium-probe.js';

export interface CheckTime {
  /** Tab opened → answer (what a reader waits). */
  total: number;
  /** The page's extraction received by the background → answer (the worker's share). */
  background: number;
  /** The answer: 'matched', 'none', or the tab's status when it was no report. */
  answer: string;
}

declare const chrome: {
  storage: {
    onChanged: {
      addListener(f: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
};

/** Installed in the probe: the first moment each URL's state said "analysing", and when it settled, with what. */
function listen(): void {
  type State = { status: string; url: string | null; analysing?: boolean; report?: { match: { status: string } } };
  const w = window as unknown as {
    __arrived: Record<string, number>;
    __answered: Record<string, { at: number; answer: string }>;
  };
  w.__arrived = {};
  w.__answered = {};
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const st = change.newValue as State | undefined;
      if (!key.startsWith('tab:') || !st?.url) continue;
      if (st.status === 'waiting' && st.analysing) w.__arrived[st.url] ??= Date.now();
      else if (st.status !== 'waiting' && st.status !== 'index-loading')
        w.__answered[st.url] ??= { at: Date.now(), answer: st.report?.match.status ?? st.status };
    }
  });
}

export interface PageChecks {
  server: PageServer;
  /** Opens page `i` (mod the number of pages) under a new URL and waits for its answer. */
  check(i: number): Promise<CheckTime>;
  /** `n` checks one after the other (starting at page `from`), `gapMs` apart; stops early when `until` says so. */
  run(n: number, opts?: { from?: number; gapMs?: number; until?: () => boolean }): Promise<CheckTime[]>;
  close(): Promise<void>;
}

export async function pageChecks(h: Harness, articles: readonly Article[]): Promise<PageChecks> {
  if (articles.length === 0) throw new Error('no articles to check pages with');
  const pages = Object.fromEntries(
    articles.map((a, i) => [
      `/check/${i}.html`,
      corpusArticlePage({ ...a, paragraphs: a.text.split(/\n{2,}/).filter((p) => p.trim()), section: 'News' }),
    ]),
  );
  const server = await servePages(pages);
  await h.probe.evaluate(listen);
  let serial = 0;
  const check = async (i: number): Promise<CheckTime> => {
    const url = server.url(`/check/${i % articles.length}.html?visit=${++serial}`);
    const t0 = Date.now();
    const page = await h.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
      const until = Date.now() + 300_000;
      for (;;) {
        const got = await h.probe.evaluate((u) => {
          const w = window as unknown as {
            __arrived: Record<string, number>;
            __answered: Record<string, { at: number; answer: string }>;
          };
          return { arrived: w.__arrived[u] ?? null, answered: w.__answered[u] ?? null };
        }, url);
        if (got.answered)
          return {
            total: got.answered.at - t0,
            background: got.answered.at - (got.arrived ?? got.answered.at),
            answer: got.answered.answer,
          };
        if (Date.now() > until) throw new Error(`no answer for ${url} within five minutes`);
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await page.close();
    }
  };
  return {
    server,
    check,
    run: async (n, opts = {}) => {
      const out: CheckTime[] = [];
      for (let k = 0; k < n && !opts.until?.(); k++) {
        out.push(await check((opts.from ?? 0) + k));
        if (opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
      }
      return out;
    },
    close: () => server.close(),
  };
}

/** p50 / p95 of the reader's wait and of the worker's share, as table cells. */
export function summary(times: readonly CheckTime[]): { p50: number; p95: number; bg50: number; bg95: number; n: number } {
  const total = times.map((t) => t.total);
  const bg = times.map((t) => t.background);
  return { p50: pct(total, 0.5), p95: pct(total, 0.95), bg50: pct(bg, 0.5), bg95: pct(bg, 0.95), n: times.length };
}
