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

/** A stored page's columns, as both writes set them (here, and with the page's assignment in assign-write.ts):
 * field, column, type. Each travels as a text[] parameter (int[] for attempts), cast per column. */
export const STORED_COLUMNS = [
  ['attempts', 'attempts', 'int'],
  ['error', 'last_error', 'text'],
  ['kind', 'kind', 'text'],
  ['title', 'title', 'text'],
  ['outlet', 'outlet', 'text'],
  ['domain', 'domain', 'text'],
  ['published', 'published', 'timestamptz'],
  ['publishedFrom', 'published_source', 'text'],
  ['lang', 'lang', 'text'],
  ['byline', 'byline', 'text'],
  ['body', 'body', 'text'],
  ['storedAt', 'stored_at', 'timestamptz'],
  ['claims', 'claims', 'jsonb'],
  ['id', 'id', 'text'],
  ['url', 'url', 'text'],
  ['raw', 'raw', 'jsonb'],
] as const;
type StoredColumn = (typeof STORED_COLUMNS)[number];

/** The array type a stored column's parameter travels as. */
export const arrayType = ([, , type]: StoredColumn): 'int' | 'text' => (type === 'int' ? 'int' : 'text');

/** `column = <rows>.column`, cast where its parameter is text, for every stored column. */
export const storedSet = (rows: string): string =>
  STORED_COLUMNS.map(([, col, type]) => `${col} = ${rows}.${col}${type === 'text' || type === 'int' ? '' : `::${type}`}`).join(
    ', ',
  );

/** One parameter per stored column, in STORED_COLUMNS' order. */
export const storedParams = (rows: readonly StoredUpdate[]): unknown[][] =>
  STORED_COLUMNS.map(([field]) => rows.map((r) => r[field]));

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
    const types = ['text', ...STORED_COLUMNS.map(arrayType)];
    await this.db.query(
      `update articles a set status = 'stored', ${storedSet('v')}
       from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) as v(key, ${STORED_COLUMNS.map(([, col]) => col).join(', ')})
       where a.key = v.key`,
      [rows.map((r) => r.key), ...storedParams(rows)],
    );
  }
}
