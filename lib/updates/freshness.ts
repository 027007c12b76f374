// How current the reader's coverage is and what the updater is doing, from the loaded index's header and the
// subscriptions: what the popup, side panel and options show ("coverage up to 14:05 today: …", "updates failed
// since Tuesday: signature invalid"). Pure.
import { withRunSpan } from '../index/day-runs.js';
import { decodeDays, type IndexHeader } from '../index/format.js';
import { isStale, type Subscription } from './subscription.js';

export type UpdatesStatus = 'off' | 'ok' | 'stale' | 'failing' | 'pending';

export interface Coverage {
  /** The newest article's publication time (ISO; a bare day when only the day is known); null for no dated article. */
  newest: string | null;
  articles: number;
  outlets: number;
}

export interface Freshness {
  coverage: Coverage | null;
  status: UpdatesStatus;
  /** Since when it is failing or stale (ISO). */
  since: string | null;
  /** The failure ("signature invalid: …") or staleness in words; null when fine or off. */
  reason: string | null;
  lastSuccess: string | null;
  /** Set when the index answering pages was imported from a file: signed by a publisher the reader trusts (`by`), or
   * unverified. Absent for the bundled index and its updates. */
  imported?: { verified: boolean; by: string | null };
}

const dayIso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function coverageOf(header: IndexHeader | null, subs: readonly Subscription[]): Coverage | null {
  if (!header) return null;
  const days = header.days ? decodeDays(header.days) : null;
  const span = withRunSpan(days && days.length >= 4 ? [days[0]!, days[days.length - 2]! - 1] : null, header);
  let newest = span ? dayIso(span[1]) : null;
  // A subscription knows its newest article to the minute; the day table only to the day.
  for (const s of subs) {
    const t = s.applied?.stats.newestArticle;
    if (t && (!newest || t.slice(0, 10) >= newest.slice(0, 10))) newest = !newest || t > newest ? t : newest;
  }
  return { newest, articles: header.counts.articles, outlets: header.counts.outlets };
}

export function freshnessOf(header: IndexHeader | null, subs: readonly Subscription[], now: Date): Freshness {
  const coverage = coverageOf(header, subs);
  const lastSuccess =
    subs
      .map((s) => s.lastSuccess)
      .filter((x): x is string => !!x)
      .sort()
      .pop() ?? null;
  if (!subs.length) return { coverage, status: 'off', since: null, reason: null, lastSuccess };
  const failing = subs.filter((s) => s.error);
  // Failing only when no subscription is fine: one good publisher keeps coverage current.
  if (failing.length === subs.length) {
    const first = failing.map((s) => s.error!).sort((a, b) => (a.since < b.since ? -1 : 1))[0]!;
    return { coverage, status: 'failing', since: first.since, reason: first.message, lastSuccess };
  }
  const stale = subs.filter((s) => isStale(s, now));
  if (stale.length === subs.length) {
    const since = stale.map((s) => s.applied!.expiresAt).sort()[0]!;
    return {
      coverage,
      status: 'stale',
      since,
      reason: `the publisher's updates expired (${stale.map((s) => s.applied!.publisher.name).join(', ')})`,
      lastSuccess,
    };
  }
  if (subs.every((s) => !s.applied)) return { coverage, status: 'pending', since: null, reason: null, lastSuccess };
  return { coverage, status: 'ok', since: null, reason: null, lastSuccess };
}

/** "48,312 articles from 212 outlets", "1 article from 1 outlet". */
export function articlesFrom(articles: number, outlets: number): string {
  const n = (x: number, one: string) => `${x.toLocaleString('en')} ${x === 1 ? one : `${one}s`}`;
  return `${n(articles, 'article')} from ${n(outlets, 'outlet')}`;
}
