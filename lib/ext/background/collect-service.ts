// "Collect it yourself" in the background: the feeds the reader imported (OPML), polled on a schedule and on
// "poll now", one poll at a time, several sites at once but one request at a time per site; the articles go to the
// collected index the matcher reads beside the loaded one. Requests depend only on the feed list, never on what the
// reader reads.
import { newFeed, type FeedView, type ReaderFeed } from '../../collect/reader-feeds.js';
import { parseSourceList } from '../../collect/sources.js';
import type { IndexStore } from '../../index/store.js';
import type { CollectImport, CollectInfo } from '../protocol.js';
import type { CollectDb } from './collect-db.js';
import type { CollectedIndex } from './collect-index.js';
import { pollFeed, type PollDeps } from './collect-poll.js';

export interface CollectServiceDeps extends PollDeps {
  db: CollectDb;
  index: CollectedIndex;
  /** Keeps a Chrome service worker alive through a long poll (called every 20 s). */
  keepAlive?: () => void;
  /** Called when a poll added articles: pages already answered are checked again. */
  onAdded(): Promise<void>;
}

/** Feeds polled at once (each on its own site's queue). */
const PARALLEL = 4;

export function createCollectService(deps: CollectServiceDeps) {
  const { db } = deps;
  let running: Promise<CollectInfo> | null = null;

  async function view(f: ReaderFeed): Promise<FeedView> {
    const { seen: _s, validators: _v, ...rest } = f;
    return { ...rest, permitted: await deps.permitted(f.origin) };
  }

  async function info(): Promise<CollectInfo> {
    const feeds = await Promise.all((await db.feeds.toArray()).map(view));
    feeds.sort((a, b) => a.title.localeCompare(b.title));
    const last =
      feeds
        .map((f) => f.lastPoll)
        .filter((t): t is string => !!t)
        .sort()
        .pop() ?? null;
    return { feeds, ...(await deps.index.counts()), polling: running !== null, lastPoll: last };
  }

  async function pollAll(only: string | null): Promise<CollectInfo> {
    const timer = deps.keepAlive ? setInterval(deps.keepAlive, 20_000) : undefined;
    try {
      const feeds = (await db.feeds.toArray()).filter((f) => !only || f.url === only);
      const before = (await deps.index.counts()).articles;
      let next = 0;
      const worker = async () => {
        for (let f = feeds[next++]; f; f = feeds[next++]) {
          const polled = await pollFeed(deps, f).catch((e: unknown) => ({
            ...f,
            lastPoll: deps.now().toISOString(),
            error: {
              kind: 'storage' as const,
              message: e instanceof Error ? e.message : String(e),
              since: f.error?.since ?? deps.now().toISOString(),
            },
          }));
          // Removed meanwhile: not written back.
          await db.transaction('rw', db.feeds, async () => {
            if (await db.feeds.get(f.url)) await db.feeds.put(polled);
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, feeds.length) }, worker));
      const dropped = await deps.index.drop(deps.now());
      if ((await deps.index.counts()).articles !== before || dropped) await deps.onAdded();
    } finally {
      if (timer) clearInterval(timer);
    }
    return info();
  }

  /** One poll at a time: asked while one runs, the caller gets that one's result. */
  function pollNow(only: string | null = null): Promise<CollectInfo> {
    running ??= pollAll(only).finally(() => (running = null));
    return running;
  }

  return {
    info,
    pollNow,
    /** Adds the OPML's feeds not already collected from; says what was added and what was skipped and why. */
    async importOpml(text: string): Promise<CollectImport> {
      const list = parseSourceList(text);
      const have = new Set((await db.feeds.toArray()).map((f) => f.url));
      const skipped = [...list.skipped];
      const fresh: ReaderFeed[] = [];
      for (const s of list.sources) {
        const feed = newFeed(s, deps.now());
        if (!feed) skipped.push(`${s.title}: not an http(s) URL`);
        else if (have.has(feed.url)) skipped.push(`${s.title}: already collected`);
        else fresh.push(feed);
      }
      await db.feeds.bulkPut(fresh);
      return { info: await info(), added: fresh.length, skipped };
    },
    /** Removes a feed and the articles collected from it. */
    async remove(url: string): Promise<CollectInfo> {
      await db.feeds.delete(url);
      if (await deps.index.drop(deps.now(), new Set([url]))) await deps.onAdded();
      return info();
    },
    /** The loaded index with the collected articles beside it. */
    over: (base: IndexStore) => deps.index.over(base),
  };
}
export type CollectService = ReturnType<typeof createCollectService>;
