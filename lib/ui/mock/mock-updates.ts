// Invented updater states for the mock connector: updates off (the bundled index only), a working subscription, and
// one failing since an earlier day. Publisher, counts and key are made up.
import type { UpdatesInfo } from '../../ext/protocol.js';
import type { Subscription } from '../../updates/subscription.js';

const coverage = { newest: '2031-05-12T14:05:00Z', articles: 48_312, outlets: 212 };

export const mockSubscription: Subscription = {
  id: '0123456789abcdef',
  url: 'https://updates.example/parallax/manifest.json',
  key: 'ed25519:3q2+7w3q2+7w3q2+7w3q2+7w3q2+7w3q2+7w3q2+7w0=',
  keyId: '89abcdef01234567',
  builtIn: false,
  addedAt: '2031-05-01T08:00:00Z',
  lastSequence: 412,
  applied: {
    publisher: { name: 'Example Wire', description: 'An invented publisher of news coverage', url: 'https://updates.example/' },
    sequence: 412,
    createdAt: '2031-05-12T14:10:00Z',
    expiresAt: '2031-05-14T14:10:00Z',
    retentionDays: 30,
    stats: {
      articles: 41_870,
      events: 9_114,
      stories: 6_020,
      outlets: 205,
      newestArticle: coverage.newest,
      oldestArticle: '2031-04-12T00:10:00Z',
    },
    files: ['snapshot-00000400.index.json.gz'],
  },
  pending: null,
  lastCheck: '2031-05-12T14:12:00Z',
  lastSuccess: '2031-05-12T14:12:00Z',
  error: null,
};

export const mockUpdatesOff: UpdatesInfo = {
  subscriptions: [],
  log: [],
  freshness: {
    coverage: { newest: '2021-05-22', articles: 6_442, outlets: 402 },
    status: 'off',
    since: null,
    reason: null,
    lastSuccess: null,
  },
  checking: false,
};

export const mockUpdatesOk: UpdatesInfo = {
  subscriptions: [mockSubscription],
  log: [
    {
      at: '2031-05-12T14:12:00Z',
      source: 'Example Wire',
      level: 'ok',
      message: 'update 412 applied: 41,870 articles from 205 outlets',
    },
    {
      at: '2031-05-12T14:11:40Z',
      source: 'Example Wire',
      level: 'info',
      message: 'update 412 verified: 1 file(s), 88,410 bytes',
    },
  ],
  freshness: { coverage, status: 'ok', since: null, reason: null, lastSuccess: '2031-05-12T14:12:00Z' },
  checking: false,
};

const failure = {
  kind: 'signature' as const,
  message: 'signature invalid: the manifest was not signed by this key or was changed after signing',
  since: '2031-05-09T10:00:00Z',
};
export const mockUpdatesFailing: UpdatesInfo = {
  subscriptions: [
    { ...mockSubscription, error: failure, lastCheck: '2031-05-12T14:12:00Z', lastSuccess: '2031-05-09T09:00:00Z' },
  ],
  log: [{ at: '2031-05-12T14:12:00Z', source: 'Example Wire', level: 'error', message: failure.message }],
  freshness: {
    coverage: { ...coverage, newest: '2031-05-09T08:40:00Z' },
    status: 'failing',
    since: failure.since,
    reason: failure.message,
    lastSuccess: '2031-05-09T09:00:00Z',
  },
  checking: false,
};
