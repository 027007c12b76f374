// The extraction worker's script (a dedicated Worker the content script starts inside the tab from a blob: URL of
// this file's text; lib/ext/content/worker-extract.ts): wiring only, see lib/ext/worker/extract-copy.ts.
import { serveExtraction } from '../lib/ext/worker/extract-copy.js';

export default defineUnlistedScript(() => {
  serveExtraction(self as unknown as Parameters<typeof serveExtraction>[0]);
});
