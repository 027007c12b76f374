// The index to load when subscriptions hold data: the bundled file merged with each subscription's files (pending
// update, else applied), named by a key of its inputs; once loaded, pending updates become applied (and files no
// longer named are deleted); if the load fails they are dropped and the previous index keeps answering.
import type { PatchHead, PatchPart } from '../../index/dexie-fold.js';
import { bundledState, composedHead, composeIndex, type Composed, type SourceFiles } from '../../updates/compose.js';
import { compositionKey, expiryDay, patchParts, patchPlan } from './update-patch.js';
import type { Subscription } from '../../updates/subscription.js';
import { articlesFrom } from '../../updates/freshness.js';
import type { UpdateServiceDeps } from './update-service.js';

/** The index to load when subscriptions hold data: a key naming its inputs, its text on demand, and what to do once
 * it is loaded (the pending updates become applied) or failed (they are dropped; the old index keeps answering). */
export interface Composition {
  key: string;
  /** The whole index: its text, and each subscription's share for later patches. */
  build(): Promise<{ text: string; shares: Composed['shares'] }>;
  /** The deltas that patch the index composed as `from` into this one, or null when only a rebuild reaches it. */
  patchFrom(from: string | undefined): PatchPart[] | null;
  /** The patched index's description, date and key. */
  head(): PatchHead;
  commit(): Promise<void>;
  rollback(error: unknown): Promise<void>;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
export const isQuota = (e: unknown): boolean =>
  /QuotaExceeded|quota/i.test(
    `${(e as { name?: string })?.name} ${(e as { inner?: { name?: string } })?.inner?.name} ${errorText(e)}`,
  );
export const label = (s: Subscription) => s.applied?.publisher.name ?? s.pending?.publisher.name ?? new URL(s.url).hostname;

type Log = (source: string | null, level: 'ok' | 'info' | 'error', message: string) => Promise<void>;

export async function composition(deps: UpdateServiceDeps, log: Log): Promise<Composition | null> {
  const { state } = deps;
  const subs = await state.subscriptions();
  const parts = subs.flatMap((s) => {
    const target = s.pending ?? s.applied;
    return target ? [{ s, target }] : [];
  });
  if (!parts.length) return null;
  const now = deps.now();
  const bundled = await deps.bundledHeader();
  const key = compositionKey(
    bundled?.contentHash ?? null,
    parts.map((p) => [p.s.id, p.target.sequence, p.target.files, expiryDay(p.target, now)]),
  );
  const heads = parts.map(({ target }) => ({
    publisher: target.publisher.name,
    sequence: target.sequence,
    createdAt: target.createdAt,
  }));
  return {
    key,
    patchFrom(from) {
      const plan = patchPlan(from, key);
      return plan && patchParts(deps.files, plan);
    },
    head: () => ({ ...composedHead(bundled ?? { description: 'bundled index', builtAt: null }, heads), composed: key }),
    async build() {
      const base = await bundledState(await deps.bundledLines());
      const sources: SourceFiles[] = [];
      for (const { s, target } of parts) {
        const files = await deps.files.read(s.id, target.files);
        sources.push({
          id: s.id,
          publisher: target.publisher.name,
          sequence: target.sequence,
          retentionDays: target.retentionDays,
          createdAt: target.createdAt,
          files,
        });
      }
      const { text, shares } = await composeIndex(base.state, base.header, sources, { now, composed: key });
      return { text, shares };
    },
    async commit() {
      let applied = false;
      for (const { s } of parts) {
        if (!s.pending) continue;
        const p = s.pending;
        await state.update(s.id, (x) => (x.pending?.sequence === p.sequence ? { ...x, applied: p, pending: null } : x));
        await deps.files.prune(s.id, p.files);
        await log(label(s), 'ok', `update ${p.sequence} applied: ${articlesFrom(p.stats.articles, p.stats.outlets)}`);
        applied = true;
      }
      if (applied) await deps.onApplied();
    },
    async rollback(error) {
      const quota = isQuota(error);
      const message = quota
        ? `storage is full: the update was not applied, the previous coverage is kept (${errorText(error)})`
        : `the update could not be applied, the previous coverage is kept: ${errorText(error)}`;
      const at = deps.now().toISOString();
      // Nothing pending: the applied files themselves could not be read back (storage cleared): start over from
      // the publisher's snapshot at the next check.
      const none = parts.every((p) => !p.s.pending);
      for (const { s } of parts) {
        if (none) {
          await state.update(s.id, (x) => ({
            ...x,
            applied: null,
            error: { kind: 'apply', message, since: x.error?.since ?? at },
          }));
          await log(label(s), 'error', `${message}; the publisher's snapshot is fetched again at the next check`);
          continue;
        }
        if (!s.pending) continue;
        await state.update(s.id, (x) => ({
          ...x,
          pending: null,
          error: { kind: quota ? 'storage' : 'apply', message, since: x.error?.since ?? at },
        }));
        await deps.files.prune(s.id, s.applied?.files ?? []);
        await log(label(s), 'error', message);
      }
    },
  };
}
