// Mock data for the options page's "collect it yourself" section: one feed polled fine, one failing, one whose site
// the reader has not allowed yet.
import type { CollectInfo, FeedView } from '../../ext/protocol.js';

const feed = (over: Partial<FeedView> & Pick<FeedView, 'url' | 'title'>): FeedView => ({
  kind: 'feed',
  site: null,
  outlet: null,
  origin: `${new URL(over.url).protocol}//${new URL(over.url).hostname}/*`,
  addedAt: '2031-05-10T08:00:00Z',
  lastPoll: '2031-05-12T09:30:00Z',
  lastSuccess: '2031-05-12T09:30:00Z',
  error: null,
  collected: 0,
  lastPages: { added: 0, excerpts: 0, failed: 0 },
  permitted: true,
  ...over,
});

export const mockCollect: CollectInfo = {
  feeds: [
    feed({
      url: 'https://daily.example.com/feed',
      title: 'Example Daily',
      error: { kind: 'http', message: 'HTTP 503 Service Unavailable', since: '2031-05-11T22:00:00Z' },
      lastSuccess: '2031-05-11T21:30:00Z',
      collected: 17,
    }),
    feed({
      url: 'https://news.example.org/rss.xml',
      title: 'Example News',
      collected: 42,
      lastPages: { added: 3, excerpts: 1, failed: 0 },
    }),
    feed({ url: 'https://wire.example.net/atom', title: 'Example Wire', permitted: false, lastPoll: null, lastSuccess: null }),
  ],
  articles: 59,
  events: 31,
  polling: false,
  lastPoll: '2031-05-12T09:30:00Z',
};

export const mockCollectEmpty: CollectInfo = { feeds: [], articles: 0, events: 0, polling: false, lastPoll: null };
