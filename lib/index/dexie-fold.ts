// An incremental apply from start to end, atomic and resumable: the changed rows are written into a patch
// generation while the active one answers; one small transaction then has pages read the patch's rows first
// (MetaRow "active".over); its rows are copied into the active generation (readers see the same rows either way),
// and a last transaction drops the overlay. A worker stopped while writing the patch leaves the active index as it
// was (the patch is thrown away and made again from the stored deltas); stopped while folding, the fold runs again.
import Dexie from 'dexie';
import { purgeGeneration } from './dexie-generations.js';
import { Patch } from './dexie-patch.js';
import { BUNDLED_SHARE, contributionOf, contributionRow, type PatchOp } from './source-share.js';
import { putRows, WRITE_ROWS, type Gens } from './dexie-rows-patch.js';
import { pace } from './pace.js';
import { dataTables, type IndexDb } from './dexie-schema.js';
import { sha256Hex, type IndexHeader } from './format.js';

/** Why an update cannot be patched in (the index was not composed with this subscription's share): rebuild. */
export class PatchUnavailable extends Error {
  override name = 'PatchUnavailable';
}

export interface PatchPart {
  /** The subscription's id (its SourceRow) and the prefix of its records' ids (merge.ts prefixOf). */
  sub: string;
  prefix: string;
  /** Its deltas in order, each as its operations a piece at a time. */
  deltas(): AsyncIterable<AsyncIterable<PatchOp[]>>;
}

export interface PatchHead {
  description: string;
  builtAt: string | null;
  composed: string;
}

export async function patchIndex(db: IndexDb, parts: readonly PatchPart[], head: PatchHead): Promise<IndexHeader> {
  await finishFold(db);
  const [active, loading] = await Promise.all([db.meta.get('active'), db.meta.get('loading')]);
  if (active?.key !== 'active') throw new PatchUnavailable('no index to patch');
  const all = await db.sources.where(':id').between([active.gen, Dexie.minKey], [active.gen, Dexie.maxKey], true, true).toArray();
  const rows = parts.map((p) => all.find((r) => r.id === p.sub));
  if (rows.some((r) => !r) || !all.some((r) => r.id === BUNDLED_SHARE))
    throw new PatchUnavailable('the index holds no record of a source’s share');
  const g: Gens = { base: active.gen, over: active.gen + 1 };
  // A patch or load left unfinished by a stopped worker goes: this patch is made from the stored files again.
  if (loading) await purgeGeneration(db, loading.gen);
  await purgeGeneration(db, g.over);
  await db.meta.put({ key: 'loading', gen: g.over, header: active.header, linesDone: 0 });
  const shares = rows.map((r) => contributionOf(r!));
  const others = all.filter((r) => !parts.some((p) => p.sub === r.id)).map(contributionOf);
  const patch = await Patch.open(db, g, active.header, [...shares, ...others]);
  for (let i = 0; i < parts.length; i++)
    for await (const ops of parts[i]!.deltas()) await patch.apply(ops, parts[i]!.prefix, shares[i]!);
  const changed = await patch.finish();
  await putRows(
    db,
    db.sources,
    parts.map((p, i) => contributionRow(g.over, p.sub, shares[i]!)),
  );
  // Not a hash of a text (there is none): of the index patched and what was patched in, so it names this state.
  const contentHash = `sha256:${await sha256Hex(`${active.header.contentHash}\n${head.composed}`)}`;
  const header: IndexHeader = { ...active.header, ...changed, ...head, contentHash };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'loading', gen: g.over, header, linesDone: header.counts.lines });
    await db.meta.put({ key: 'active', gen: g.base, header, over: g.over });
  });
  // From here the patch is in and answering: a fold that fails (a worker stopping) is run again at the next load.
  await finishFold(db).catch((e: unknown) => console.warn('Parallax: the index patch is folded in at the next start', e));
  return header;
}

/** Copies a patch's rows into the active generation and drops the overlay; nothing to do when none is there. */
export async function finishFold(db: IndexDb): Promise<void> {
  const active = await db.meta.get('active');
  if (active?.key !== 'active' || active.over === undefined) return;
  const { gen: base, over } = active;
  // The patch holds every outlet (they are few and renumbered): the base's go first.
  await db.outlets.where(':id').between([base, -Infinity], [base, Infinity]).delete();
  for (const table of dataTables(db)) {
    const keys = await table.where(':id').between([over, Dexie.minKey], [over, Dexie.maxKey], true, true).primaryKeys();
    for (let i = 0; i < keys.length; i += WRITE_ROWS) {
      const rows = await table.bulkGet(keys.slice(i, i + WRITE_ROWS));
      await db.transaction('rw', table, () => table.bulkPut(rows.filter((r) => r !== undefined).map((r) => ({ ...r, g: base }))));
      await pace();
    }
  }
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'active', gen: base, header: active.header });
    await db.meta.delete('loading');
  });
  await purgeGeneration(db, over);
}

/** Throws away a patch that failed before it answered (storage full): its rows free their space. */
export async function dropPatch(db: IndexDb): Promise<void> {
  const [active, loading] = await Promise.all([db.meta.get('active'), db.meta.get('loading')]);
  if (!loading || (active?.key === 'active' && active.over !== undefined)) return;
  await purgeGeneration(db, loading.gen);
  await db.meta.delete('loading');
}
