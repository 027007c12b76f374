// WXT build configuration: Preact UI and the manifest (Chrome MV3 with a side panel; Firefox MV2 with the same panel as a sidebar_action, which WXT generates from entrypoints/sidepanel).
import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** A Vite plugin, as WXT's config takes it (vite itself is WXT's dependency, not ours). */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

/** Firefox's id for the add-on (browser_specific_settings.gecko.id); the Firefox browser suite installs under it. */
export const ADDON_ID = '{37c1c520-e676-4e51-8bb1-4bdb990342a5}';

/** The extraction worker's script as ASCII (each other character as a \u escape, which means the same in its strings,
 *  templates and regular expressions): 66 characters in Readability's and our patterns made all 400 KB a two-byte
 *  string, and the content script's Blob of it cost 5-86 ms on the page's main thread instead of 4-10 ms. */
const asciiWorker: Plugin = {
  name: 'parallax-ascii-worker',
  generateBundle(_, bundle) {
    const chunk = bundle['extract-worker.js'];
    if (chunk?.type === 'chunk')
      chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  },
};

export default defineConfig({
  // No webextension-polyfill: WXT 0.20's `browser` is the browser's own (Chrome MV3's `chrome` and Firefox's
  // `browser` both return promises), and @webext-core/messaging 4 uses the native APIs too.
  // The default update publisher, from the build's environment (empty: none). Read by lib/ext/background/default-publisher.ts.
  vite: () => ({
    plugins: [preact(), asciiWorker],
    // One preact: without it this Vite 8 build bundled two copies (hooks bound to one, render from the other) and
    // the options page threw "Cannot read properties of undefined (reading 'context')" and stayed blank.
    resolve: { dedupe: ['preact'] },
    define: {
      __PARALLAX_UPDATES_URL__: JSON.stringify(process.env.PARALLAX_UPDATES_URL ?? ''),
      __PARALLAX_UPDATES_KEY__: JSON.stringify(process.env.PARALLAX_UPDATES_KEY ?? ''),
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'How other outlets reported the story you are reading, and which claims are disputed. Computed on your device.',
    // storage.session holds per-tab state; unlimitedStorage the index in IndexedDB; scripting injects the content
    // script into pages open from before install or update. No `tabs`: the host permissions already give the URLs
    // of the web pages Parallax reads (a late answer is never shown for a page the reader has left), and other
    // tabs' URLs are not ours to read. Injecting needs host permissions, which the content script's matches
    // do not grant: the same http(s) pages, so the access asked for at install is what the content script has.
    // alarms schedules the hourly update check (lib/ext/background/update-schedule.ts).
    // offscreen (Chrome): the reader's own collection reads fetched pages in an offscreen document (the worker has no
    // DOM). Each collected feed's site is asked for when added (permissions.request of that origin only); declared
    // optional here so the request stays valid if the content script's hosts are ever narrowed.
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          // A UUID-style id (the project owns no domain); it must never change, or Firefox treats an update as a
          // new add-on and the reader's settings and history stay behind with the old one.
          // 140: data_collection_permissions (Android 142), and above Intl.Segmenter's 125 (the background's
          // sentence splitting). sidebar_action is built by WXT from the <meta name="manifest.*"> tags in
          // entrypoints/sidepanel/index.html: one set here would be replaced.
          browser_specific_settings: {
            gecko: { id: ADDON_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // chrome.sidePanel.open (opening the panel from the popup) arrived in Chrome 116.
        { minimum_chrome_version: '116' }),
  }),
});
