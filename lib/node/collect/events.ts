// The single consumer that turns stored articles into events, in publication order: the EventAssigner (pure, the
// extension's matcher over a live store) plus its persistence. Whatever several fetch workers store, one consumer
// assigns, so two workers never start the same event twice.
import { EventAssigner } from '../../collect/assign.js';
import { LiveStore } from '../../collect/live-store.js';
import { analyzeText } from '../../index/features.js';
import type { Article } from '../../types.js';
import { isoOf, jsonOf, type ArticleRow, type Db } from './db.js';

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

interface Done {
  key: string;
  id: string;
  fp: string;
  copyOf: string | null;
  at: string;
}

/** Assign every stored, unassigned article, oldest first. A batch is assigned in memory and then written in one
 * transaction: multi-row updates, and each term's document frequency raised once by the batch's count (one upsert
 * per term an article held was most of the store's time, 14 ms an article in the bench). If the write fails the
 * assigner is ahead of the store: the caller must drop it (runPass does) so it is rebuilt from what was written. */
export async function assignPending(db: Db, assigner: EventAssigner, now: () => Date): Promise<AssignReport> {
  const report: AssignReport = { assigned: 0, created: 0, joined: 0, merged: 0, copies: 0 };
  for (;;) {
    const rows = await db.query<StoredRow>(
      `select key, id, url, title, outlet, domain, published, lang, byline, body, raw from articles
       where status = 'stored' and event is null order by published nulls last, key limit ${BATCH}`,
    );
    if (!rows.length) return report;
    const done: Done[] = [];
    const touched = new Map<string, string>();
    const merges: { drop: string; into: string; at: string }[] = [];
    const df = new Map<string, number>();
    for (const r of rows) {
      const raw = jsonOf(r.raw) ?? {};
      const article: Article = {
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
      const features = analyzeText(article);
      // Claims play no part in assignment (loadAssigner holds none either); reading them back was 5 kB of JSON an article.
      const a = await assigner.assign(article, features, []);
      report.assigned++;
      if (a.created) report.created++;
      else report.joined++;
      if (a.copyOf) report.copies++;
      report.merged += a.merged.length;
      const at = now().toISOString();
      done.push({ key: r.key, id: r.id, fp: JSON.stringify(a.record.fp), copyOf: a.copyOf, at });
      touched.set(a.event, at);
      for (const drop of a.merged) merges.push({ drop, into: a.event, at });
      for (const t of features.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    await persistBatch(db, assigner, done, touched, merges, df);
    // A short batch was the last: no query to find the queue empty.
    if (rows.length < BATCH) return report;
  }
}

async function persistBatch(
  db: Db,
  assigner: EventAssigner,
  done: Done[],
  touched: Map<string, string>,
  merges: { drop: string; into: string; at: string }[],
  df: Map<string, number>,
): Promise<void> {
  const evs = [...touched].sort(([a], [b]) => (a < b ? -1 : 1));
  const terms = [...df.keys()].sort();
  // One statement for the batch's articles, events and terms (three statements and a sequence query were most of the
  // store's time in a 5-minute pass that brings one article). Sequence numbers are given in assignment order
  // (loadAssigner replays by them); earlier events of this batch's articles may have been merged since: their event
  // now is the store's.
  const write = (q: Pick<Db, 'query'>) =>
    q.query(
      `with seq as (select nextval('assign_seq') as n from generate_series(1, cardinality($1::text[]))),
       ord as (select n, row_number() over (order by n) as i from seq),
       a as (update articles a set event = v.event, copy_of = v.copy_of, fp = v.fp::jsonb, assigned_at = v.at::timestamptz, assigned_seq = ord.n
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as v(key, event, copy_of, fp, at, i)
         join ord on ord.i = v.i where a.key = v.key returning 1),
       e as (insert into events (id, created_at, updated_at) select id, at::timestamptz, at::timestamptz from unnest($6::text[], $7::text[]) as v(id, at)
         on conflict (id) do update set updated_at = excluded.updated_at returning 1),
       t as (insert into terms (term, df, touched) select v.term, v.df, (select max(n) from seq) from unnest($8::text[], $9::int[]) as v(term, df)
         on conflict (term) do update set df = terms.df + excluded.df, touched = excluded.touched returning 1)
       select (select count(*) from a) as a, (select count(*) from e) as e, (select count(*) from t) as t`,
      [
        done.map((d) => d.key),
        done.map((d) => assigner.store.get(d.id)!.event),
        done.map((d) => d.copyOf),
        done.map((d) => d.fp),
        done.map((d) => d.at),
        evs.map(([id]) => id),
        evs.map(([, at]) => at),
        terms,
        terms.map((t) => df.get(t)!),
      ],
    );
  if (!merges.length) {
    await write(db);
    return;
  }
  await db.transaction(async (tx) => {
    await write(tx);
    // Merges in the order they happened, for the articles of earlier batches.
    for (const m of merges) {
      await tx.query('update articles set event = $2 where event = $1', [m.drop, m.into]);
      await tx.query('update events set merged_into = $2, updated_at = $3 where id = $1', [m.drop, m.into, m.at]);
    }
  });
}
