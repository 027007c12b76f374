// WXT build configuration: Preact UI, the webextension-polyfill module, and the manifest (Chrome MV3 with a side
// panel; Firefox with the same panel as a sidebar_action, which WXT generates from entrypoints/sidepanel).
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The default update publisher, from the build's environment (empty: none). Read by lib/ext/background/default-publisher.ts.
  vite: () => ({
    plugins: [preact()],
    define: {
      __PARALLAX_UPDATES_URL__: JSON.stringify(process.env.PARALLAX_UPDATES_URL ?? ''),
      __PARALLAX_UPDATES_KEY__: JSON.stringify(process.env.PARALLAX_UPDATES_KEY ?? ''),
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'How other outlets reported the story you are reading, and which claims are disputed. Computed on your device.',
    // storage.session holds per-tab state; unlimitedStorage the index in IndexedDB; tabs reads the tab's URL so a
    // late answer is never shown for a page the reader has left; scripting injects the content script into pages
    // open from before install or update. Injecting needs host permissions, which the content script's matches
    // do not grant: the same http(s) pages, so the access asked for at install is what the content script has.
    // alarms schedules the hourly update check (lib/ext/background/update-schedule.ts).
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: { gecko: { id: 'parallax@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } },
          sidebar_action: { default_title: 'Parallax', default_panel: 'sidepanel.html', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' }, open_at_install: false },
        }
      : // chrome.sidePanel.open (opening the panel from the popup) arrived in Chrome 116.
        { minimum_chrome_version: '116' }),
  }),
});
