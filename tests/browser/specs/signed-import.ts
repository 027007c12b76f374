// Importing a publisher's signed snapshot by hand in real Chromium (the manifest.json chosen with the snapshot it
// names): with the publisher subscribed, the import is loaded without a question and called signed by that publisher in
// the options and the popup; a snapshot that is not the one the manifest names is refused; a manifest signed by a key
// the reader does not subscribe to is only unverified. Afterwards the reader is back on the bundled index, unsubscribed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexInfo, UpdatesInfo } from '../../../lib/ext/protocol.js';
import { manifestFileNames } from '../../../lib/updates/format.js';
import { putOps, recordsOf, TestPublisher } from '../../helpers/test-publisher.js';
import { UNRELATED } from '../../unit/index/fixtures.js';
import { screenshot, screenshotDir, waitFor } from '../harness/extension.js';
import { POPUP, type Suite } from '../harness/suite-context.js';
import { PINNED_AT, pinStoredTimes } from '../harness/update-fixtures.js';
import { serveUpdates, type UpdateServer } from '../harness/update-server.js';

const SLOW = 180_000;

/** A publisher's folder written to disk as a reader would download it: manifest.json and its snapshot. */
function writeFolder(
  dir: string,
  pub: TestPublisher,
  snapshot: Uint8Array = pub.files.get(manifestFileNames.snapshot(pub.sequence))!,
) {
  const manifest = join(dir, 'manifest.json');
  const file = join(dir, manifestFileNames.snapshot(pub.sequence));
  writeFileSync(manifest, pub.manifest);
  writeFileSync(file, snapshot);
  return { manifest, snapshot: file };
}

/** What an import with no answer left behind: the options page's import section, the files still staged, the index
 * and the last console lines of the extension. */
