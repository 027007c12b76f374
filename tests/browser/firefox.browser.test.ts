// The Firefox suite's one entry: starts Debian's firefox-esr with the built Firefox add-on (.output/firefox-mv2)
// through Marionette once, then runs each spec file against it (tests/browser/firefox/specs/*, and the specs shared
// with Chromium). Screenshots go to tests/browser/screenshots/firefox-*.png.
import { afterAll, beforeAll } from 'vitest';
import { extractWorkerSpecs } from './firefox/specs/extract-worker.js';
import { highlightSpecs } from './firefox/specs/highlight.js';
import { installInjectionSpecs } from './firefox/specs/install-injection.js';
import { installSpecs } from './firefox/specs/install.js';
import { otherPageSpecs } from './firefox/specs/other-pages.js';
import { realPageSpecs } from './firefox/specs/real-pages.js';
import { seedStorySpecs } from './firefox/specs/seed-story.js';
import { sidebarFollowSpecs } from './firefox/specs/sidebar-follow.js';
import { startFirefoxSuite, type FirefoxSuite } from './firefox/suite.js';
import { selfCollectSpecs } from './firefox/specs/self-collect.js';
import { updateSpecs } from './firefox/specs/updates.js';
import { settingsHistorySpecs } from './specs/settings-history.js';

let suite: FirefoxSuite | null = null;
const get = (): FirefoxSuite => {
  if (!suite) throw new Error('Firefox suite not started');
  return suite;
};

beforeAll(async () => {
  suite = await startFirefoxSuite();
});

afterAll(async () => {
  await suite?.h.close();
  await suite?.server.close();
});

installSpecs(get);
seedStorySpecs(get);
otherPageSpecs(get);
extractWorkerSpecs(get);
realPageSpecs(get);
highlightSpecs(get);
sidebarFollowSpecs(get);
settingsHistorySpecs(get);
installInjectionSpecs(get);
updateSpecs(get);
selfCollectSpecs(get);
