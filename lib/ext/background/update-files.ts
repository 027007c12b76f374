// The subscriptions' verified files (snapshot and deltas, gzipped as downloaded) in their own IndexedDB database:
// the index is rebuilt from them and the bundled file, so they are kept until an applied update no longer names them.
// Apart from the index database (derived, dropped by its migrations) and the user database (history, settings).
// A file's bytes are stored as a Blob: IndexedDB keeps a Blob's bytes outside the worker, and the apply reads them a
// piece at a time (lib/updates/gzip.ts byteStream). Stored as an array, a day's 41 MB delta was copied whole through
// the worker's thread when stored and again when read for the apply: a second or two each, with no break, while
// pages waited for their check. Files stored by older versions (arrays) read as they are.
import Dexie, { type Table } from 'dexie';
import type { StoredFile } from '../../updates/check.js';
import type { FileBytes } from '../../updates/gzip.js';

/** A stored file as read back: its bytes a Blob, or an array when an older version stored it. */
type StoredRow = Omit<StoredFile, 'bytes'> & { bytes: FileBytes };

export class UpdateFilesDb extends Dexie {
  files!: Table<StoredRow, [string, string]>;

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
  read(sub: string, names: readonly string[]): Promise<StoredRow[]>;
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
      await db.files.put({ ...file, bytes: new Blob([file.bytes as Uint8Array<ArrayBuffer>]) });
    },
    async read(sub, names) {
      const rows = await db.files.bulkGet(names.map((n) => [sub, n] as [string, string]));
      const missing = names.filter((_, i) => !rows[i]);
      if (missing.length) throw new Error(`stored update files missing: ${missing.join(', ')}`);
      return rows as StoredRow[];
    },
    async prune(sub, keep) {
      const kept = new Set(keep);
      const gone = (await db.files.where('sub').equals(sub).primaryKeys()).filter(([, name]) => !kept.has(name));
      await db.files.bulkDelete(gone);
      return gone.length;
    },
  };
}
