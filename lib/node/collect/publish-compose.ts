// Composed deltas ("since N"): for each of the last few sequences, one file taking a reader from it to the newest,
// so a reader who checks hourly downloads one file where the chain has twelve. Each file is the chain's deltas
// folded (the last operation on a record wins); a format 3 line says whether a reader at the delta's start held the
// article ("u") or not ("a"), so the fold knows what a reader at the composed start holds: deleting an article it
// never had is left out, and the articles added and removed are counted exactly. Deterministic: the same chain gives
// the same bytes.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeLine } from '../../updates/delta-lines.js';
import { serializeDelta } from '../../updates/delta.js';
import { manifestFileNames, type DeltaOp, type DeltaRef } from '../../updates/format.js';
import type { Db } from './db.js';

const KIND_ORDER: Record<string, number> = { o: 0, s: 1, e: 2, a: 3, t: 4 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A record's kind and id, as publish-diff.ts keys them. */
function keyOf(op: DeltaOp): { k: string; id: string } {
  if (op.op === 'df') return { k: 't', id: op.t };
  if (op.k === 'o') return { k: 'o', id: `${op.name}\u001f${op.domain ?? ''}` };
  return { k: op.k, id: op.id };
}

/** Where an article put sorts among a composed delta's: by publication day, then event, then id. An event's articles
 * share their words, and gzip finds a repeat only within 32 kB: side by side, the collector bench's day as one delta
 * was 6% smaller than in id order. (A reader's apply numbers what it appends by day whatever the order.) */
const groupOf = (op: DeltaOp): string =>
  op.op === 'put' && op.k === 'a' ? `${op.published?.slice(0, 10) ?? '\uffff'}\u0001${op.event}` : '';

/** A delta line's tag (format 3: "a" for an article the reader at the delta's start lacks) and its operations. */
export type DeltaLine = { tag: unknown; ops: DeltaOp[] };

/** A delta file's text (format 3) as its lines, decoded. */
export function deltaLines(text: string): DeltaLine[] {
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const raw = JSON.parse(line) as unknown[];
      return { tag: raw[0], ops: decodeLine(raw) };
    });
}

/** Deltas folded newest first: add() takes the delta before the ones already added. */
export class Fold {
  private readonly last = new Map<string, { k: string; id: string; op: DeltaOp }>();
  /** Articles the fold's start holds (true) or not (false), from each article's first line in the span. */
  private readonly heldAtStart = new Map<string, boolean>();

  /** One delta file's text (format 3), earlier than every one added so far. */
  add(text: string): void {
    this.addLines(deltaLines(text));
  }

  /** One delta file's lines, as deltaLines reads them. */
  addLines(lines: readonly DeltaLine[]): void {
    for (const { tag, ops } of lines) {
      for (const op of ops) {
        const key = keyOf(op);
        const slot = `${key.k}\u0001${key.id}`;
        if (!this.last.has(slot)) this.last.set(slot, { ...key, op });
        if (key.k === 'a') this.heldAtStart.set(key.id, tag !== 'a');
      }
    }
  }

  /** The fold as a delta from `from` to `to`, with the articles it adds and removes. */
  delta(from: number, to: number): { text: string; added: number; removed: number } {
    const ops = [...this.last.values()].filter((o) => !(o.k === 'a' && o.op.op === 'del' && !this.heldAtStart.get(o.id)));
    ops.sort(
      (a, b) =>
        Number(b.op.op === 'del') - Number(a.op.op === 'del') ||
        KIND_ORDER[a.k]! - KIND_ORDER[b.k]! ||
        cmp(groupOf(a.op), groupOf(b.op)) ||
        cmp(a.id, b.id),
    );
    const held = (id: string) => this.heldAtStart.get(id) === true;
    const articles = ops.filter((o) => o.k === 'a');
    return {
      text: serializeDelta(
        { from, to },
        ops.map((o) => o.op),
        held,
      ),
      added: articles.filter((o) => o.op.op === 'put' && !held(o.id)).length,
      removed: articles.filter((o) => o.op.op === 'del').length,
    };
  }
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Decoded chain deltas by file name (with the hash that names their bytes), kept between publishes of one process:
 * the files a publish composes are the last few of the chain, all but the newest decoded by an earlier publish
 * (reading them from the store, gunzipping and decoding them again was most of what composing cost). */
export type ComposeCache = Map<string, { sha256: string; lines: DeltaLine[] }>;

/** Composed deltas from each of the last `span` sequences of the chain (but the newest's own) to its end, their bytes
 * put in `made`. They are not stored: each is made again from the stored chain when a folder lacks it (writeOut);
 * storing eleven new files at every publish was the largest statement of a 5-minute publish. */
export async function composeSince(
  db: Db,
  chain: readonly DeltaRef[],
  span: number,
  cache: ComposeCache = new Map(),
  made?: Map<string, Uint8Array>,
): Promise<DeltaRef[]> {
  const tail = chain.slice(-span);
  for (const name of [...cache.keys()]) if (!tail.some((d) => d.file === name)) cache.delete(name);
  if (tail.length < 2) return [];
  const missing = tail.filter((d) => cache.get(d.file)?.sha256 !== d.sha256).map((d) => d.file);
  const rows = missing.length
    ? await db.query<{ name: string; bytes: Uint8Array }>('select name, bytes from files where name = any($1)', [missing])
    : [];
  for (const r of rows) {
    const ref = tail.find((d) => d.file === r.name)!;
    cache.set(r.name, { sha256: ref.sha256, lines: deltaLines(gunzipSync(r.bytes).toString('utf8')) });
  }
  const to = tail.at(-1)!.to;
  const fold = new Fold();
  const out: DeltaRef[] = [];
  for (let i = tail.length - 1; i >= 0; i--) {
    const d = tail[i]!;
    const lines = cache.get(d.file)?.lines;
    if (!lines) throw new Error(`the store lacks ${d.file}, named by the chain`);
    fold.addLines(lines);
    if (i === tail.length - 1) continue;
    const { text, added, removed } = fold.delta(d.from, to);
    const gz = gzipSync(text, { level: 9 });
    const ref = {
      file: manifestFileNames.composed(d.from, to),
      size: gz.length,
      sha256: sha256(gz),
      from: d.from,
      to,
      articlesAdded: added,
      articlesRemoved: removed,
    };
    made?.set(ref.file, gz);
    out.push(ref);
  }
  return out.reverse();
}

/** Composed files an earlier collector kept in the store (it stored them at every publish): they are made from the
 * chain now, so they leave. */
export async function pruneComposed(db: Db): Promise<void> {
  await db.query(`delete from files where name ~ '^delta-[0-9]+-[0-9]+[.]ndjson[.]gz$'`);
}
