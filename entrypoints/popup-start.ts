// The popup's first script (a classic script in popup/index.html, run while the HTML is parsed, before the
// module chunks load): marks the open for the browser suite's benchmark and starts reading the tab's stored
// answer, so the storage round trips overlap with fetching and evaluating Preact and the views.
import { extApi } from '../lib/ui/ext-api.js';
import { readFirstAnswer, startedFirstAnswer } from '../lib/ui/first-answer.js';
import { readParams } from '../lib/ui/page-params.js';

export default defineUnlistedScript(() => {
  performance.mark('popup-open');
  const params = readParams(location.search);
  if (params.mock) return;
  const answer = readFirstAnswer(extApi(), params.tabId);
  void answer.then(() => performance.mark('popup-stored-answer'));
  startedFirstAnswer.set(answer);
});
