// The index composed of the bundled file and the subscriptions' updates (update-composition.ts), loaded for the
// index service: patched in when only deltas came since the active composition (lib/index/dexie-fold.ts), else
// rebuilt whole and loaded as a new generation. Either way the previous index answers until the new one is complete.
import { dropPatch, finishFold, patchIndex, PatchUnavailable, type PatchPart } from '../../index/dexie-fold.js';
import type { IndexSource } from '../../index/dexie-load.js';
import { purgeStaleGenerations } from '../../index/dexie-generations.js';
import { contributionRow } from '../../index/source-share.js';
import { DexieStore } from '../../index/dexie-store.js';
import type { ImportResult, IndexInfo } from '../protocol.js';
import { ERROR_KEY, SOURCE_KEY } from './index-info.js';
import type { IndexServiceDeps } from './index-service.js';
import type { Composition } from './update-service.js';

/** Which composition (bundled file + updates) the active index is, and its content hash. */
export const COMPOSED_KEY = 'parallax:composed-index';

const namedError = (e: unknown): string => {
  const message = e instanceof Error ? e.message : String(e);
  return e instanceof Error && e.name !== 'Error' && !message.includes(e.name) ? `${e.name}: ${message}` : message;
};

type Load = (source: IndexSource, from: 'bundled' | 'imported', composed: string | null) => Promise<ImportResult>;

export function composedLoader(deps: IndexServiceDeps, load: Load, info: () => Promise<IndexInfo>) {
  const store = new DexieStore(deps.db);
  async function loadComposed(): Promise<'loaded' | 'failed' | 'none'> {
    const comp = deps.compose ? await deps.compose() : null;
    if (!comp) return 'none';
    // A patch left half-folded by a stopped worker is finished before anything else reads or loads.
    await finishFold(deps.db);
    const [active, loading] = await Promise.all([store.header(), deps.db.meta.get('loading')]);
    if (active && !loading && active.composed === comp.key) {
      await comp.commit();
      await purgeStaleGenerations(deps.db).catch(() => undefined);
      return 'loaded';
    }
    // A rebuild stopped half-way resumes as a rebuild; otherwise the deltas added since the active composition are
    // patched in when they can be.
    const resuming =
      loading?.key === 'loading' && loading.header.composed === comp.key && loading.header.contentHash !== active?.contentHash;
    const parts = active && !resuming ? comp.patchFrom(active.composed) : null;
    let result: ImportResult | null = null;
    if (parts) result = await patched(comp, parts);
    result ??= await rebuilt(comp);
    if (result.ok) await comp.commit();
    else await comp.rollback(new Error(result.error));
    await purgeStaleGenerations(deps.db).catch(() => undefined);
    return result.ok ? 'loaded' : 'failed';
  }

  /** Patches the deltas in; null when the index cannot take them (then it is rebuilt). */
  async function patched(comp: Composition, parts: PatchPart[]): Promise<ImportResult | null> {
    const timer = deps.keepAlive ? setInterval(deps.keepAlive, 20_000) : undefined;
    try {
      const header = await patchIndex(deps.db, parts, comp.head());
      await deps.local.set({
        [SOURCE_KEY]: 'bundled',
        [ERROR_KEY]: null,
        [COMPOSED_KEY]: { key: comp.key, contentHash: header.contentHash },
      });
      return { ok: true, info: await info() };
    } catch (e) {
      if (e instanceof PatchUnavailable) return null;
      // Its half-written rows go (the space is freed); the index answering pages was never touched.
      await dropPatch(deps.db).catch(() => undefined);
      return { ok: false, error: namedError(e) };
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  async function rebuilt(comp: Composition): Promise<ImportResult> {
    try {
      // Built from files verified when they were downloaded: not hashed again. The same inputs give the same text,
      // so a load cut short by a stopped worker resumes where it stopped.
      const { text, shares } = await comp.build();
      const result = await load(text, 'bundled', comp.key);
      // Each subscription's share, for the next patch; a worker stopped before this only means a rebuild next time.
      const active = await deps.db.meta.get('active');
      if (result.ok && active) await deps.db.sources.bulkPut(shares.map((s) => contributionRow(active.gen, s.sub, s.share)));
      return result;
    } catch (e) {
      // The error's name travels with it: the updater tells a full disk (QuotaExceededError) from a bad file.
      return { ok: false, error: namedError(e) };
    }
  }

  return loadComposed;
}
