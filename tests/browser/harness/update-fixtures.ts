// What the updates spec publishes: a page about an event the bundled index does not know (a real news page from the
// extraction benchmark, made at run time), and that event as three outlets' articles built from the page's own
// paragraphs by the Node pipeline, for a delta to bring later. The page's own URL is not among them: it must match by
// content. Retention is set far out so the benchmark's old dates stay inside the window.
import { extractFromDocument } from '../../../lib/extract/document.js';
import { parseHtml } from '../../../lib/node/html-document.js';
import type { Article } from '../../../lib/types.js';
import type { DeltaOp } from '../../../lib/updates/format.js';
import { putOps, recordsOf, TestPublisher, type PublishOptions } from '../../helpers/test-publisher.js';
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
    art('later-wire', page.title, take(paras.slice(0, half)), {
      ...extra,
      outlet: 'Wire Desk',
      domain: 'wiredesk.example',
      url: 'https://wiredesk.example/later',
    }),
    art('later-herald', `${page.title} – what we know`, take(paras.slice(half - 1)), {
      ...extra,
      outlet: 'Herald Online',
      domain: 'herald.example',
      url: 'https://herald.example/later',
    }),
    art('later-courier', `Update: ${page.title}`, take(paras.filter((_, i) => i % 2 === 0)), {
      ...extra,
      outlet: 'Courier Post',
      domain: 'courierpost.example',
      url: 'https://courierpost.example/later',
    }),
  ];
}

/** When the suite's publisher says it published (and until when it is valid): fixed, so the files, their sizes and
 * hashes, and what the options show of them are the same every run (screenshots compare byte for byte). */
export const PUBLISHED_AT = '2026-11-02T09:00:00.000Z';
const VALID_UNTIL = '2099-01-01T00:00:00.000Z';

/** A test publisher with a fixed key (from `seed`) whose files carry fixed dates unless told otherwise. */
export class FixedPublisher extends TestPublisher {
  constructor(name: string, description: string, retentionDays: number, seed: string) {
    super(name, description, retentionDays, seed);
  }

  override publishSnapshot(opts: PublishOptions = {}): Promise<string> {
    return super.publishSnapshot({ createdAt: PUBLISHED_AT, expiresAt: VALID_UNTIL, ...opts });
  }

  override publishDelta(ops: DeltaOp[], opts: PublishOptions = {}): Promise<string> {
    return super.publishDelta(ops, { createdAt: PUBLISHED_AT, expiresAt: VALID_UNTIL, ...opts });
  }
}

/** The wall-clock times the updater stored (last check and success, failing since, the log's stamps) set to one
 * moment over a week before any run, so the UI shows its date ("2 Nov 2026"), the same every run, where it showed
 * "13:42 today". Run in an extension page (the suites' probe); the storage keys are update-state.ts's. */
export async function pinStoredTimes(at: string): Promise<void> {
  type Local = { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  const g = globalThis as unknown as { browser?: { storage: { local: Local } }; chrome: { storage: { local: Local } } };
  const api = g.browser ?? g.chrome;
  const got = await api.storage.local.get(['parallax:subscriptions', 'parallax:update-log']);
  type Stamped = { lastCheck?: string | null; lastSuccess?: string | null; error?: { since: string } | null };
  const subs = (got['parallax:subscriptions'] ?? []) as Stamped[];
  const log = (got['parallax:update-log'] ?? []) as { at: string }[];
  await api.storage.local.set({
    'parallax:subscriptions': subs.map((s) => ({
      ...s,
      lastCheck: s.lastCheck && at,
      lastSuccess: s.lastSuccess && at,
      error: s.error && { ...s.error, since: at },
    })),
    'parallax:update-log': log.map((e) => ({ ...e, at })),
  });
}
export const PINNED_AT = '2026-11-02T11:42:00.000Z';

/** A publisher whose snapshot holds one invented article (a recipe), so subscribing changes nothing for the page. */
export async function updatesPublisher(): Promise<TestPublisher> {
  const pub = new FixedPublisher(
    'Test Wire',
    'A local test publisher for the browser suite',
    100_000,
    'parallax browser suite: Test Wire',
  );
  for (const op of putOps(await recordsOf([{ article: UNRELATED }]))) pub.state.apply(op);
  await pub.publishSnapshot();
  return pub;
}

export async function laterEventOps(page: Article) {
  return putOps(await recordsOf(laterEventArticles(page).map((article) => ({ article }))));
}
