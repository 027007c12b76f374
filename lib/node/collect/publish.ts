// `publish`: the live index (events within the retention window) as a signed manifest, a snapshot when due, and a
// delta of what changed since the last publish. Deterministic: the same database (and clock) gives the same bytes;
// published files are kept in the database (composed deltas are made from the stored chain), so publishing again
// without changes rewrites the same files. Per publish the work follows what changed: articles' records, the terms
// and the chain's last deltas are kept decoded between publishes, and only files the folder lacks are written.
import { createHash, type KeyObject } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { serializeDelta } from '../../updates/delta.js';
import { manifestFileNames, unverifiedManifest, UPDATES_VERSION, type DeltaRef, type Manifest } from '../../updates/format.js';
import { toIndex } from '../../updates/live-state.js';
import { PUBLISHED_CLAIMS } from '../../collect/published-claims.js';
import type { Db } from './db.js';
import { diff, keyed, publishedKey } from './publish-diff.js';
import { composeSince, deltaLines, pruneComposed, type ComposeCache } from './publish-compose.js';
import { LiveCache } from './publish-state.js';
import { storeFile, writeOut } from './publish-files.js';
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
  /** Composed deltas "since N" for the last this many sequences (default 12: an hour of 5-minute publishes). */
  composeSpan?: number;
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

/** What a publisher keeps between publishes of one process: the live articles' records (publish-state.ts) and what
 * readers hold after its last publish (the `published` table, valid while no other process has published since). */
interface Kept {
  live: Map<number, LiveCache>;
  published: { seq: number; hashes: Map<string, string> } | null;
  /** The chain's last deltas, decoded (publish-compose.ts). */
  composing: ComposeCache;
  /** Whether composed files an earlier collector stored were removed. */
  pruned?: boolean;
}
const kept = new WeakMap<Db, Kept>();
const keptFor = (db: Db) => kept.get(db) ?? kept.set(db, { live: new Map(), published: null, composing: new Map() }).get(db)!;

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
  const [{ upto } = { upto: null }] = await db.query<{ upto: number | null }>(
    `select max(assigned_seq) as upto from articles where status = 'stored'`,
  );
  if (last && Number(last.assigned_upto ?? -1) === Number(upto ?? -1)) {
    const cut = (d: Date) => new Date(d.getTime() - retentionDays * 86_400_000);
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      `select count(*)::int as n from (select event, max(coalesce(published, first_seen)) as last from articles where status = 'stored' and event is not null group by event) e where e.last >= $1 and e.last < $2`,
      [cut(new Date(last.created_at)), cut(now)],
    );
    if (Number(n) === 0) return unchanged(last);
  }
  const mine = keptFor(db);
  const claims = opts.claimsPerArticle ?? PUBLISHED_CLAIMS;
  const live = mine.live.get(claims) ?? mine.live.set(claims, new LiveCache(claims)).get(claims)!;
  const state = await live.state(db, now, retentionDays);
  // A chain written in an earlier format version (other article ids) is not continued: a new snapshot starts one.
  const prev = last && unverifiedManifest(last.manifest).version === UPDATES_VERSION ? unverifiedManifest(last.manifest) : null;
  let before = new Map<string, string>();
  if (prev && mine.published?.seq === Number(last!.seq)) before = mine.published.hashes;
  else if (prev)
    for (const r of await db.query<{ k: string; id: string; hash: string }>('select k, id, hash from published'))
      before.set(publishedKey(r.k, r.id), r.hash);
  const { puts, dels, ops, added } = diff(before, keyed(state));
  if (prev && !ops.length) return unchanged(last!);

  const sequence = (last ? Number(last.seq) : 0) + 1;
  const createdAt = now.toISOString();
  let delta: DeltaRef | null = null;
  let chain: DeltaRef[] = prev?.deltas ?? [];
  /** The files this publish makes, to write out without reading them back from the store. */
  const fresh = new Map<string, Uint8Array>();
  if (prev) {
    const text = serializeDelta(
      { from: sequence - 1, to: sequence },
      ops.map((o) => o.op),
      (id) => before.has(publishedKey('a', id)),
    );
    const bytes = gzipSync(text, { level: 9 });
    const removed = dels.filter((o) => o.k === 'a').length;
    delta = {
      file: manifestFileNames.delta(sequence),
      size: bytes.length,
      sha256: sha256(bytes),
      from: sequence - 1,
      to: sequence,
      articlesAdded: added,
      articlesRemoved: removed,
    };
    await storeFile(db, delta.file, bytes);
    fresh.set(delta.file, bytes);
    mine.composing.set(delta.file, { sha256: delta.sha256, lines: deltaLines(text) });
    chain = [...chain, delta].slice(-(opts.maxDeltas ?? 168));
  }
  const composed = await composeSince(db, chain, opts.composeSpan ?? 12, mine.composing, fresh);
  // A new snapshot when there is none, or when the chain since the last one outweighs half of it.
  let snapshot = prev?.snapshot ?? null;
  const since = snapshot ? chain.filter((d) => d.from >= snapshot!.sequence).reduce((s, d) => s + d.size, 0) : 0;
  const made = !snapshot || since > snapshot.size / 2 || (chain[0] && chain[0].from > snapshot.sequence);
  if (made) {
    const { header, records } = await toIndex(state, {
      description: `${opts.publisher?.name ?? 'Parallax collector'}: live coverage, sequence ${sequence}`,
      builtAt: createdAt,
    });
    const text = `${JSON.stringify(header)}\n${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const bytes = gzipSync(text, { level: 9 });
    snapshot = { file: manifestFileNames.snapshot(sequence), size: bytes.length, sha256: sha256(bytes), sequence };
    await storeFile(db, snapshot.file, bytes);
    fresh.set(snapshot.file, bytes);
  }
  const manifest: Manifest = {
    format: 'parallax-updates',
    version: UPDATES_VERSION,
    publisher: opts.publisher ?? {
      name: 'Parallax collector',
      description: "Coverage collected from outlets' public feeds.",
      url: null,
    },
    sequence,
    createdAt,
    expiresAt: new Date(now.getTime() + (opts.expiresHours ?? 48) * 3600_000).toISOString(),
    retentionDays,
    snapshot: snapshot!,
    deltas: chain,
    ...(composed.length ? { composed } : {}),
    stats: state.stats(),
  };
  const manifestText = await signManifest(manifest, opts.key);
  await db.transaction(async (tx) => {
    if (!prev) await tx.query('delete from published');
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
      [
        sequence,
        now,
        snapshot!.sequence,
        manifestText,
        delta?.file ?? null,
        delta?.size ?? null,
        delta?.sha256 ?? null,
        delta?.articlesAdded ?? state.articles.size,
        delta?.articlesRemoved ?? 0,
        upto,
      ],
    );
  });
  for (const o of dels) before.delete(publishedKey(o.k, o.id));
  for (const p of puts) before.set(publishedKey(p.k, p.id), p.hash);
  mine.published = { seq: sequence, hashes: before };
  const previous = prev?.composed?.map((c) => c.file) ?? [];
  if (!mine.pruned) await pruneComposed(db);
  mine.pruned = true;
  await writeOut(db, opts.outDir, manifestText, previous, fresh);
  return { sequence, changed: true, manifest, delta, snapshot: !!made };
}
