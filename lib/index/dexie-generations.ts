// The generations of the index database: every row's key starts with the generation of the load that wrote it.
// A new load takes a generation no row has used, and what a stopped or replaced load left behind is purged.
import Dexie from 'dexie';
import { dataTables, type IndexDb } from './dexie-schema.js';
import type { IndexHeader } from './format.js';

/** Delete every row of the given generation from the data tables, table by table. */
export async function purgeGeneration(db: IndexDb, g: number): Promise<void> {
  for (const table of dataTables(db)) {
    await table.where(':id').between([g, Dexie.minKey], [g, Dexie.maxKey], true, true).delete();
  }
}

/** Delete the rows of every generation but the active one and the one loading: a worker stopped between a load's
 * switch to its new generation and the purge of the old one leaves the old rows behind, which nothing else reads. */
export async function purgeStaleGenerations(db: IndexDb): Promise<void> {
  const [active, loading] = await Promise.all([db.meta.get('active'), db.meta.get('loading')]);
  const keep = [active?.gen, loading?.gen].filter((g): g is number => g !== undefined).sort((a, b) => a - b);
  for (const table of dataTables(db)) {
    // Keys are [generation, bucket]: [-Infinity] and [Infinity] bound every key (Dexie.maxKey is a string here,
    // which sorts below arrays).
    let from: unknown = [-Infinity];
    for (const g of keep) {
      await table.where(':id').between(from, [g, Dexie.minKey], true, false).delete();
      from = [g, Dexie.maxKey];
    }
    await table.where(':id').between(from, [Infinity], false, true).delete();
  }
}

/** A generation never used before: above the active and loading ones, above every row in the tables (a load whose
 * mark was lost left rows behind, and reusing their generation mixed them into the next load: the hardening probe
 * found 311,000 outlet rows instead of 175) and above the last one handed out, which is kept (so a purged load's
 * generation is not handed out again either). */
export async function freshGeneration(db: IndexDb): Promise<number> {
  const [active, loading, last] = await Promise.all([db.meta.get('active'), db.meta.get('loading'), db.meta.get('generation')]);
  let top = Math.max(active?.gen ?? 0, loading?.gen ?? 0, last?.gen ?? 0);
  for (const table of dataTables(db)) {
    const key = (await table.orderBy(':id').lastKey()) as [number, unknown] | undefined;
    if (key) top = Math.max(top, key[0]);
  }
  await db.meta.put({ key: 'generation', gen: top + 1 });
  return top + 1;
}

export async function dropLoading(db: IndexDb, gen: number): Promise<void> {
  await purgeGeneration(db, gen);
  await db.meta.delete('loading');
}

/** At a worker's start: a load that cannot resume (its file was in the stopped worker's memory) is removed, rows and
 * mark. Answers the header of what was being loaded, or null when there was none. */
export async function purgeInterrupted(db: IndexDb): Promise<IndexHeader | null> {
  const loading = await db.meta.get('loading');
  if (loading?.key !== 'loading' || loading.resumable !== false) return null;
  await dropLoading(db, loading.gen);
  return loading.header;
}
