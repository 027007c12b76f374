// Published files: kept in the store (so publishing again without changes rewrites the same bytes) and written to
// the output folder, each atomically, the manifest last (a reader never sees a manifest before the files it names).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFileNames, unverifiedManifest } from '../../updates/format.js';
import { allDeltas } from '../../updates/path.js';
import type { Db } from './db.js';
import { composeSince } from './publish-compose.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A composed delta's name (publish-compose.ts): two sequences. */
const isComposedFile = (name: string): boolean => /^delta-\d+-\d+\.ndjson\.gz$/.test(name);

export async function storeFile(db: Db, name: string, bytes: Uint8Array): Promise<void> {
  await db.query('insert into files (name, bytes) values ($1, $2) on conflict (name) do nothing', [name, Buffer.from(bytes)]);
}

function writeAtomic(dir: string, name: string, bytes: Uint8Array | string): void {
  const tmp = join(dir, `.${name}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(dir, name));
}

type Ref = { file: string; size: number; sha256: string };
/** Files this process wrote or checked, by path: the hash and the file's identity (inode, size, modification time)
 * then. A manifest names the snapshot and up to 168 deltas; reading each from the store and writing it again at
 * every publish was a third of a 5-minute publish's CPU, though only the new delta and composed files change. */
const placed = new Map<string, { sha256: string; ino: bigint; size: bigint; mtimeNs: bigint }>();

/** Whether the folder already holds the file the manifest names: the one this process put there (unchanged since),
 * else a file with the manifest's size and hash. */
function inPlace(dir: string, ref: Ref): boolean {
  const path = join(dir, ref.file);
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!st || st.size !== BigInt(ref.size)) return false;
  const was = placed.get(path);
  if (was && was.sha256 === ref.sha256 && was.ino === st.ino && was.size === st.size && was.mtimeNs === st.mtimeNs) return true;
  if (sha256(readFileSync(path)) !== ref.sha256) return false;
  remember(path, ref.sha256);
  return true;
}

function remember(path: string, sha256: string): void {
  const st = statSync(path, { bigint: true });
  placed.set(path, { sha256, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs });
}

/** Write every file the latest manifest names that the folder does not already hold (from `made`, the files this
 * publish just made, else from the store; composed deltas are made again from the stored chain), then the manifest;
 * then remove composed files that neither it nor `keep` (the previous manifest's) names. */
export async function writeOut(
  db: Db,
  outDir: string,
  manifestText: string,
  keep: readonly string[] = [],
  made: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const m = unverifiedManifest(manifestText);
  const refs: Ref[] = [m.snapshot, ...allDeltas(m)];
  const missing = refs.filter((r) => !inPlace(outDir, r));
  const unread = missing.filter((r) => !made.has(r.file) && !isComposedFile(r.file)).map((r) => r.file);
  const rows = unread.length
    ? await db.query<{ name: string; bytes: Uint8Array }>('select name, bytes from files where name = any($1)', [unread])
    : [];
  const bytes = new Map([...made, ...rows.map((r) => [r.name, r.bytes] as const)]);
  if (missing.some((r) => !bytes.has(r.file) && isComposedFile(r.file)))
    await composeSince(db, m.deltas, (m.composed?.length ?? 0) + 1, new Map(), bytes);
  for (const r of missing) {
    const b = bytes.get(r.file);
    if (!b) throw new Error(`the store lacks ${r.file}, named by manifest ${m.sequence}`);
    if (isComposedFile(r.file) && sha256(b) !== r.sha256)
      throw new Error(`the stored chain does not give ${r.file} as manifest ${m.sequence} names it`);
    writeAtomic(outDir, r.file, b);
    remember(join(outDir, r.file), r.sha256);
  }
  writeAtomic(outDir, manifestFileNames.manifest, manifestText);
  const named = new Set([...refs.map((r) => r.file), ...keep]);
  for (const name of readdirSync(outDir)) if (isComposedFile(name) && !named.has(name)) unlinkSync(join(outDir, name));
}
