// The feeds a reader collects from themselves, as the extension keeps them: what the OPML said, the permission the
// feed's site needs, how the last poll went, and what the next poll asks with (validators, items already fetched).
// Plain data, stored in the collection's own database; the options page shows it.
import type { Validators } from './poll-policy.js';
import { originPattern } from './poll-policy.js';
import type { Source } from './sources.js';

export type FeedErrorKind =
  'permission' | 'robots' | 'timeout' | 'too-large' | 'http' | 'network' | 'bad-url' | 'parse' | 'storage';

export interface ReaderFeed {
  url: string;
  kind: Source['kind'];
  title: string;
  site: string | null;
  /** The outlet the OPML names (parallaxOutlet), else its site's domain. */
  outlet: string | null;
  /** The host permission it needs ("https://example.org/*"). */
  origin: string;
  addedAt: string;
  lastPoll: string | null;
  lastSuccess: string | null;
  error: { kind: FeedErrorKind; message: string; since: string } | null;
  /** Articles added from it, all polls together. */
  collected: number;
  /** Pages the last poll could not read (kept as the feed's excerpt) or left for the next poll. */
  lastPages: { added: number; excerpts: number; failed: number };
  validators: Validators | null;
  /** Item URLs already fetched, newest first (bounded: poll-policy.ts rememberSeen). */
  seen: string[];
}

/** What the options page shows of a feed (its seen list stays in the background). */
export type FeedView = Omit<ReaderFeed, 'seen' | 'validators'> & { permitted: boolean };

export function newFeed(s: Source, now: Date): ReaderFeed | null {
  const origin = originPattern(s.url);
  if (!origin) return null;
  return {
    url: s.url,
    kind: s.kind,
    title: s.title,
    site: s.site,
    outlet: s.outlet,
    origin,
    addedAt: now.toISOString(),
    lastPoll: null,
    lastSuccess: null,
    error: null,
    collected: 0,
    lastPages: { added: 0, excerpts: 0, failed: 0 },
    validators: null,
    seen: [],
  };
}

/** The state line the options page shows: ok / failing (with its reason) / permission missing / not polled yet. */
export function feedState(f: FeedView): 'ok' | 'failing' | 'permission' | 'new' {
  if (!f.permitted) return 'permission';
  if (f.error) return 'failing';
  return f.lastPoll ? 'ok' : 'new';
}
