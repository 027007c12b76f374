// Published files: kept in the store (so publishing again without changes rewrites the same bytes) and written to
// the output folder, each atomically, the manifest last (a reader never sees a manifest before the files it names).
import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFileNames, unverifiedManifest } from '../../updates/format.js';
import { allDeltas } from '../../updates/path.js';
import type { Db } from './db.js';

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

/** Write every file the latest manifest names, then the manifest; then remove composed files that neither it nor
 * `keep` (the previous manifest's) names. */
export async function writeOut(db: Db, outDir: string, manifestText: string, keep: readonly string[] = []): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const m = unverifiedManifest(manifestText);
  const names = [m.snapshot.file, ...allDeltas(m).map((d) => d.file)];
  for (const name of names) {
    const [row] = await db.query<{ bytes: Uint8Array }>('select bytes from files where name = $1', [name]);
    if (!row) throw new Error(`the store lacks ${name}, named by manifest ${m.sequence}`);
    writeAtomic(outDir, name, row.bytes);
  }
  writeAtomic(outDir, manifestFileNames.manifest, manifestText);
  const named = new Set([...names, ...keep]);
  for (const name of readdirSync(outDir)) if (isComposedFile(name) && !named.has(name)) unlinkSync(join(outDir, name));
}
