// The index in the extension: the bundled file loaded into Dexie on install/update (and resumed after a worker
// restart), an imported file on request, one load at a time. The previous index answers pages until a new one is
// complete (lib/index/dexie-load.ts); progress and errors are what IndexInfo shows (index-info.ts). An import is
// checked whole and its signature looked at first (index-import.ts).
import type { IndexDb } from '../../index/dexie-schema.js';
import { loadIndexIntoDexie, type IndexSource } from '../../index/dexie-load.js';
import { DexieStore } from '../../index/dexie-store.js';
import { purgeGeneration, purgeInterrupted } from '../../index/dexie-generations.js';
import type { IndexHeader } from '../../index/format.js';
import { headerProblem } from '../../index/schema.js';
import type { ImportStaging } from '../import-staging.js';
import { turns } from '../turns.js';
import type { ImportResult, IndexInfo, IndexTrust } from '../protocol.js';
import { CHECK_SHARE, dropInterruptedImport, importStaged, type PublisherKey } from './index-import.js';
import { attemptOf, importStatuses } from './import-status.js';
import { ERROR_KEY, type IndexMetaArea, readIndexInfo, SOURCE_KEY, sourceOf, TRUST_KEY } from './index-info.js';
import type { IndexAvailability } from './analyse.js';
import type { IndexService } from './services.js';
import type { Composition } from './update-service.js';
import { COMPOSED_KEY, composedLoader } from './index-compose.js';

export type { IndexMetaArea };

export interface IndexServiceDeps {
  db: IndexDb;
  /** The bundled index file: its text, or its lines as they are read (the extension streams its gzipped file). */
  fetchBundled(): Promise<IndexSource>;
  /** The bundled file's header line only (cheap: read up to the first newline), to skip a reload of the same index. */
  bundledHeader?(): Promise<IndexHeader | null>;
  local: IndexMetaArea;
  /** The extension's version: the bundled index changes only with it, so a worker start skips re-reading it. */
  version: string;
  /** Called every ~20 s while a load runs (a Chrome service worker idle for 30 s is stopped). */
  keepAlive?: () => void;
  /** The bundled index merged with the subscriptions' updates, when they hold any (update-service.ts). */
  compose?: () => Promise<Composition | null>;
  /** Files the options page staged for import (lib/ext/import-staging.ts). */
  staging?: ImportStaging;
  /** The keys of the publishers the reader subscribes to: a snapshot signed with one of them imports as trusted. */
  publisherKeys?: () => Promise<PublisherKey[]>;
}

