// The collector's store: an embedded PostgreSQL (PGlite, a folder on disk, no server) by default, or a PostgreSQL
// server (postgres:// URL) when several collectors share one store. One SQL dialect for both; the schema is created
// on open and versioned in `meta`.
import { mkdirSync } from 'node:fs';
import type { ExtractedClaim } from '../../claims/index.js';
import type { Fingerprint } from '../../index/format.js';

export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Run fn in one transaction; the handle it gets is only for that transaction. */
  transaction<T>(fn: (tx: Pick<Db, 'query' | 'exec'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'embedded' (PGlite) or 'server'. */
  readonly kind: 'embedded' | 'server';
  /** The server's connection string, for a job queue on the same database (null when embedded). */
  readonly url: string | null;
}

export const SCHEMA_VERSION = 1;

/** Columns of `articles` as the collector reads them back (timestamps as Date or text, jsonb parsed or as text). */
export interface ArticleRow {
  key: string;
  id: string;
  url: string;
  title: string;
  outlet: string | null;
  domain: string | null;
  published: Date | string | null;
  lang: string | null;
  byline: string | null;
  body: string | null;
  event: string;
  copy_of: string | null;
  fp: Fingerprint | string;
  claims: ExtractedClaim[] | string | null;
  raw: { siteName?: string | null; republishedFrom?: string | null } | string | null;
}

/** A timestamp column as ISO text: PGlite and pg return Date objects, text when a query casts. */
export const isoOf = (v: Date | string | null): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();
/** A jsonb column as a value: pg and PGlite parse it, a text column holds it as JSON. */
export const jsonOf = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const SCHEMA = `
create table if not exists meta (key text primary key, value text not null);
create table if not exists sources (
  url text primary key, kind text not null, title text not null, site text, outlet text, language text, grp text,
  active boolean not null default true, added_at timestamptz not null default now());
create table if not exists feed_state (
  url text primary key, etag text, last_modified text, last_fetch_at timestamptz, last_ok_at timestamptz,
  last_new_at timestamptz, failures integer not null default 0, next_fetch_at timestamptz, last_error text,
  last_error_kind text, last_status integer, items_seen bigint not null default 0, format text);
create table if not exists items (
  source text not null, guid text not null, article_key text not null, seen_at timestamptz not null,
  primary key (source, guid));
create table if not exists articles (
  key text primary key, id text not null unique, url text not null, source text, feed_title text, feed_summary text,
  feed_published timestamptz, feed_author text, feed_language text,
  status text not null default 'pending', attempts integer not null default 0, next_attempt_at timestamptz,
  last_error text, first_seen timestamptz not null,
  kind text, title text, outlet text, domain text, published timestamptz, published_source text, lang text,
  byline text, body text, stored_at timestamptz, claims jsonb, raw jsonb, fp jsonb,
  event text, copy_of text, assigned_at timestamptz, assigned_seq bigint);
create index if not exists articles_status on articles (status, next_attempt_at);
create index if not exists articles_event on articles (event);
create index if not exists articles_assigned on articles (assigned_seq);
-- The assigner's queue (stored, not yet assigned): without it every pass scanned all stored articles.
create index if not exists articles_unassigned on articles (published, key) where status = 'stored' and event is null;
create table if not exists events (
  id text primary key, created_at timestamptz not null, updated_at timestamptz not null, merged_into text);
create table if not exists terms (term text primary key, df integer not null);
-- The assignment sequence that last raised a term's df: a publisher reads only the terms touched since its last read.
alter table terms add column if not exists touched bigint;
create table if not exists published (k text not null, id text not null, hash text not null, primary key (k, id));
create table if not exists publishes (
  seq bigint primary key, created_at timestamptz not null, snapshot_seq bigint not null, manifest text not null,
  delta_file text, delta_size bigint, delta_sha256 text, articles_added integer not null, articles_removed integer not null,
  assigned_upto bigint);
create table if not exists files (name text primary key, bytes bytea not null);
-- Published files are gzipped: compressing them again on the way into the table was most of what storing them cost.
alter table files alter column bytes set storage external;
create sequence if not exists assign_seq;
-- The claims a publisher chose to send of an article (published-claims.ts) and the hash of what the choice looked at
-- (claim-choice.ts): a publish run from cron, in a new process each time, reads the choice instead of making it again.
-- Text, not jsonb: jsonb reorders an object's keys, and a record's bytes are its JSON.
alter table articles add column if not exists pub_claims text;
alter table articles add column if not exists pub_context text;
`;

/** Columns of the articles `ids`, a thousand ids a statement. */
export async function articlesById<T>(db: Pick<Db, 'query'>, columns: string, ids: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 1000)
    out.push(...(await db.query<T>(`select ${columns} from articles where id = any($1)`, [ids.slice(i, i + 1000)])));
  return out;
}

async function migrate(db: Db): Promise<void> {
  await db.exec(SCHEMA);
  await db.query(`insert into meta (key, value) values ('schema', $1) on conflict (key) do nothing`, [String(SCHEMA_VERSION)]);
  const [row] = await db.query<{ value: string }>(`select value from meta where key = 'schema'`);
  if (Number(row?.value) > SCHEMA_VERSION)
    throw new Error(`the store was written by a newer collector (schema ${row?.value}); this one reads ${SCHEMA_VERSION}`);
}

/** Open a store: a postgres:// URL for a server, anything else is a folder for the embedded database. */
export async function openDb(target: string): Promise<Db> {
  const db = /^postgres(ql)?:\/\//i.test(target) ? await openServer(target) : await openEmbedded(target);
  await migrate(db);
  return db;
}

async function openEmbedded(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  let pg;
  try {
    pg = await PGlite.create(dir);
  } catch (err) {
    throw new Error(
      `cannot open the store in ${dir}: ${err instanceof Error ? err.message : String(err)} (another collector may hold it; the embedded store takes one process at a time)`,
    );
  }
  type Q = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (sql: string) => Promise<unknown> };
  const wrap = (q: Q): Pick<Db, 'query' | 'exec'> => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    kind: 'embedded',
    url: null,
  };
}

async function openServer(url: string): Promise<Db> {
  const { default: pgmod } = await import('pg');
  // timestamptz and bigint as text: the same values PGlite gives (ISO strings are compared and parsed by the caller).
  pgmod.types.setTypeParser(1184, (v: string) => new Date(v));
  pgmod.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pgmod.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {
    // An idle client lost its server; the next query reports the failure.
  });
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end();
    throw new Error(`cannot reach the PostgreSQL server: ${err instanceof Error ? err.message : String(err)}`);
  }
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const out = await fn({
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('commit');
        return out;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    kind: 'server',
    url,
  };
}
