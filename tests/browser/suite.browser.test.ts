// The real-browser suite's one entry: launches Chromium with the built extension once, then runs each spec file's
// describe blocks against it (tests/browser/specs/*). Screenshots go to tests/browser/screenshots/.
import { afterAll, beforeAll } from 'vitest';
import type { Suite } from './harness/suite-context.js';
import { startSuite } from './harness/suite-context.js';
import { extractWorkerSpecs } from './specs/extract-worker.js';
import { hostileSpecs } from './specs/hostile.js';
import { indexImportSpecs } from './specs/index-import.js';
import { installInjectionSpecs } from './specs/install-injection.js';
import { numbersSpecs } from './specs/numbers.js';
import { plumbingSpecs } from './specs/plumbing.js';
import { popupSpeedSpecs } from './specs/popup-speed.js';
import { realPageSpecs } from './specs/real-pages.js';
import { seedStorySpecs } from './specs/seed-story.js';
import { sidePanelFollowSpecs } from './specs/side-panel-follow.js';
import { storyDisputeSpecs } from './specs/story-disputes.js';
import { settingsHistorySpecs } from './specs/settings-history.js';
import { signedImportSpecs } from './specs/signed-import.js';
import { updatesSpecs } from './specs/updates.js';
import { selfCollectSpecs } from './specs/self-collect.js';

let suite: Suite | null = null;
const get = (): Suite => {
  if (!suite) throw new Error('browser suite not started');
  return suite;
};

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.h.close();
  await suite?.server.close();
});

seedStorySpecs(get);
storyDisputeSpecs(get);
realPageSpecs(get);
numbersSpecs(get);
plumbingSpecs(get);
settingsHistorySpecs(get);
popupSpeedSpecs(get);
sidePanelFollowSpecs(get);
installInjectionSpecs(get);
hostileSpecs(get);
extractWorkerSpecs(get);
indexImportSpecs(get);
selfCollectSpecs(get);
// Last: it subscribes to a publisher, which rebuilds the index (it unsubscribes at the end).
updatesSpecs(get);
// After the updates: it subscribes to a publisher of its own, and leaves the reader unsubscribed on the bundled index.
signedImportSpecs(get);