const BUNDLED_VERSION_KEY = 'parallax:bundled-index-version';
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createIndexService(deps: IndexServiceDeps): IndexService {
  const store = new DexieStore(deps.db);
  /** Loads run one after another: an import during the bundled load waits for it. */
  const inTurn = turns<'loads'>();
  const serial = <T>(job: () => Promise<T>): Promise<T> => inTurn('loads', job);
  let progress: number | null = null;

  const source = () => sourceOf(deps.local);
  const statuses = importStatuses(deps.local);

  async function alive<T>(job: () => Promise<T>): Promise<T> {
    const timer = deps.keepAlive ? setInterval(deps.keepAlive, 20_000) : undefined;
    try {
      return await job();
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  async function load(
    source: IndexSource,
    from: 'bundled' | 'imported',
    composed: string | null = null,
    imported: { trust: IndexTrust; progressFrom: number } | null = null,
  ): Promise<ImportResult> {
    // progress stays null until the loader writes its first chunk: re-reading an index that is already loaded
    // (same content hash) must not show "loading" to the reader.
    const timer = deps.keepAlive ? setInterval(deps.keepAlive, 20_000) : undefined;
    const base = imported?.progressFrom ?? 0;
    try {
      // The bundled file's content hash is not checked again: the browser checks the package it comes in. An
      // imported text is checked before anything is written.
      await loadIndexIntoDexie(
        deps.db,
        source,
        (done, total) => {
          progress = base + (1 - base) * (total > 0 ? done / total : 1);
        },
        // An imported file was checked whole before (index-import.ts) and cannot be read again by a new worker.
        { verify: from === 'imported', resumable: !imported },
      );
      const header = await store.header();
      await deps.local.set({
        [SOURCE_KEY]: from,
        [TRUST_KEY]: imported ? imported.trust : { kind: 'bundled' },
        [ERROR_KEY]: null,
        [BUNDLED_VERSION_KEY]: from === 'bundled' ? deps.version : null,
        [COMPOSED_KEY]: composed && header ? { key: composed, contentHash: header.contentHash } : null,
      });
      progress = null;
      return { ok: true, info: await info() };
    } catch (e) {
      const error = messageOf(e);
      // An import that failed while loading (storage full) goes at once: nothing could resume it.
      if (imported) await purgeInterrupted(deps.db).catch(() => undefined);
      if (composed) {
        const named = e instanceof Error && e.name !== 'Error' && !error.includes(e.name) ? `${e.name}: ${error}` : error;
        // An update that cannot be loaded (storage full): its half-written generation goes, freeing the space;
        // the index answering pages was never touched. The updater reports it and drops the update.
        const loading = await deps.db.meta.get('loading');
        if (loading)
          await purgeGeneration(deps.db, loading.gen)
            .then(() => deps.db.meta.delete('loading'))
            .catch(() => undefined);
        return { ok: false, error: named };
      }
      // A bad import must not mark the bundled load as failed; the reader sees the error where they imported.
      if (from === 'bundled') await deps.local.set({ [ERROR_KEY]: error });
      return { ok: false, error };
    } finally {
      progress = null;
      if (timer) clearInterval(timer);
    }
  }

  /** Loads the bundled index merged with the subscriptions' updates, when they hold any; false when they hold none
   * (the plain bundled file is then what loads). The same composition already active is not built again. */
  const info = (): Promise<IndexInfo> => readIndexInfo(deps.db, deps.local, progress);
  const loadComposed = composedLoader(deps, load, info);

  return {
    info,
    async availability(): Promise<IndexAvailability> {
      if (await store.header()) return { ready: true, store };
      // A stored header the store cannot use (damaged by an older version): the bundled index loads again.
      if ((await deps.db.meta.get('active')) && !(await deps.db.meta.get('loading')))
        void this.ensureBundled(true).catch(() => undefined);
      const i = await info();
      return { ready: false, progress: i.progress, message: i.state === 'error' ? i.message : null };
    },
    ensureBundled: (force = false) =>
      serial(async () => {
        // An import the stopped worker was loading cannot resume (the file was in its memory): its rows go.
        const cut = await dropInterruptedImport(deps.db, deps.staging);
        if (cut) await deps.local.set({ [ERROR_KEY]: cut });
        // An index the reader imported stays until they go back to the bundled one, unless its header is damaged
        // (stored by a version that did not check it): pages could not be matched against it.
        const damaged = headerProblem(await store.header());
        if ((await source()) === 'imported' && (await store.header()) && !damaged) return;
        if (damaged && (await store.header())) force = true;
        const composed = await loadComposed();
        // A composition that failed leaves the index as it was; with none at all, the bundled file loads alone.
        if (composed === 'loaded' || (composed === 'failed' && (await store.header()))) return;
        // Loaded for this version and no load left half-way: nothing to do (the common case on a worker start).
        const loadedFor = (await deps.local.get(BUNDLED_VERSION_KEY))[BUNDLED_VERSION_KEY];
        const active = await store.header();
        const halfLoaded = !!(await deps.db.meta.get('loading'));
        // An index composed with updates no subscription holds any more (the last one removed) is not the bundled one.
        const wasComposed = !!(await deps.local.get(COMPOSED_KEY))[COMPOSED_KEY];
        if (!force && loadedFor === deps.version && active && !halfLoaded && !wasComposed) return;
        // Install/update with the same bundled index (Chrome reports an unpacked extension as updated at every
        // start): its header's content hash is enough to know, without reading the whole file again.
        const bundled = active && !halfLoaded && deps.bundledHeader ? await deps.bundledHeader().catch(() => null) : null;
        if (bundled && active && !damaged && bundled.contentHash === active.contentHash) {
          await deps.local.set({ [SOURCE_KEY]: 'bundled', [BUNDLED_VERSION_KEY]: deps.version });
          return;
        }
        const result = await load(await deps.fetchBundled(), 'bundled');
        if (!result.ok) throw new Error(result.error);
      }),
    async importStaged(id, confirmUnsigned) {
      const attempt = attemptOf(id, confirmUnsigned);
      statuses.mark(attempt, 'waiting');
      const result = await serial(() => {
        statuses.mark(attempt, 'running');
        return alive(() =>
          importStaged(deps, id, confirmUnsigned, {
            progress: (p) => (progress = p),
            load: (lines, trust) => load(lines, 'imported', null, { trust, progressFrom: CHECK_SHARE }),
          }),
        );
      });
      await statuses.finish(attempt, result).catch(() => undefined);
      return result;
    },
    importStatus: (id, confirmUnsigned) => statuses.get(attemptOf(id, confirmUnsigned)),
    useBundled: () =>
      serial(async () => {
        try {
          await deps.local.set({ [SOURCE_KEY]: 'bundled' });
          if ((await loadComposed()) === 'loaded') return { ok: true, info: await info() };
          return await load(await deps.fetchBundled(), 'bundled');
        } catch (e) {
          return { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
      }),
  };
}
