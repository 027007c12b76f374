// The real-browser suite: Debian Chromium driven by playwright-core loads the built extension (.output/chrome-mv3).
// One entry file launches the browser once for every spec (tests/browser/specs/*).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
