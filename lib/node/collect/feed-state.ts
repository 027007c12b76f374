// What each poll of a feed leaves in `feed_state` (validators, failures and backoff, items seen), written for all
// feeds of a pass or job in two multi-row upserts at its end: an upsert a feed was most of a 5-minute pass's time in
// the embedded store (12 feeds, one new article). A state not written before a stop only means the feed is polled
// again without its validators; its items are known and recorded once.
import type { Db } from './db.js';

export interface FeedOk {
  url: string;
  at: string;
  etag: string | null;
  lastModified: string | null;
  items: number;
  fresh: number;
  format: string | null;
}

export interface FeedFailed {
  url: string;
  at: string;
  failures: number;
  next: string;
  error: string;
  kind: string;
  status: number | null;
}

export class FeedStates {
  private readonly ok = new Map<string, FeedOk>();
  private readonly failed = new Map<string, FeedFailed>();
  constructor(private readonly db: Pick<Db, 'query'>) {}

  polled(st: FeedOk): void {
    this.failed.delete(st.url);
    this.ok.set(st.url, st);
  }

  failedWith(st: FeedFailed): void {
    this.ok.delete(st.url);
    this.failed.set(st.url, st);
  }

  async flush(): Promise<void> {
    const ok = [...this.ok.values()];
    const failed = [...this.failed.values()];
    this.ok.clear();
    this.failed.clear();
    if (ok.length) {
      const col = <K extends keyof FeedOk>(k: K) => ok.map((r) => r[k]);
      await this.db.query(
        `insert into feed_state (url, etag, last_modified, last_fetch_at, last_ok_at, last_new_at, failures, next_fetch_at, items_seen, format, last_error, last_error_kind, last_status)
         select url, etag, lm, at::timestamptz, at::timestamptz, case when fresh > 0 then at::timestamptz end, 0, null, items, format, null, null, 200
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[]) as v(url, etag, lm, at, items, fresh, format)
         on conflict (url) do update set etag = excluded.etag,
         last_modified = excluded.last_modified, last_fetch_at = excluded.last_fetch_at, last_ok_at = excluded.last_ok_at,
         last_new_at = coalesce(excluded.last_new_at, feed_state.last_new_at), failures = 0, next_fetch_at = null,
         items_seen = feed_state.items_seen + excluded.items_seen, format = coalesce(excluded.format, feed_state.format),
         last_error = null, last_error_kind = null, last_status = 200`,
        [col('url'), col('etag'), col('lastModified'), col('at'), col('items'), col('fresh'), col('format')],
      );
    }
    if (failed.length) {
      const col = <K extends keyof FeedFailed>(k: K) => failed.map((r) => r[k]);
      await this.db.query(
        `insert into feed_state (url, last_fetch_at, failures, next_fetch_at, last_error, last_error_kind, last_status)
         select url, at::timestamptz, failures, next::timestamptz, error, kind, status
         from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[]) as v(url, at, failures, next, error, kind, status)
         on conflict (url) do update set last_fetch_at = excluded.last_fetch_at,
         failures = excluded.failures, next_fetch_at = excluded.next_fetch_at, last_error = excluded.last_error,
         last_error_kind = excluded.last_error_kind, last_status = excluded.last_status`,
        [col('url'), col('at'), col('failures'), col('next'), col('error'), col('kind'), col('status')],
      );
    }
  }
}
