// `publish`: the live index (events within the retention window) as a signed manifest, a snapshot when due, and a
// delta of what changed since the last publish. Deterministic: the same database (and clock) gives the same bytes;
// published files are kept in the database, so publishing again without changes rewrites the same files.
import { createHash, type KeyObject } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serializeDelta } from '../../updates/delta.js';
import { manifestFileNames, unverifiedManifest, type DeltaOp, type DeltaRef, type Manifest } from '../../updates/format.js';
import { toIndex, type LiveState } from '../../updates/live-state.js';
import type { Db } from './db.js';
import { currentState, DF_MIN } from './live.js';
import { signManifest } from './signing.js';

export interface PublishOptions {
  db: Db;
  outDir: string;
  key: KeyObject;
  now: Date;
  retentionDays?: number;
  expiresHours?: number;
  /** Claims published per article (default PUBLISHED_CLAIMS); the store keeps them all. */
  claimsPerArticle?: number;
  /** Deltas kept in the chain; older readers load the snapshot. */
  maxDeltas?: number;
  publisher?: Manifest['publisher'];
}

export interface PublishResult {
  sequence: number;
  changed: boolean;
  manifest: Manifest;
  delta: DeltaRef | null;
  snapshot: boolean;
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A term's df is resent when it moved by a quarter: its weight (log(1 + N/df)) then moves by about 0.2 of 5 to 10.
 * In a bench of 5-minute deltas sending every df step (10% buckets from 2) was two thirds of the bytes. */
const dfBucket = (df: number) => Math.floor(Math.log(df) / Math.log(1.25));

type Keyed = { k: string; id: string; hash: string; op: DeltaOp };

function keyed(state: LiveState): Keyed[] {
  const out: Keyed[] = [];
  const put = (k: string, id: string, rec: object) => {
    const op = { op: 'put', ...rec } as DeltaOp;
    out.push({ k, id, hash: sha256(JSON.stringify(op)), op });
  };
  // An outlet is sent when it first appears: its article count is recounted by every reader (toIndex), and sending
  // it again with each new article was 83 B an article of 5-minute deltas.
  for (const [key, o] of state.outlets) {
    const op = { op: 'put', ...o } as DeltaOp;
    out.push({ k: 'o', id: key, hash: sha256(JSON.stringify({ name: o.name, domain: o.domain })), op });
  }
  for (const s of state.stories.values()) put('s', s.id, s);
  for (const e of state.events.values()) put('e', e.id, e);
  for (const a of state.articles.values()) put('a', a.id, a);
  for (const [t, df] of state.df) if (df >= DF_MIN) out.push({ k: 't', id: t, hash: String(dfBucket(df)), op: { op: 'df', t, df } });
  return out;
}

function deleteOp(k: string, id: string): DeltaOp {
  if (k === 't') return { op: 'df', t: id, df: 0 };
  if (k === 'o') {
    const [name, domain] = id.split('\u001f');
    return { op: 'del', k: 'o', name: name!, domain: domain || null };
  }
  return { op: 'del', k: k as 'a' | 'e' | 's', id };
}

const KIND_ORDER: Record<string, number> = { o: 0, s: 1, e: 2, a: 3, t: 4 };

async function storeFile(db: Db, name: string, bytes: Uint8Array): Promise<void> {
  await db.query('insert into files (name, bytes) values ($1, $2) on conflict (name) do nothing', [name, Buffer.from(bytes)]);
}

function writeAtomic(dir: string, name: string, bytes: Uint8Array | string): void {
  const tmp = join(dir, `.${name}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(dir, name));
}

/** Write every file the latest manifest names, then the manifest (last, so a reader never sees it before them). */
async function writeOut(db: Db, outDir: string, manifestText: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const m = unverifiedManifest(manifestText);
  const names = [m.snapshot.file, ...m.deltas.map((d) => d.file)];
  for (const name of names) {
    const [row] = await db.query<{ bytes: Uint8Array }>('select bytes from files where name = $1', [name]);
    if (!row) throw new Error(`the store lacks ${name}, named by manifest ${m.sequence}`);
    writeAtomic(outDir, name, row.bytes);
  }
  writeAtomic(outDir, manifestFileNames.manifest, manifestText);
}

export async function publish(opts: PublishOptions): Promise<PublishResult> {
  const { db, now } = opts;
  const retentionDays = opts.retentionDays ?? 30;
  const [last] = await db.query<{ seq: number; manifest: string; created_at: Date | string; assigned_upto: number | null }>(
    'select seq, manifest, created_at, assigned_upto from publishes order by seq desc limit 1',
  );
  const unchanged = async (l: typeof last & object): Promise<PublishResult> => {
    await writeOut(db, opts.outDir, l.manifest);
    return { sequence: Number(l.seq), changed: false, manifest: unverifiedManifest(l.manifest), delta: null, snapshot: false };
  };
  // Nothing assigned since the last publish, and no event crossed the retention cut since: the same state, so the
  // same files (the full state is not recomputed for it).
  const [{ upto } = { upto: null }] = await db.query<{ upto: number | null }>(`select max(assigned_seq) as upto from articles where status = 'stored'`);
  if (last && Number(last.assigned_upto ?? -1) === Number(upto ?? -1)) {
    const cut = (d: Date) => new Date(d.getTime() - retentionDays * 86_400_000);
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      `select count(*)::int as n from (select event, max(coalesce(published, first_seen)) as last from articles where status = 'stored' and event is not null group by event) e where e.last >= $1 and e.last < $2`,
      [cut(new Date(last.created_at)), cut(now)],
    );
    if (Number(n) === 0) return unchanged(last);
  }
  const state = await currentState(db, now, retentionDays, opts.claimsPerArticle);
  const before = new Map((await db.query<{ k: string; id: string; hash: string }>('select k, id, hash from published')).map((r) => [`${r.k}\u0001${r.id}`, r.hash]));
  const current = keyed(state);
  const live = new Set(current.map((c) => `${c.k}\u0001${c.id}`));
  // Records whose hash moved are put again; records readers hold that left the state are deleted.
  const puts = current.filter((c) => before.get(`${c.k}\u0001${c.id}`) !== c.hash);
  const dels = [...before.keys()].filter((key) => !live.has(key)).map((key) => {
    const [k, id] = key.split('\u0001') as [string, string];
    return { k, id, op: deleteOp(k, id) };
  });
  const ops: { k: string; id: string; op: DeltaOp }[] = [...puts, ...dels];
  if (last && !ops.length) return unchanged(last);
  ops.sort((a, b) => Number(b.op.op === 'del') - Number(a.op.op === 'del') || KIND_ORDER[a.k]! - KIND_ORDER[b.k]! || cmp(a.id, b.id));

  const sequence = (last ? Number(last.seq) : 0) + 1;
  const createdAt = now.toISOString();
  const prev = last ? unverifiedManifest(last.manifest) : null;
  let delta: DeltaRef | null = null;
  let chain: DeltaRef[] = prev?.deltas ?? [];
  if (prev) {
    const bytes = gzipSync(serializeDelta({ from: sequence - 1, to: sequence, createdAt }, ops.map((o) => o.op)), { level: 9 });
    const added = ops.filter((o) => o.k === 'a' && o.op.op === 'put' && !before.has(`a\u0001${o.id}`)).length;
    const removed = ops.filter((o) => o.k === 'a' && o.op.op === 'del').length;
    delta = { file: manifestFileNames.delta(sequence), size: bytes.length, sha256: sha256(bytes), from: sequence - 1, to: sequence, articlesAdded: added, articlesRemoved: removed };
    await storeFile(db, delta.file, bytes);
    chain = [...chain, delta].slice(-(opts.maxDeltas ?? 168));
  }
  // A new snapshot when there is none, or when the chain since the last one outweighs half of it.
  let snapshot = prev?.snapshot ?? null;
  const since = snapshot ? chain.filter((d) => d.from >= snapshot!.sequence).reduce((s, d) => s + d.size, 0) : 0;
  const made = !snapshot || since > snapshot.size / 2 || (chain[0] && chain[0].from > snapshot.sequence);
  if (made) {
    const { header, records } = await toIndex(state, { description: `${opts.publisher?.name ?? 'Parallax collector'}: live coverage, sequence ${sequence}`, builtAt: createdAt });
    const text = `${JSON.stringify(header)}\n${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const bytes = gzipSync(text, { level: 9 });
    snapshot = { file: manifestFileNames.snapshot(sequence), size: bytes.length, sha256: sha256(bytes), sequence };
    await storeFile(db, snapshot.file, bytes);
  }
  const manifest: Manifest = {
    format: 'parallax-updates',
    version: 1,
    publisher: opts.publisher ?? { name: 'Parallax collector', description: 'Coverage collected from outlets\' public feeds.', url: null },
    sequence,
    createdAt,
    expiresAt: new Date(now.getTime() + (opts.expiresHours ?? 48) * 3600_000).toISOString(),
    retentionDays,
    snapshot: snapshot!,
    deltas: chain,
    stats: state.stats(),
  };
  const manifestText = await signManifest(manifest, opts.key);
  await db.transaction(async (tx) => {
    for (const o of dels) await tx.query('delete from published where k = $1 and id = $2', [o.k, o.id]);
    for (let i = 0; i < puts.length; i += 1000) {
      const chunk = puts.slice(i, i + 1000);
      await tx.query(
        `insert into published (k, id, hash) select * from unnest($1::text[], $2::text[], $3::text[]) on conflict (k, id) do update set hash = excluded.hash`,
        [chunk.map((c) => c.k), chunk.map((c) => c.id), chunk.map((c) => c.hash)],
      );
    }
    await tx.query(
      `insert into publishes (seq, created_at, snapshot_seq, manifest, delta_file, delta_size, delta_sha256, articles_added, articles_removed, assigned_upto)
       values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [sequence, now, snapshot!.sequence, manifestText, delta?.file ?? null, delta?.size ?? null, delta?.sha256 ?? null, delta?.articlesAdded ?? state.articles.size, delta?.articlesRemoved ?? 0, upto],
    );
  });
  await writeOut(db, opts.outDir, manifestText);
  return { sequence, changed: true, manifest, delta, snapshot: !!made };
}
