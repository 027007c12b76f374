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
    // Version 2 indexes each file's sha256 beside its name: listing what is stored reads keys only (reading the rows
    // copied every stored file's bytes, a day's delta and the snapshot, to learn their names).
    this.version(2).stores({ files: '[sub+name], sub, [sub+name+sha256]' });
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
      const keys = await db.files
        .where('[sub+name+sha256]')
        .between([sub, Dexie.minKey, Dexie.minKey], [sub, Dexie.maxKey, Dexie.maxKey])
        .keys();
      return new Map((keys as unknown as [string, string, string][]).map(([, name, sha]) => [name, sha]));
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
      const gone = (await db.files.where('sub').equals(sub).primaryKeys()).filter(([, name]) => !kept.has(name));
      await db.files.bulkDelete(gone);
      return gone.length;
    },
  };
}
