// The updater in the background: checks every subscription (install, browser start, the hourly alarm, "check
// now"), stores the files each check verified, then has the index rebuilt from the bundled file and those files;
// the update counts as applied (and the old files go) only once the new index is complete and answering.
import type { IndexHeader } from '../../index/format.js';
import { checkSubscription, CheckError, fetchVerifiedManifest } from '../../updates/check.js';
import { freshnessOf } from '../../updates/freshness.js';
import { newSubscription, publisherInfo, type Subscription } from '../../updates/subscription.js';
import type { PreviewResult, UpdatesInfo } from '../protocol.js';
import type { UpdateFiles } from './update-files.js';
import type { UpdateState } from './update-state.js';
import { composition, errorText, isQuota, label } from './update-composition.js';

export type { Composition } from './update-composition.js';

export interface UpdateServiceDeps {
  state: UpdateState;
  files: UpdateFiles;
  get(url: string, maxBytes: number): Promise<Uint8Array>;
  now(): Date;
  bundledLines(): Promise<AsyncIterable<string> | Iterable<string>>;
  bundledHeader(): Promise<IndexHeader | null>;
  activeHeader(): Promise<IndexHeader | null>;
  /** Has the index service load what composition() names (IndexService.ensureBundled). */
  reload(): Promise<void>;
  /** The build's default publisher (PARALLAX_UPDATES_URL / PARALLAX_UPDATES_KEY), or null. */
  defaultPublisher: { url: string; key: string } | null;
  /** Called after an update is applied: answered pages are checked again (their coverage may have grown). */
  onApplied(): Promise<void>;
}

export function createUpdateService(deps: UpdateServiceDeps) {
  const { state } = deps;
  let running: Promise<UpdatesInfo> | null = null;
  let queued: Promise<UpdatesInfo> | null = null;
  const log = (source: string | null, level: 'ok' | 'info' | 'error', message: string) =>
    state.addLog({ at: deps.now().toISOString(), source, level, message });

  async function info(): Promise<UpdatesInfo> {
    const [subs, entries, header] = await Promise.all([state.subscriptions(), state.log(), deps.activeHeader()]);
    return { subscriptions: subs, log: entries, freshness: freshnessOf(header, subs, deps.now()), checking: running !== null };
  }

  async function checkOne(sub: Subscription): Promise<boolean> {
    const at = deps.now().toISOString();
    try {
      const accepted = async (m: { sequence: number }) =>
        state.update(sub.id, (s) => ({ ...s, lastSequence: Math.max(s.lastSequence ?? 0, m.sequence) }));
      const out = await checkSubscription(
        { get: deps.get, stored: deps.files.stored, store: deps.files.store, now: deps.now, accepted },
        sub,
      );
      const wasFailing = sub.error;
      await state.update(sub.id, (s) => ({
        ...s,
        lastSequence: Math.max(s.lastSequence ?? 0, out.manifest.sequence),
        lastCheck: at,
        lastSuccess: at,
        error: null,
        applied: out.kind === 'current' && s.applied ? { ...s.applied, ...out.info } : s.applied,
        pending: out.kind === 'ready' ? { ...out.info, files: out.files } : s.pending,
      }));
      if (out.kind === 'ready')
        await log(
          label(sub),
          'info',
          `update ${out.manifest.sequence} verified: ${out.downloaded} file(s), ${out.bytes.toLocaleString('en')} bytes`,
        );
      else if (wasFailing) await log(label(sub), 'ok', `working again: up to date at update ${out.manifest.sequence}`);
      if (out.expired)
        await log(label(sub), 'error', `the manifest expired at ${out.manifest.expiresAt}: the data is kept, shown as stale`);
      return out.kind === 'ready';
    } catch (e) {
      const kind = e instanceof CheckError ? e.kind : isQuota(e) ? 'storage' : 'apply';
      const message =
        kind === 'storage' ? `storage is full: the update was not saved and nothing was lost (${errorText(e)})` : errorText(e);
      await state.update(sub.id, (s) => ({ ...s, lastCheck: at, error: { kind, message, since: s.error?.since ?? at } }));
      await log(label(sub), 'error', message);
      return false;
    }
  }

  async function checkAll(reason: string): Promise<UpdatesInfo> {
    await state.setRunning(deps.now().toISOString());
    try {
      let ready = false;
      for (const sub of await state.subscriptions()) ready = (await checkOne(sub)) || ready;
      if (ready) await deps.reload();
    } catch (e) {
      await log(null, 'error', `${reason} check failed: ${errorText(e)}`);
    } finally {
      await state.setRunning(null);
    }
    return info();
  }

  async function preview(url: string, key: string): Promise<PreviewResult> {
    try {
      const sub = await newSubscription(url, key, deps.now());
      const { manifest, expired } = await fetchVerifiedManifest(deps, sub.url, sub.key, null);
      return { ok: true, url: sub.url, info: publisherInfo(manifest), expired };
    } catch (e) {
      return { ok: false, error: errorText(e) };
    }
  }

  async function add(url: string, key: string, builtIn = false): Promise<Subscription> {
    const sub = await newSubscription(url, key, deps.now(), builtIn);
    const subs = await state.subscriptions();
    if (subs.some((s) => s.id === sub.id)) throw new Error('already subscribed to this manifest');
    await state.saveSubscriptions([...subs, sub]);
    await log(new URL(sub.url).hostname, 'info', `subscribed (key ${sub.keyId})`);
    return sub;
  }

  return {
    info,
    composition: () => composition(deps, log),
    preview,
    /** Adds a subscription the reader previewed and checks it (not awaited: the options page polls info). */
    async subscribe(url: string, key: string): Promise<UpdatesInfo> {
      const check = await preview(url, key);
      if (!check.ok) throw new Error(check.error);
      await add(url, key);
      void checkNow('first');
      return info();
    },
    async remove(id: string): Promise<UpdatesInfo> {
      const subs = await state.subscriptions();
      const gone = subs.find((s) => s.id === id);
      if (!gone) return info();
      await state.saveSubscriptions(subs.filter((s) => s.id !== id));
      if (gone.builtIn) await state.setRemovedDefault(gone.url);
      await log(label(gone), 'info', 'unsubscribed: its coverage leaves the index');
      await deps.reload();
      await deps.files.prune(id, []);
      return info();
    },
    /** Runs one check at a time; a second request while one runs waits for it. */
    checkNow,
    /** Adds the build's default publisher unless the reader removed it. */
    async ensureDefault(): Promise<void> {
      const d = deps.defaultPublisher;
      if (!d || (await state.removedDefault()) === d.url) return;
      const subs = await state.subscriptions();
      if (subs.some((s) => s.builtIn || s.url === new URL(d.url).href)) return;
      await add(d.url, d.key, true).catch((e) =>
        log(null, 'error', `the built-in publisher could not be added: ${errorText(e)}`),
      );
    },
    /** A check stopped with the worker (mid-download) is run again at the next start. */
    wasInterrupted: async () => (await state.running()) !== null,
  };

  /** One check at a time. Asked while one runs (a publisher just added), one more runs after it, for everyone who
   * asked meanwhile: the running check read the subscription list before the new one was there. */
  function checkNow(reason: string): Promise<UpdatesInfo> {
    if (running) {
      queued ??= running.then(() => {
        queued = null;
        return checkNow(reason);
      });
      return queued;
    }
    running = checkAll(reason).finally(() => {
      running = null;
    });
    return running;
  }
}
export type UpdateService = ReturnType<typeof createUpdateService>;