async function importDiagnosis(suite: Suite, options: Page): Promise<string> {
  const guard = <T>(p: Promise<T>) => p.catch((e: unknown) => `(${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  const section = await guard(options.getByTestId('opt-index').innerText({ timeout: 5_000 }));
  const input = await guard(options.getByTestId('index-file').isDisabled({ timeout: 5_000 }));
  const staged = await guard(
    options.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('parallax-import');
          open.onerror = () => resolve(`cannot open: ${String(open.error)}`);
          open.onblocked = () => resolve('open blocked');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('staged')) return resolve('no staged store');
            const count = db.transaction('staged').objectStore('staged').count();
            count.onsuccess = () => resolve(`${count.result} staged`);
            count.onerror = () => resolve(`count failed: ${String(count.error)}`);
          };
        }),
    ),
  );
  const index = await guard(suite.h.ask<IndexInfo>('uiGetIndexInfo').then((i) => JSON.stringify(i)));
  return [
    `import section: ${JSON.stringify(section)}`,
    `file input disabled: ${String(input)}; staged imports: ${staged}`,
    `index: ${index}`,
    'console:',
    ...suite.h.consoleTail(25),
  ].join('\n');
}

export function signedImportSpecs(get: () => Suite): void {
  describe('signed index import', () => {
    let pub: TestPublisher;
    let stranger: TestPublisher;
    let srv: UpdateServer;
    let dir: string;
    let options: Page;
    let before: IndexInfo;

    beforeAll(async () => {
      const records = await recordsOf([{ article: UNRELATED }]);
      pub = new TestPublisher('Signed Wire', 'A publisher whose snapshot is imported by hand', 100_000, 'signed-import');
      stranger = new TestPublisher('Stranger Wire', 'A publisher nobody subscribed to', 100_000, 'signed-import-stranger');
      for (const p of [pub, stranger]) {
        for (const op of putOps(records)) p.state.apply(op);
        await p.publishSnapshot();
      }
      srv = await serveUpdates(pub);
      dir = mkdtempSync(join(tmpdir(), 'parallax-signed-'));
      const { h } = get();
      await h.ask<UpdatesInfo>('uiSubscribe', { url: srv.manifestUrl, key: pub.publicKey });
      await waitFor(
        'the subscription’s snapshot applied',
        () => h.ask<UpdatesInfo>('uiGetUpdates'),
        (u) => u.subscriptions[0]?.applied?.sequence === 1,
        SLOW,
      );
      // The bundled index with the subscription's coverage, once rebuilt and answering: what answers pages before and
      // after the import (an import waits for a rebuild still running, which on a loaded machine outlasted a minute).
      before = await waitFor(
        'the index with the subscription',
        () => h.ask<IndexInfo>('uiGetIndexInfo'),
        (i) => i.state === 'ready' && /Signed Wire/.test(i.description ?? ''),
        SLOW,
      );
      options = await get().openExtensionPage('options.html', { width: 900, height: 1000 });
    }, SLOW);

    afterAll(async () => {
      const { h } = get();
      const subs = (await h.ask<UpdatesInfo>('uiGetUpdates')).subscriptions;
      for (const s of subs) await h.ask<UpdatesInfo>('uiUnsubscribe', { id: s.id });
      await options?.close();
      await srv?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }, SLOW);

    it(
      'refuses a snapshot that is not the one the signed manifest names, and keeps the index',
      async () => {
        // A copy: the publisher keeps Node Buffers, whose slice() shares their bytes.
        const tampered = Uint8Array.from(pub.files.get(manifestFileNames.snapshot(pub.sequence))!);
        tampered[tampered.length >> 1]! ^= 0xff;
        const files = writeFolder(mkdtempSync(join(dir, 'tampered-')), pub, tampered);
        const info = await get().h.ask<IndexInfo>('uiGetIndexInfo');
        const error = options.getByTestId('import-error');
        const confirm = options.getByTestId('import-confirm');
        await options.getByTestId('index-file').setInputFiles([files.manifest, files.snapshot]);
        // In four of eight clean-clone CI runs this first import had no answer, even after six minutes: the page said
        // "Checking and loading… 0%", its files were no longer staged and the index was as before, so the background had
        // finished and its answer was lost. The page now also asks what became of the import (uiImportStatus). Should it
        // wait again, the failure says what the page, the staged files, the index and the consoles show.
        const answered = options.locator('[data-testid=import-error], [data-testid=import-confirm]').first();
        await answered.waitFor({ timeout: 120_000 }).catch(async () => {
          throw new Error(`first import unanswered after 2 min:\n${await importDiagnosis(get(), options)}`);
        });
        if (await confirm.isVisible()) {
          console.log(`first import asked instead of refusing: ${await confirm.textContent()}`);
          await options.getByTestId('import-confirm-no').click();
          await confirm.waitFor({ state: 'detached' });
          await options.getByTestId('index-file').setInputFiles([files.manifest, files.snapshot]);
        }
        await error.waitFor({ timeout: 120_000 });
        expect(await error.textContent()).toMatch(
          /is not the snapshot this signed manifest names \([\d,]+ bytes\): it was changed or is another file/,
        );
        expect(await get().h.ask<IndexInfo>('uiGetIndexInfo')).toEqual(info);
      },
      SLOW,
    );

    it(
      'calls a manifest signed by a key the reader does not subscribe to unverified, and asks first',
      async () => {
        const files = writeFolder(mkdtempSync(join(dir, 'stranger-')), stranger);
        await options.getByTestId('index-file').setInputFiles([files.manifest, files.snapshot]);
        const confirm = options.getByTestId('import-confirm');
        await confirm.waitFor({ timeout: 120_000 });
        expect(await confirm.textContent()).toMatch(/which is not the key of a publisher you subscribe to/);
        await options.getByTestId('import-confirm-no').click();
        await confirm.waitFor({ state: 'detached' });
      },
      SLOW,
    );

    it(
      'loads the subscribed publisher’s signed snapshot without asking, and says whose it is',
      async () => {
        const { h, openTab, openExtensionPage } = get();
        const files = writeFolder(mkdtempSync(join(dir, 'signed-')), pub);
        await options.getByTestId('index-file').setInputFiles([files.manifest, files.snapshot]);
        await options.getByTestId('import-done').waitFor({ timeout: SLOW });
        expect(await options.getByTestId('import-confirm').count()).toBe(0);
        const imported = await h.ask<IndexInfo>('uiGetIndexInfo');
        expect(imported).toMatchObject({
          state: 'ready',
          source: 'imported',
          trust: { kind: 'signed', publisher: 'Signed Wire' },
          problem: null,
        });
        await expect(options.getByTestId('index-trust').textContent()).resolves.toMatch(
          /^imported, signed by Signed Wire \(key [0-9a-f]+\)$/,
        );
        await options.getByTestId('opt-index').screenshot({ path: `${screenshotDir}/options-imported-signed.png` });

        expect((await h.ask<UpdatesInfo>('uiGetUpdates')).freshness.imported).toEqual({ verified: true, by: 'Signed Wire' });
        const { tabId } = await openTab('/news/putin-kursk.html?signed');
        // The last check's time is pinned to a fixed day, so the screenshot does not change from run to run.
        await h.probe.evaluate(pinStoredTimes, PINNED_AT);
        const popup = await openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
        const line = popup.getByTestId('coverage-line');
        await line.waitFor();
        expect(await line.textContent()).toMatch(/^Coverage imported from Signed Wire up to /);
        await screenshot(popup, 'popup-imported-signed');
        await popup.close();

        await options.getByTestId('use-bundled').click();
        await options.getByText('Back to the bundled index.').waitFor({ timeout: SLOW });
        expect(await h.ask<IndexInfo>('uiGetIndexInfo')).toMatchObject({
          state: 'ready',
          source: 'bundled',
          contentHash: before.contentHash,
        });
      },
      SLOW,
    );
  });
}
