// The subscriptions' verified files (snapshot and deltas, gzipped as downloaded) in their own IndexedDB database:
// the index is rebuilt from them and the bundled file, so they are kept until an applied update no longer names them.
// Apart from the index database (derived, dropped by its migrations) and the user database (history, settings).
import Dexie, { type Table } from 'dexie';
import type { StoredFile } from '../../updates/check.js';

export class UpdateFilesDb extends Dexie {
  files!: Table<StoredFile, [string, string]>;

  constructor(opts?: ConstructorParameters<typeof Dexie>[1]) {
    super('parallax-updates', opts);
    this.version(1).stores({ files: '[sub+name], sub' });
  }
}

export interface UpdateFiles {
  stored(sub: string): Promise<Map<string, string>>;
  store(file: StoredFile): Promise<void>;
  read(sub: string, names: readonly string[]): Promise<StoredFile[]>;
  /** Deletes the subscription's files except those named (all of them when `keep` is empty). */
  prune(sub: string, keep: readonly string[]): Promise<number>;
}

export function updateFiles(db: UpdateFilesDb): UpdateFiles {
  return {
    async stored(sub) {
      const out = new Map<string, string>();
      await db.files.where('sub').equals(sub).each((f) => void out.set(f.name, f.sha256));
      return out;
    },
    async store(file) {
      await db.files.put(file);
    },
    async read(sub, names) {
      const rows = await db.files.bulkGet(names.map((n) => [sub, n] as [string, string]));
      const missing = names.filter((_, i) => !rows[i]);
      if (missing.length) throw new Error(`stored update files missing: ${missing.join(', ')}`);
      return rows as StoredFile[];
    },
    async prune(sub, keep) {
      const kept = new Set(keep);
      return db.files.where('sub').equals(sub).filter((f) => !kept.has(f.name)).delete();
    },
  };
}
