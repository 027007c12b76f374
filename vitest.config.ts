// Unit and integration tests (Node). The browser suite has its own config: vitest.browser.config.ts.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WXT's plugin does not pick up the Preact plugin from wxt.config.ts, so it is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
