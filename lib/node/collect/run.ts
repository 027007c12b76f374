// A whole collection pass (poll → fetch and extract → assign), and what it needs set up: the store, the fetcher,
// the outlet table and the event assigner, kept between passes in --watch mode.
import type PgBoss from 'pg-boss';
import type { EventAssigner } from '../../collect/assign.js';
import { dispatchPass } from './queue.js';
import { emptyReport, type CollectContext, type PassReport } from './context.js';
import { pollFeeds } from './feeds.js';
import { fetchPages } from './pages.js';
import { assignHeld, assignPending, loadAssigner, noneYet, type AssignReport } from './events.js';

export const VERSION = '0.1';

export function userAgent(contact: string | null): string {
  return `ParallaxCollector/${VERSION} (news coverage for the Parallax browser extension; ${contact ? `+${contact}` : 'no contact given'})`;
}

export interface FullReport extends PassReport {
  events: AssignReport;
  /** With a queue: the host jobs dispatched (the workers count feeds and pages in their own reports). */
  jobs?: { feedJobs: number; pageJobs: number };
  /** Seconds the pass took. */
  seconds: number;
}

export interface PassState {
  assigner: EventAssigner | null;
  retentionDays: number;
  /** With a queue, fetching and extraction are left to worker processes (lib/node/collect/queue.ts). */
  queue?: PgBoss | null;
}

export async function runPass(ctx: CollectContext, state: PassState): Promise<FullReport> {
  const started = Date.now();
  const report = emptyReport();
  let jobs: FullReport['jobs'];
  let pages: Awaited<ReturnType<typeof fetchPages>> = { kept: [], written: 0 };
  if (state.queue) jobs = await dispatchPass(ctx, state.queue);
  else {
    const { pagesWaiting, fresh } = await pollFeeds(ctx, report);
    // With no page waiting from before, the pages to fetch are the new articles' (none, in most 5-minute passes).
    // The pass holds what it extracts and writes each page once, with its event.
    if (pagesWaiting) pages = await fetchPages(ctx, report, { hold: true });
    else if (fresh.length) pages = await fetchPages(ctx, report, { rows: fresh, hold: true });
  }
  // Without a queue only this pass stores articles, and the assigner took all stored ones before: only pages written
  // as stored this pass wait in the store (a fresh assigner looks, for what an earlier process stored and left).
  const fresh = !state.assigner;
  state.assigner ??= await loadAssigner(ctx.db, state.retentionDays, ctx.now());
  let events = noneYet();
  try {
    if (fresh || state.queue || pages.written) events = await assignPending(ctx.db, state.assigner, ctx.now);
    if (pages.kept.length) {
      const held = await assignHeld(ctx.db, state.assigner, pages.kept, ctx.now);
      for (const k of Object.keys(events) as (keyof AssignReport)[]) events[k] += held[k];
    }
  } catch (err) {
    // A batch that was not written leaves the assigner ahead of the store: the next pass rebuilds it. Held pages
    // not written are still pending in the store, fetched again by the next pass.
    state.assigner = null;
    throw err;
  }
  return { ...report, ...(jobs && { jobs }), events, seconds: (Date.now() - started) / 1000 };
}

export function formatReport(r: FullReport): string {
  const f = r.feeds;
  const fails = Object.entries(r.failures)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    ...(r.jobs
      ? [
          `jobs for the workers: ${r.jobs.feedJobs} hosts' feeds, ${r.jobs.pageJobs} hosts' pages (their counts are in the workers' output)`,
        ]
      : []),
    `feeds: ${f.polled} polled, ${f.ok} ok (${f.notModified} not modified), ${f.failed} failed, ${f.notDue} not due`,
    `items: ${r.itemsSeen} seen, ${r.newArticles} new articles, ${r.duplicates} duplicates`,
    `pages: ${r.pages.fetched} fetched, ${r.pages.stored} stored, ${r.pages.excerpts} excerpts, ${r.pages.duplicates} duplicates, ${r.pages.retryLater} to retry`,
    `published time from: page ${r.publishedFrom.page}, feed ${r.publishedFrom.feed}, first seen ${r.publishedFrom.firstSeen}`,
    `events: ${r.events.assigned} articles assigned, ${r.events.created} new events, ${r.events.joined} joined, ${r.events.merged} merged, ${r.events.copies} copies`,
    `failures: ${fails || 'none'}`,
    `took ${r.seconds.toFixed(1)} s`,
  ].join('\n');
}
