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

type StoredRow = Pick<ArticleRow, 'key' | 'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'byline' | 'body' | 'claims' | 'raw'>;


/** Rebuild the live store from what was assigned before (a restart, or `collect --once` run from cron). */
export async function loadAssigner(db: Db, retentionDays: number, now: Date): Promise<EventAssigner> {
  const store = new LiveStore();
  const since = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db.query<Pick<ArticleRow, 'id' | 'url' | 'title' | 'outlet' | 'domain' | 'published' | 'lang' | 'event' | 'copy_of' | 'fp'>>(
    `select id, url, title, outlet, domain, published, lang, event, copy_of, fp from articles
     where event is not null and status = 'stored' and (published is null or published >= $1) order by assigned_seq`,
    [since],
  );
  for (const t of await db.query<{ term: string; df: number }>('select term, df from terms')) store.dfMap.set(t.term, t.df);
  for (const r of rows) {
    store.add({ k: 'a', id: r.id, url: r.url, title: r.title, outlet: r.outlet, domain: r.domain, published: isoOf(r.published), lang: r.lang, event: r.event, copyOf: r.copy_of, from: null, fp: jsonOf(r.fp)!, claims: [] }, r.title);
  }
  return new EventAssigner(store);
}

/** Assign every stored, unassigned article, oldest first. */
export async function assignPending(db: Db, assigner: EventAssigner, now: () => Date): Promise<AssignReport> {
  const report: AssignReport = { assigned: 0, created: 0, joined: 0, merged: 0, copies: 0 };
  for (;;) {
    const rows = await db.query<StoredRow>(
      `select key, id, url, title, outlet, domain, published, lang, byline, body, claims, raw from articles
       where status = 'stored' and event is null order by published nulls last, key limit 500`,
    );
    if (!rows.length) return report;
    for (const r of rows) {
      const raw = jsonOf(r.raw) ?? {};
      const article: Article = {
        id: r.id, title: r.title, text: r.body ?? '', byline: r.byline, siteName: raw.siteName ?? null, outlet: r.outlet,
        domain: r.domain, url: r.url, published: isoOf(r.published), lang: r.lang, republishedFrom: raw.republishedFrom ?? null,
      };
      const features = analyzeText(article);
      const a = await assigner.assign(article, features, jsonOf(r.claims) ?? []);
      report.assigned++;
      if (a.created) report.created++;
      else report.joined++;
      if (a.copyOf) report.copies++;
      report.merged += a.merged.length;
      const at = now();
      await db.transaction(async (tx) => {
        await tx.query(
          `update articles set event = $2, copy_of = $3, fp = $4, assigned_at = $5, assigned_seq = nextval('assign_seq') where key = $1`,
          [r.key, a.event, a.copyOf, JSON.stringify(a.record.fp), at],
        );
        await tx.query(`insert into events (id, created_at, updated_at) values ($1,$2,$2) on conflict (id) do update set updated_at = excluded.updated_at`, [a.event, at]);
        for (const drop of a.merged) {
          await tx.query('update articles set event = $2 where event = $1', [drop, a.event]);
          await tx.query('update events set merged_into = $2, updated_at = $3 where id = $1', [drop, a.event, at]);
        }
        const terms = [...features.tf.keys()];
        if (terms.length) {
          await tx.query(`insert into terms (term, df) select t, 1 from unnest($1::text[]) as t on conflict (term) do update set df = terms.df + 1`, [terms]);
        }
      });
    }
  }
}
