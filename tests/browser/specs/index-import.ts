// Importing index files in real Chromium through the options page (files made at run time): each bad kind the
// hardening probe tried is refused with a plain message and the index answering pages is untouched; an import whose
// service worker is stopped (CDP) mid-load leaves nothing behind and says so, and the next import is clean; an
// unsigned file is loaded only once the reader confirms, and is then called unverified in the options and the popup.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexInfo, UpdatesInfo } from '../../../lib/ext/protocol.js';
import { makeIndexFiles, type BadFile } from '../harness/bad-index-files.js';
import { screenshot, screenshotDir, waitFor } from '../harness/extension.js';
import { generationsInUse, indexMeta } from '../harness/index-db.js';
import { POPUP, type Suite } from '../harness/suite-context.js';

/** Rows of a store of the extension's index database, and of the import staging database. */
function rowCount(page: Page, db: string, store: string): Promise<number> {
  return page.evaluate(
    ([name, table]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const d = open.result;
          if (!d.objectStoreNames.contains(table)) return resolve(0);
          const r = d.transaction(table).objectStore(table).count();
          r.onsuccess = () => {
            resolve(r.result);
            d.close();
          };
        };
      }),
    [db, store] as const,
  );
}

/** Stops the extension's service worker as DevTools' "stop" does (CDP ServiceWorker.stopAllWorkers): the harness's
 * Target.closeTarget waited in vain while the worker streamed a staged file. */
