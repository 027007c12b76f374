// Named states for ?mock=<state>: one per thing the popup and side panel must show clearly.
import type { HistoryEntry, TabState } from '../../ext/protocol.js';
import type { Report } from '../../types.js';
import { bridgeReport } from './bridge-story.js';
import { createMockConnector, type MockConnector } from './mock-connector.js';

const url = bridgeReport.article.url;

/** The example page when nothing else covered it: an honest "no known coverage". */
export const noCoverageReport: Report = {
  ...bridgeReport,
  match: {
    status: 'none',
    confidence: 0.08,
    method: null,
    reasons: { entities: [], terms: [] },
    message: 'No known coverage of this event in the index.',
  },
  article: { ...bridgeReport.article, published: null },
  event: null,
  story: null,
  coverage: [],
  claims: [],
  numbers: [],
  omissions: [],
  framing: [],
};

/** A product review: read, but not a report of an event, so not matched (issue 19). */
export const notReportReport: Report = {
  ...noCoverageReport,
  match: {
    status: 'none',
    confidence: 0,
    method: null,
    reasons: { entities: [], terms: [] },
    notReport: true,
    message: 'This looks like a product review: Parallax compares news reports.',
    pageType: { type: 'review', rules: ['ld-review', 'title-review'] },
  },
  article: { ...bridgeReport.article, title: 'Harbor ferry X2 review: quieter, slower, dearer' },
};

export const MOCK_STATES: Record<string, TabState> = {
  ready: { status: 'ready', url, report: bridgeReport },
  none: { status: 'ready', url, report: noCoverageReport },
  'not-report': { status: 'ready', url, report: notReportReport },
  loading: { status: 'index-loading', url, progress: 0.42 },
  waiting: { status: 'waiting', url },
  'not-article': { status: 'not-article', url, message: 'This page does not look like an article.' },
  'too-large': { status: 'too-large', url, message: 'This page is too large to check.' },
  'too-complex': {
    status: 'too-complex',
    url,
    message: 'This page is too complex to read on your device (elements nested more than 250 levels deep).',
  },
  error: { status: 'error', url, message: 'Something went wrong while checking this page.' },
  disabled: { status: 'disabled', url, message: 'Parallax is switched off on this site.' },
};

/** A few months of invented reading, for the options page's outlet mix. */
const DOMAIN: Record<string, string> = {
  'Riverside Gazette': 'riverside-gazette.example',
  'Harbor Times': 'harbortimes.example',
  'Metro Daily': 'metrodaily.example',
};
const reads: [string, string | null][] = [
  ['2031-03-02', 'Riverside Gazette'],
  ['2031-03-09', 'Riverside Gazette'],
  ['2031-03-15', 'Harbor Times'],
  ['2031-04-01', 'Metro Daily'],
  ['2031-04-20', 'Riverside Gazette'],
  ['2031-05-12', null],
];
export const mockHistory: HistoryEntry[] = reads.map(([day, outlet], i) => ({
  at: `${day}T09:00:00Z`,
  url: `https://news.example/${i}`,
  outlet,
  domain: DOMAIN[outlet ?? ''] ?? null,
  eventId: null,
  eventTitle: null,
}));

export function mockConnectorFor(state: string): MockConnector {
  return createMockConnector({
    tabState: MOCK_STATES[state] ?? MOCK_STATES.ready!,
    history: { enabled: true, entries: mockHistory },
  });
}
