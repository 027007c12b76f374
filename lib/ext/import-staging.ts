// Files the reader chose to import, handed from the options page to the background through their own IndexedDB
// database (same origin): the page stores the File objects and sends only their id, and the background streams them
// from where they are stored. Sending the text in a message failed at 64 MiB (the runtime's message limit) although
// the import allows 200 MB, and held the whole text in both contexts' memory.
import Dexie, { type Table } from 'dexie';

export interface StagedFile {
  name: string;
  blob: Blob;
}

export interface StagedImport {
  id: string;
  /** ISO time it was staged: rows nobody confirmed or cancelled are removed after a day. */
  at: string;
  files: StagedFile[];
}

export class ImportStagingDb extends Dexie {
  staged!: Table<StagedImport, string>;

  constructor(opts?: ConstructorParameters<typeof Dexie>[1]) {
    super('parallax-import', opts);
    this.version(1).stores({ staged: '&id, at' });
  }
}

const DAY_MS = 86_400_000;

export interface ImportStaging {
  stage(files: StagedFile[], now: Date): Promise<string>;
  get(id: string): Promise<StagedImport | null>;
  discard(id: string): Promise<void>;
  /** Removes every staged import (an import interrupted by the worker's stop), or those older than a day. */
  purge(opts: { all: boolean; now: Date }): Promise<void>;
}

export function importStaging(db: ImportStagingDb): ImportStaging {
  return {
    async stage(files, now) {
      const id = globalThis.crypto.randomUUID();
      await db.staged.put({ id, at: now.toISOString(), files });
      return id;
    },
    get: async (id) => (await db.staged.get(id)) ?? null,
    discard: async (id) => void (await db.staged.delete(id)),
    async purge({ all, now }) {
      if (all) await db.staged.clear();
      else
        await db.staged
          .where('at')
          .below(new Date(now.getTime() - DAY_MS).toISOString())
          .delete();
    },
  };
}
