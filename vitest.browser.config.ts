// The real-browser suite: Debian Chromium driven by playwright-core loads the built extension (.output/chrome-mv3).
// Files run one after another and share one browser profile (global setup), so the index is loaded into it once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/browser/harness/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
