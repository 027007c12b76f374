// WXT build configuration: Preact UI, the webextension-polyfill module, and the MV3 manifest.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'How other outlets reported the story you are reading, and which claims are disputed. Computed on your device.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
