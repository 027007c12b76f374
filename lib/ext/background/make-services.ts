// The real services behind the background's handlers: browser APIs, the two Dexie databases, the index and
// outlet table, and checkArticle. Built when the worker starts (never at import: WXT imports entries in Node).
import { browser } from 'wxt/browser';
import { IndexDb } from '../../index/dexie-schema.js';
import { parseIndexHeader } from '../../index/schema.js';
import { applyPageOutlet } from '../../outlets/apply.js';
import { checkArticle } from '../../report.js';
import type { Article } from '../../types.js';
import { stanceModel } from './stance-model.js';
import type { BadgeApi } from '../badge.js';
import { outletProfiles } from '../outlet-profiles.js';
import { sendMessage } from '../protocol.js';
import { createTabStore } from '../tab-state.js';
import { UserDb } from '../user-db/schema.js';
import { selfIdentity } from './guard.js';
import { firstLine, gzipLines } from './bundled-index.js';
import { createIndexService } from './index-service.js';
import { ImportStagingDb, importStaging } from '../import-staging.js';
import { generatedUrl, outletTable } from './outlet-table.js';
import type { BgServices } from './services.js';
import { defaultPublisher } from './default-publisher.js';
import { recheckAnsweredTabs } from './navigation.js';
import { updateFiles, UpdateFilesDb } from './update-files.js';
import { createUpdateService } from './update-service.js';
import { updateState } from './update-state.js';
import { DexieStore } from '../../index/dexie-store.js';
import { httpGet } from '../../updates/http-get.js';
import { makeCollect } from './collect-make.js';

/** chrome.action in MV3; Firefox's MV2 build has browserAction. */
function badgeApi(): BadgeApi {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const api = b.action ?? b.browserAction;
  if (!api) throw new Error('no action API');
  return api;
}

/** The bundled index file's gzipped bytes as a stream, from the extension's package. */
async function bundledBody(): Promise<ReadableStream<Uint8Array>> {
  const res = await fetch(generatedUrl('index.json.gz'));
  if (!res.ok || !res.body) throw new Error(`bundled index missing (${res.status}): run \`npm run build\``);
  return res.body;
}

export function makeServices(): BgServices {
  let userDb: UserDb | null = null;
  const indexDb = new IndexDb();
  const bundledHeader = async () => {
    const line = await firstLine(await bundledBody());
    return line === null ? null : parseIndexHeader(line);
  };
  // The index service and the updater need each other (a verified update is applied by reloading the index, which
  // composes the bundled file with the updates): both are made here, the services object closes the loop.
  let services: BgServices | null = null;
  const updateStore = updateState(browser.storage.local);
  const updates = createUpdateService({
    state: updateStore,
    files: updateFiles(new UpdateFilesDb()),
    // A download keeps the worker alive as a load does (Chrome stops one idle for 30 s).
    get: async (url, max) => {
      const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
      try {
        return await httpGet(url, max);
      } finally {
        clearInterval(timer);
      }
    },
    now: () => new Date(),
    bundledLines: async () => gzipLines(await bundledBody()),
    bundledHeader,
    activeHeader: () => new DexieStore(indexDb).header(),
    reload: () => index.ensureBundled(),
    defaultPublisher: defaultPublisher(),
    onApplied: async () => {
      if (services) await recheckAnsweredTabs(services);
    },
  });
  const index = createIndexService({
    db: indexDb,
    version: browser.runtime.getManifest().version,
    local: browser.storage.local,
    fetchBundled: async () => gzipLines(await bundledBody()),
    bundledHeader,
    keepAlive: () => void browser.runtime.getPlatformInfo(),
    compose: () => updates.composition(),
    staging: importStaging(new ImportStagingDb()),
    // Every subscription's key (the build's default publisher is one): a snapshot signed with one imports as trusted.
    // Read from the stored subscriptions alone: the updater's whole info also reads its log and the index header.
    publisherKeys: async () =>
      (await updateStore.subscriptions()).map((sub) => ({ name: sub.applied?.publisher.name ?? sub.url, key: sub.key })),
  });
  const fillOutlet = async (article: Article) => {
    const table = await outletTable();
    return table ? applyPageOutlet(article, table) : article;
  };
  const collect = makeCollect(
    fillOutlet,
    async () => {
      if (services) await recheckAnsweredTabs(services);
    },
    async () => {
      const a = await index.availability();
      return a.ready ? a.store : null;
    },
  );
  // Top frame only: the article is the top document, and ads' frames have no content script of ours anyway.
  const top = (tabId: number) => ({ tabId, frameId: 0 });
  services = {
    self: selfIdentity,
    tabs: createTabStore(browser.storage.session),
    userDb: () => (userDb ??= new UserDb()),
    index,
    updates,
    collect,
    analyse: {
      // Pages are matched against the loaded index with the reader's own collection beside it.
      index: async () => {
        const a = await index.availability();
        return a.ready ? { ready: true, store: await collect.over(a.store) } : a;
      },
      fillOutlet,
      check: async (store, article) => checkArticle(store, article, { stance: await stanceModel() }),
    },
    badge: badgeApi(),
    openTabs: () => browser.tabs.query({}),
    tabUrl: (tabId) =>
      browser.tabs.get(tabId).then(
        (t) => t.url ?? t.pendingUrl ?? '',
        () => null,
      ),
    toTab: {
      highlight: (tabId, sentence) => sendMessage('bgHighlightSentence', { sentence }, top(tabId)),
      clearHighlight: (tabId) => sendMessage('bgClearHighlight', undefined, top(tabId)),
      extractAgain: (tabId) => sendMessage('bgExtractAgain', undefined, top(tabId)),
      // The file WXT builds from entrypoints/content.ts (the manifest's content_scripts entry names the same one).
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/content.js'] });
      },
    },
    outletProfiles: async (domains) => {
      const table = await outletTable();
      return table ? outletProfiles(table, domains) : {};
    },
    now: () => new Date(),
  };
  return services;
}