async function stopWorkerNow(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** The import's own section of the options: what the screenshot is about, without the history's months or the update
 *  log's times around it. */
const panelShot = (options: Page, name: string) =>
  options.getByTestId('opt-index').screenshot({ path: join(screenshotDir, `${name}.png`) });

export function indexImportSpecs(get: () => Suite): void {
  describe('index import', () => {
    let files: Awaited<ReturnType<typeof makeIndexFiles>>;
    let options: Page;
    let before: IndexInfo;
    beforeAll(async () => {
      const t0 = Date.now();
      files = await makeIndexFiles();
      console.log(`import test files made in ${Date.now() - t0} ms`);
      options = await get().openExtensionPage('options.html', { width: 900, height: 1000 });
      before = await get().h.ask<IndexInfo>('uiGetIndexInfo');
      expect(before).toMatchObject({ state: 'ready', source: 'bundled', trust: { kind: 'bundled' }, problem: null });
    });
    afterAll(async () => {
      await options?.close();
      if (files) rmSync(files.dir, { recursive: true, force: true });
    });

    const choose = async (paths: string | string[]) => {
      await options.getByTestId('index-file').setInputFiles(paths);
    };

    it('refuses every bad file kind with a plain message, and the index stays as it was', { timeout: 240_000 }, async () => {
      const { h } = get();
      const seen: string[] = [];
      for (const bad of files.bad as BadFile[]) {
        const t0 = Date.now();
        await choose(bad.path);
        const error = options.getByTestId('import-error');
        await error.waitFor({ timeout: 120_000 });
        const text = (await error.textContent()) ?? '';
        seen.push(`${bad.what}: ${Date.now() - t0} ms: ${text}`);
        expect(text, bad.what).toMatch(bad.message);
        expect(text).toMatch(/The current index is kept\.$/);
        expect(text).not.toMatch(/Failed to fetch|message length|64 ?MiB|The file is empty/i);
        expect(await h.ask<IndexInfo>('uiGetIndexInfo')).toEqual(before);
        if (bad.what.includes('bomb')) await panelShot(options, 'options-import-refused');
      }
      console.log(seen.join('\n'));
      // Nothing refused stays staged, and no generation but the active one has rows.
      expect(await rowCount(options, 'parallax-import', 'staged')).toBe(0);
      expect((await generationsInUse(options)).length).toBe(1);
    });

    it(
      'purges an import whose worker is stopped mid-load, says so, and the next import is clean',
      { timeout: 240_000 },
      async () => {
        const { h } = get();
        const active = (await indexMeta(options)).active;
        await choose(files.valid);
        // Checking 86,814 lines first takes a while on a busy machine: the question comes after it.
        await options.getByTestId('import-confirm-yes').waitFor({ timeout: 120_000 });
        await options.getByTestId('import-confirm-yes').click();
        const cut = await waitFor(
          'the import to write its first rows',
          () => indexMeta(options),
          (m) => (m.loading?.linesDone ?? 0) > 0,
          120_000,
        );
        await stopWorkerNow(options);
        console.log(`worker stopped at line ${cut.loading!.linesDone} of the import (generation ${cut.loading!.gen})`);
        const error = options.getByTestId('import-error');
        await error.waitFor({ timeout: 30_000 });
        expect(await error.textContent()).toMatch(
          /background was stopped by the browser during the import, so nothing was changed/,
        );
        // The next worker purges what the stopped one wrote and says so; the bundled index still answers.
        const after = await waitFor(
          'the interrupted import to be purged',
          () => h.ask<IndexInfo>('uiGetIndexInfo'),
          (i) => /interrupted/.test(i.message ?? ''),
          60_000,
        );
        expect(after).toMatchObject({
          state: 'ready',
          source: 'bundled',
          contentHash: before.contentHash,
          counts: before.counts,
        });
        expect(await indexMeta(options)).toEqual({ active, loading: null });
        expect(await generationsInUse(options)).toEqual([active]);
        expect(await rowCount(options, 'parallax-index', 'outlets')).toBe(before.counts!.outlets);
        await options.reload();
        await expect(options.getByTestId('index-state').textContent()).resolves.toMatch(/interrupted when the browser stopped/);
        await panelShot(options, 'options-import-interrupted');

        // The same file again: asked, cancelled (nothing written, nothing staged), then confirmed and loaded whole into a
        // fresh generation.
        await choose(files.valid);
        const confirm = options.getByTestId('import-confirm');
        await confirm.waitFor({ timeout: 120_000 });
        expect(await confirm.textContent()).toMatch(/is a valid index, but the file is not signed.*60,175 outlets/s);
        await panelShot(options, 'options-import-confirm');
        await options.getByTestId('import-confirm-no').click();
        await confirm.waitFor({ state: 'detached' });
        expect(await rowCount(options, 'parallax-import', 'staged')).toBe(0);
        expect((await h.ask<IndexInfo>('uiGetIndexInfo')).contentHash).toBe(before.contentHash);

        await choose(files.valid);
        await options.getByTestId('import-confirm-yes').waitFor({ timeout: 120_000 });
        await options.getByTestId('import-confirm-yes').click();
        await options.getByTestId('import-done').waitFor({ timeout: 180_000 });
        const imported = await h.ask<IndexInfo>('uiGetIndexInfo');
        expect(imported).toMatchObject({
          state: 'ready',
          source: 'imported',
          trust: { kind: 'unverified', reason: 'the file is not signed' },
          problem: null,
          message: null,
        });
        expect(imported.counts?.outlets).toBe(before.counts!.outlets! + 60_000);
        const gens = await generationsInUse(options);
        expect(gens.length).toBe(1);
        expect(gens[0]).toBeGreaterThan(cut.loading!.gen);
        // Exactly the file's outlets: no rows of the interrupted load mixed in (the probe found 311,000 instead of 175).
        expect(await rowCount(options, 'parallax-index', 'outlets')).toBe(imported.counts!.outlets);
        await expect(options.getByTestId('index-trust').textContent()).resolves.toBe(
          'imported, unverified: the file is not signed',
        );
        await panelShot(options, 'options-imported-unverified');
      },
    );

    it('calls the imported index unverified in the popup, and goes back to the bundled index', { timeout: 180_000 }, async () => {
      const { h, openTab, openExtensionPage } = get();
      const updates = await h.ask<UpdatesInfo>('uiGetUpdates');
      expect(updates.freshness.imported).toEqual({ verified: false, by: null });
      const { tabId, state } = await openTab('/news/putin-kursk.html?unverified');
      expect(state.status).toBe('ready');
      const popup = await openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
      const line = popup.getByTestId('coverage-line');
      await line.waitFor();
      expect(await line.textContent()).toMatch(/^Unverified imported coverage up to .*: [\d,]+ articles from 60,175 outlets$/);
      await screenshot(popup, 'popup-unverified');
      await popup.close();

      await options.getByTestId('use-bundled').click();
      await options.getByText('Back to the bundled index.').waitFor({ timeout: 120_000 });
      const back = await h.ask<IndexInfo>('uiGetIndexInfo');
      expect(back).toMatchObject({
        state: 'ready',
        source: 'bundled',
        trust: { kind: 'bundled' },
        contentHash: before.contentHash,
        counts: before.counts,
      });
      expect((await h.ask<UpdatesInfo>('uiGetUpdates')).freshness.imported).toBeUndefined();
      expect(await rowCount(options, 'parallax-index', 'outlets')).toBe(before.counts!.outlets);
    });

    it('renders a damaged header an older version stored, and goes back to the bundled index', { timeout: 180_000 }, async () => {
      const { h } = get();
      // The probe's header, written where an older version would have stored it unchecked.
      await options.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('parallax-index');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const store = open.result.transaction('meta', 'readwrite').objectStore('meta');
              const get = store.get('active');
              get.onsuccess = () => {
                const row = get.result as { header: { counts: Record<string, unknown>; builtAt: unknown } };
                row.header.counts.articles = null;
                row.header.counts.terms = Infinity;
                row.header.builtAt = { y: 2025 };
                store.put(row).onsuccess = () => {
                  open.result.close();
                  resolve();
                };
              };
            };
          }),
      );
      for (let i = 0; i < 3; i++) {
        await options.reload();
        await options.getByTestId('index-problem').waitFor({ timeout: 20_000 });
        expect(await options.getByTestId('index-count-articles').count()).toBe(0);
        expect(await options.getByTestId('use-bundled').textContent()).toBe('Go back to the bundled index');
      }
      await expect(options.getByTestId('index-problem').textContent()).resolves.toMatch(
        /stored index is damaged \(builtAt: a date is text/,
      );
      await panelShot(options, 'options-damaged-header');
      await options.getByTestId('use-bundled').click();
      await options.getByText('Back to the bundled index.').waitFor({ timeout: 120_000 });
      expect(await h.ask<IndexInfo>('uiGetIndexInfo')).toMatchObject({
        state: 'ready',
        source: 'bundled',
        problem: null,
        counts: before.counts,
      });
      expect(await options.getByTestId('index-problem').count()).toBe(0);
    });
  });
}
