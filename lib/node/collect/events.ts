// The single consumer that turns stored articles into events, in publication order: the EventAssigner (pure, the
// extension's matcher over a live store) plus its persistence. Whatever several fetch workers store, one consumer
// assigns, so two workers never start the same event twice.
import { EventAssigner } from '../../collect/assign.js';
import { LiveStore } from '../../collect/live-store.js';
import { analyzeText } from '../../index/features.js';
import type { Article } from '../../types.js';
import { persistBatch, type Batch } from './assign-write.js';
import { isoOf, jsonOf, type ArticleRow, type Db } from './db.js';
import { HOLD_MAX, type StoredUpdate } from './stored-writes.js';

export interface AssignReport {
  assigned: number;
  created: number;
  joined: number;
  merged: number;
  copies: number;
}

type StoredRow = Pick<
  ArticleRow,
  'key' | 'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'byline' | 'body' | 'raw'
>;

/** Rebuild the live store from what was assigned before (a restart, or `collect --once` run from cron). */
export async function loadAssigner(db: Db, retentionDays: number, now: Date): Promise<EventAssigner> {
  const store = new LiveStore();
  const since = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db.query<
    Pick<ArticleRow, 'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'event' | 'copy_of' | 'fp'>
  >(
    `select id, url, title, outlet, domain, published, lang, event, copy_of, fp from articles
     where event is not null and status = 'stored' and (published is null or published >= $1) order by assigned_seq`,
    [since],
  );
  for (const t of await db.query<{ term: string; df: number }>('select term, df from terms')) store.dfMap.set(t.term, t.df);
  for (const r of rows) {
    store.add(
      {
        k: 'a',
        id: r.id,
        url: r.url,
        title: r.title,
        outlet: r.outlet,
        domain: r.domain,
        published: isoOf(r.published),
        lang: r.lang,
        event: r.event,
        copyOf: r.copy_of,
        from: null,
        fp: jsonOf(r.fp)!,
        claims: [],
      },
      r.title,
    );
  }
  return new EventAssigner(store);
}

/** Articles read and assigned per batch; each batch is persisted in one transaction. */
const BATCH = 250;

/** An assignment report with nothing assigned yet. */
export const noneYet = (): AssignReport => ({ assigned: 0, created: 0, joined: 0, merged: 0, copies: 0 });

/** Assign every stored, unassigned article, oldest first. A batch is assigned in memory and then written in one
 * transaction: multi-row updates, and each term's document frequency raised once by the batch's count (one upsert
 * per term an article held was most of the store's time, 14 ms an article in the bench). If the write fails the
 * assigner is ahead of the store: the caller must drop it (runPass does) so it is rebuilt from what was written. */
export async function assignPending(db: Db, assigner: EventAssigner, now: () => Date): Promise<AssignReport> {
  const report = noneYet();
  for (;;) {
    const rows = await db.query<StoredRow>(
      `select key, id, url, title, outlet, domain, published, lang, byline, body, raw from articles
       where status = 'stored' and event is null order by published nulls last, key limit ${BATCH}`,
    );
    if (!rows.length) return report;
    await assignBatch(
      db,
      assigner,
      rows.map((r) => ({ key: r.key, article: articleOf(r) })),
      now,
      report,
    );
    // A short batch was the last: no query to find the queue empty.
    if (rows.length < BATCH) return report;
  }
}

/** Assign the pages a pass extracted and holds (not yet written), in the order assignPending takes stored ones
 * (publication time, undated last, then key), each written once with its stored page and its assignment. */
export async function assignHeld(
  db: Db,
  assigner: EventAssigner,
  held: readonly StoredUpdate[],
  now: () => Date,
): Promise<AssignReport> {
  const report = noneYet();
  const time = (u: StoredUpdate) => (u.published === null ? Infinity : Date.parse(u.published));
  const sorted = [...held].sort((a, b) => time(a) - time(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < sorted.length; i += HOLD_MAX) {
    const items = sorted.slice(i, i + HOLD_MAX).map((u) => ({ key: u.key, article: articleOf(storedRow(u)), stored: u }));
    await assignBatch(db, assigner, items, now, report);
  }
  return report;
}

/** A held page as the row assignPending would read back: the store keeps well-formed text (a lone surrogate becomes
 * U+FFFD on the way in) and times to the microsecond, so the articles assigned are the same either way. */
function storedRow(u: StoredUpdate): StoredRow {
  const text = (s: string | null) => (s === null ? null : (s as string & { toWellFormed(): string }).toWellFormed());
  return {
    key: u.key,
    id: u.id,
    url: u.url!,
    title: text(u.title)!,
    outlet: text(u.outlet),
    domain: text(u.domain),
    published: u.published,
    lang: text(u.lang),
    byline: text(u.byline),
    body: text(u.body),
    raw: text(u.raw),
  };
}

function articleOf(r: StoredRow): Article {
  const raw = jsonOf(r.raw) ?? {};
  return {
    id: r.id,
    title: r.title,
    text: r.body ?? '',
    byline: r.byline,
    siteName: raw.siteName ?? null,
    outlet: r.outlet,
    domain: r.domain,
    url: r.url,
    published: isoOf(r.published),
    lang: r.lang,
    republishedFrom: raw.republishedFrom ?? null,
  };
}

/** Assign a batch in memory, in order, then write it (assign-write.ts). */
async function assignBatch(
  db: Db,
  assigner: EventAssigner,
  items: readonly { key: string; article: Article; stored?: StoredUpdate }[],
  now: () => Date,
  report: AssignReport,
): Promise<void> {
  const batch: Batch = { done: [], touched: new Map(), merges: [], df: new Map() };
  for (const { key, article, stored } of items) {
    const features = analyzeText(article);
    // Claims play no part in assignment (loadAssigner holds none either); reading them back was 5 kB of JSON an article.
    const a = await assigner.assign(article, features, []);
    report.assigned++;
    if (a.created) report.created++;
    else report.joined++;
    if (a.copyOf) report.copies++;
    report.merged += a.merged.length;
    const at = now().toISOString();
    batch.done.push({ key, id: article.id, fp: JSON.stringify(a.record.fp), copyOf: a.copyOf, at, ...(stored && { stored }) });
    batch.touched.set(a.event, at);
    for (const drop of a.merged) batch.merges.push({ drop, into: a.event, at });
    for (const t of features.tf.keys()) batch.df.set(t, (batch.df.get(t) ?? 0) + 1);
  }
  await persistBatch(db, assigner, batch);
}
