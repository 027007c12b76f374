// Extracted pages waiting to be written: one multi-row update for many articles instead of one statement each (a
// statement an article, its 12 kB body and its claims, was a quarter of the embedded store's time in the bench). A
// page not yet written when the process stops is still `pending` in the store and is fetched again: nothing is lost.
import type { Db } from './db.js';

export interface StoredUpdate {
  key: string;
  attempts: number;
  error: string | null;
  kind: 'excerpt' | 'full';
  title: string;
  outlet: string | null;
  domain: string | null;
  published: string | null;
  publishedFrom: string;
  lang: string | null;
  byline: string | null;
  body: string;
  storedAt: string;
  /** JSON text. */
  claims: string;
  id: string;
  url: string | null;
  /** JSON text. */
  raw: string;
}

/** Rows written per statement. */
const FLUSH_AT = 32;
/** Pages a pass holds for assignment before it writes them as stored instead (about 20 kB each). */
export const HOLD_MAX = 1000;

export class StoredWrites {
  private rows: StoredUpdate[] = [];
  private held: StoredUpdate[] | null;
  /** Rows written as stored (not held). */
  written = 0;

  /** `hold`: keep the pages for the pass's assignment, which writes each once with its event (assign-write.ts),
   * unless more than HOLD_MAX come: then all are written as stored and assigned from the store. */
  constructor(
    private readonly db: Pick<Db, 'query'>,
    hold = false,
  ) {
    this.held = hold ? [] : null;
  }

  /** The pages held for assignment (none once they overflowed and were written). */
  get kept(): readonly StoredUpdate[] {
    return this.held ?? [];
  }

  async add(row: StoredUpdate): Promise<void> {
    if (this.held && this.held.length < HOLD_MAX) {
      this.held.push(row);
      return;
    }
    if (this.held) {
      this.rows.push(...this.held);
      this.held = null;
    }
    this.rows.push(row);
    if (this.rows.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    // Taken at once: pages finishing while a write is under way start the next batch.
    const rows = this.rows.splice(0);
    if (!rows.length) return;
    this.written += rows.length;
    const col = <K extends keyof StoredUpdate>(k: K) => rows.map((r) => r[k]);
    await this.db.query(
      `update articles a set status = 'stored', attempts = v.attempts, last_error = v.error, kind = v.kind, title = v.title, outlet = v.outlet,
         domain = v.domain, published = v.published::timestamptz, published_source = v.published_from, lang = v.lang, byline = v.byline,
         body = v.body, stored_at = v.stored_at::timestamptz, claims = v.claims::jsonb, id = v.id, url = v.url, raw = v.raw::jsonb
       from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])
         as v(key, attempts, error, kind, title, outlet, domain, published, published_from, lang, byline, body, stored_at, claims, id, url, raw)
       where a.key = v.key`,
      [
        col('key'),
        col('attempts'),
        col('error'),
        col('kind'),
        col('title'),
        col('outlet'),
        col('domain'),
        col('published'),
        col('publishedFrom'),
        col('lang'),
        col('byline'),
        col('body'),
        col('storedAt'),
        col('claims'),
        col('id'),
        col('url'),
        col('raw'),
      ],
    );
  }
}
