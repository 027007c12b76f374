// The index in the extension: the bundled file loaded into Dexie on install/update (and resumed after a worker
// restart), an imported file on request, one load at a time. The previous index answers pages until a new one is
// complete (lib/index/dexie-load.ts); progress and errors are what IndexInfo shows.
import type { IndexDb } from '../../index/dexie-schema.js';
import { loadIndexIntoDexie, type IndexSource } from '../../index/dexie-load.js';
import { purgeGeneration, purgeStaleGenerations } from '../../index/dexie-generations.js';
import { DexieStore } from '../../index/dexie-store.js';
import type { IndexHeader } from '../../index/format.js';
import type { ImportResult, IndexInfo } from '../protocol.js';
import type { IndexAvailability } from './analyse.js';
import type { IndexService } from './services.js';
import type { Composition } from './update-service.js';

/** Where the service keeps what Dexie does not: which file the active index came from, and the last error. */
export interface IndexMetaArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

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
}

const SOURCE_KEY = 'parallax:index-source';
const ERROR_KEY = 'parallax:index-error';
const BUNDLED_VERSION_KEY = 'parallax:bundled-index-version';
/** Which composition (bundled file + updates) the active index is, and its content hash. */
const COMPOSED_KEY = 'parallax:composed-index';

function infoFrom(header: IndexHeader | null, base: Partial<IndexInfo>): IndexInfo {
  return {
    state: 'empty',
    progress: 0,
    message: null,
    description: header?.description ?? null,
    schemaVersion: header?.schemaVersion ?? null,
    builtAt: header?.builtAt ?? null,
    contentHash: header?.contentHash ?? null,
    counts: header ? { ...header.counts } : null,
    source: null,
    ...base,
  };
}

export function createIndexService(deps: IndexServiceDeps): IndexService {
  const store = new DexieStore(deps.db);
  /** Loads run one after another: an import during the bundled load waits for it. */
  let queue: Promise<unknown> = Promise.resolve();
  let progress: number | null = null;

  async function source(): Promise<'bundled' | 'imported' | null> {
    const v = (await deps.local.get(SOURCE_KEY))[SOURCE_KEY];
    return v === 'bundled' || v === 'imported' ? v : null;
  }

  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(source: IndexSource, from: 'bundled' | 'imported', composed: string | null = null): Promise<ImportResult> {
    // progress stays null until the loader writes its first chunk: re-reading an index that is already loaded
    // (same content hash) must not show "loading" to the reader.
    const timer = deps.keepAlive ? setInterval(deps.keepAlive, 20_000) : undefined;
    try {
      // The bundled file's content hash is not checked again: the browser checks the package it comes in. An
      // imported text is checked before anything is written.
      await loadIndexIntoDexie(
        deps.db,
        source,
        (done, total) => {
          progress = total > 0 ? done / total : 1;
        },
        { verify: from === 'imported' },
      );
      const header = await store.header();
      await deps.local.set({
        [SOURCE_KEY]: from,
        [ERROR_KEY]: null,
        [BUNDLED_VERSION_KEY]: from === 'bundled' ? deps.version : null,
        [COMPOSED_KEY]: composed && header ? { key: composed, contentHash: header.contentHash } : null,
      });
      progress = null;
      return { ok: true, info: await info() };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (composed) {
        const named = e instanceof Error && e.name !== 'Error' && !error.includes(e.name) ? `${e.name}: ${error}` : error;
        // An update that cannot be loaded (storage full): its half-written generation goes, freeing the space;
        // the index answering pages was never touched. The updater reports it and drops the update.
        const loading = await deps.db.meta.get('loading');
        if (loading) await purgeGeneration(deps.db, loading.gen).then(() => deps.db.meta.delete('loading')).catch(() => undefined);
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
  async function loadComposed(): Promise<'loaded' | 'failed' | 'none'> {
    const comp = deps.compose ? await deps.compose() : null;
    if (!comp) return 'none';
    const [active, loading, stored] = await Promise.all([store.header(), deps.db.meta.get('loading'), deps.local.get(COMPOSED_KEY)]);
    const done = stored[COMPOSED_KEY] as { key: string; contentHash: string } | null | undefined;
    if (active && !loading && done?.key === comp.key && done.contentHash === active.contentHash) {
      await comp.commit();
      await purgeStaleGenerations(deps.db).catch(() => undefined);
      return 'loaded';
    }
    let result: ImportResult;
    try {
      // Built from files verified when they were downloaded: not hashed again. The same inputs give the same text,
      // so a load cut short by a stopped worker resumes where it stopped.
      result = await load(await comp.text(), 'bundled', comp.key);
    } catch (e) {
      // The error's name travels with it: the updater tells a full disk (QuotaExceededError) from a bad file.
      const message = e instanceof Error ? e.message : String(e);
      result = { ok: false, error: e instanceof Error && e.name !== 'Error' && !message.includes(e.name) ? `${e.name}: ${message}` : message };
    }
    if (result.ok) await comp.commit();
    else await comp.rollback(new Error(result.error));
    await purgeStaleGenerations(deps.db).catch(() => undefined);
    return result.ok ? 'loaded' : 'failed';
  }

  async function info(): Promise<IndexInfo> {
    const [active, loading, from, err] = await Promise.all([
      deps.db.meta.get('active'),
      deps.db.meta.get('loading'),
      source(),
      deps.local.get(ERROR_KEY).then((r) => (typeof r[ERROR_KEY] === 'string' ? (r[ERROR_KEY] as string) : null)),
    ]);
    const header = active?.key === 'active' ? active.header : null;
    const loadingRow = loading?.key === 'loading' ? loading : null;
    const p = progress ?? (loadingRow ? loadingRow.linesDone / Math.max(1, loadingRow.header.counts.lines) : null);
    if (p !== null && (progress !== null || !header)) {
      // While a new index loads, the counts shown are the one still answering (if any).
      return infoFrom(header ?? loadingRow?.header ?? null, { state: 'loading', progress: p, source: header ? from : null });
    }
    if (header) return infoFrom(header, { state: 'ready', progress: 1, source: from, message: err });
    if (err) return infoFrom(null, { state: 'error', message: `The bundled index could not be loaded: ${err}` });
    return infoFrom(null, {});
  }

  return {
    info,
    async availability(): Promise<IndexAvailability> {
      if (await store.header()) return { ready: true, store };
      const i = await info();
      return { ready: false, progress: i.progress, message: i.state === 'error' ? i.message : null };
    },
    ensureBundled: (force = false) =>
      serial(async () => {
        // An index the reader imported stays until they go back to the bundled one.
        if ((await source()) === 'imported' && (await store.header())) return;
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
        if (bundled && active && bundled.contentHash === active.contentHash) {
          await deps.local.set({ [SOURCE_KEY]: 'bundled', [BUNDLED_VERSION_KEY]: deps.version });
          return;
        }
        const result = await load(await deps.fetchBundled(), 'bundled');
        if (!result.ok) throw new Error(result.error);
      }),
    importText: (_name, text) => serial(() => load(text, 'imported')),
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
