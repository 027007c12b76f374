// The real-browser suites: Debian Chromium driven by playwright-core loads the built extension (.output/chrome-mv3);
// Debian's firefox-esr driven over Marionette installs the Firefox build (.output/firefox-mv2), which web-ext lint
// also checks. One entry file per browser launches it once for every spec (tests/browser/specs/*,
// tests/browser/firefox/specs/*). The files run one after another: two browsers at once on a 2-core machine would
// slow both and disturb the popup timing the Chromium suite prints.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
