// One poll of one feed the reader collects from: the feed fetched politely (conditional GET), its new items' pages
// fetched and read with the content script's own extraction, each added to the collected index with claims. A page
// that cannot be read for good is kept as the feed's excerpt; one that failed for now is tried at the next poll. No
// request is made to a site whose permission the reader has not granted.
import { extractClaims } from '../../claims/index.js';
import { collectedArticle } from '../../collect/collected-article.js';
import { FeedParseError, parseSourceBody, type FeedItem } from '../../collect/feed.js';
import { newItems, originPattern, rememberSeen } from '../../collect/poll-policy.js';
import type { PoliteFetcher, PoliteResult } from '../../collect/polite-fetch.js';
import { publishedClaims } from '../../collect/published-claims.js';
import type { FeedErrorKind, ReaderFeed } from '../../collect/reader-feeds.js';
import type { Article, ExtractOutcome } from '../../types.js';
import type { CollectedIndex } from './collect-index.js';

export interface PollDeps {
  fetcher: Pick<PoliteFetcher, 'get'>;
  extract(html: string, url: string): Promise<ExtractOutcome>;
  /** The outlet table's name and domain for the article (as a page the reader opens gets them). */
  fillOutlet(article: Article): Promise<Article>;
  index: CollectedIndex;
  /** Is the host permission granted? */
  permitted(origin: string): Promise<boolean>;
  now(): Date;
}

/** Page failures that will not change by asking again: the feed's excerpt is kept instead. */
const FOR_GOOD = new Set(['robots', 'too-large', 'bad-url']);

type PageResult = { done: boolean; article: Article | null; full: boolean };

async function readPage(deps: PollDeps, item: FeedItem, feed: ReaderFeed): Promise<PageResult> {
  const origin = originPattern(item.url);
  // A feed may link to another site: without its permission the feed's own title and summary stand in.
  if (!origin || (origin !== feed.origin && !(await deps.permitted(origin)))) return { done: true, article: null, full: false };
  const res = await deps.fetcher.get(item.url);
  if (!res.ok) {
    const forGood =
      FOR_GOOD.has(res.kind) ||
      (res.kind === 'http' && !!res.status && res.status >= 400 && res.status < 500 && res.status !== 429);
    return { done: forGood, article: null, full: false };
  }
  const out = await deps.extract(res.text, res.url);
  return { done: true, article: out.ok ? out.article : null, full: out.ok };
}

function failed(feed: ReaderFeed, kind: FeedErrorKind, message: string, at: string): ReaderFeed {
  return { ...feed, lastPoll: at, error: { kind, message, since: feed.error?.since ?? at } };
}

const kindOf = (res: Extract<PoliteResult, { ok: false }>): FeedErrorKind => res.kind;

export async function pollFeed(deps: PollDeps, feed: ReaderFeed): Promise<ReaderFeed> {
  const at = deps.now().toISOString();
  if (!(await deps.permitted(feed.origin))) {
    return failed(
      feed,
      'permission',
      `access to ${new URL(feed.url).host} is not granted: allow it above to collect from this feed`,
      at,
    );
  }
  const res = await deps.fetcher.get(feed.url, feed.validators);
  if (!res.ok) return failed(feed, kindOf(res), res.message, at);
  if (res.notModified)
    return { ...feed, lastPoll: at, lastSuccess: at, error: null, lastPages: { added: 0, excerpts: 0, failed: 0 } };
  let items: FeedItem[];
  try {
    items = parseSourceBody(res.text, feed.kind, res.url).items;
  } catch (e) {
    const message =
      e instanceof FeedParseError ? e.message : `the feed could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return failed(feed, 'parse', message, at);
  }
  const pages = { added: 0, excerpts: 0, failed: 0 };
  const done: string[] = [];
  for (const item of newItems(items, feed.seen)) {
    if (await deps.index.has(item.url)) {
      done.push(item.url);
      continue;
    }
    const page = await readPage(deps, item, feed);
    if (!page.done) {
      pages.failed++;
      continue;
    }
    done.push(item.url);
    const made = collectedArticle(item, page.article, deps.now());
    if (!made) continue;
    const article = await deps.fillOutlet(made);
    // An excerpt is a title and a summary: too little to state claims from (the collector publishes none for it).
    const claims = page.full ? publishedClaims(extractClaims(article)) : [];
    if (await deps.index.add(article, claims, feed.url, deps.now())) pages[page.full ? 'added' : 'excerpts']++;
  }
  return {
    ...feed,
    lastPoll: at,
    lastSuccess: at,
    error: null,
    collected: feed.collected + pages.added + pages.excerpts,
    lastPages: pages,
    // A page left for the next poll must be listed again: no "not modified" until every item was read.
    validators: pages.failed ? null : res.validators,
    seen: rememberSeen(feed.seen, done),
  };
}
