// Collect it yourself in Firefox (issue 18, items 5 and 6): the add-on takes an OPML list, its background page polls
// the feed on 127.0.0.1 (robots.txt first, no cookie, no referrer) and reads the articles with the extension's own
// extraction in the background page (Firefox has no offscreen document); a page already open whose event only the
// feed brings goes from "no known coverage" to matched, and removing the feed takes the match away. The feed's site
// is covered by the manifest's host permissions, as in Chromium, so no permission prompt stands in the way.
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../../lib/extract/document.js';
import type { CollectImport, CollectInfo, ImportResult, IndexInfo } from '../../../../lib/ext/protocol.js';
import { parseHtml } from '../../../../lib/node/html-document.js';
import { PRIVATE_PATH, READ_PATH, serveCollectWeb } from '../../harness/collect-web.js';
import { waitFor } from '../../harness/extension.js';
import { otherEventPage } from '../../harness/pages.js';
import { settled } from '../../harness/suite-context.js';
import { laterEventArticles } from '../../harness/update-fixtures.js';
import type { FirefoxSuite } from '../suite.js';

const SLOW = 300_000;

export function selfCollectSpecs(get: () => FirefoxSuite): void {
  describe('collect it yourself (opt-in)', () => {
    it(
      'polls an imported feed in the background page, matches the open page, and forgets it when removed',
      async () => {
        const { h, stateOf } = get();
        if ((await h.ask<IndexInfo>('uiGetIndexInfo')).source === 'imported')
          expect((await h.ask<ImportResult>('uiUseBundledIndex')).ok).toBe(true);
        const { html, url } = otherEventPage(3);
        const out = extractFromDocument(parseHtml(html), { url });
        if (!out.ok) throw new Error(`the page did not extract: ${out.message}`);
        const web = await serveCollectWeb(laterEventArticles(out.article), html);
        try {
          const tab = await h.openWebTab(web.readUrl);
          const tabId = await h.tabIdOf(web.readUrl);
          const matchOf = async () => {
            const st = await stateOf(tabId);
            return st.status === 'ready' ? st.report.match.status : st.status;
          };
          const first = await waitFor('the page to be checked', () => stateOf(tabId), settled);
          expect(first.status === 'ready' && first.report.match.status).toBe('none');
          await tab.run('document.cookie = "reader=secret-page-cookie; path=/"');

          const imported = await h.ask<CollectImport>('uiCollectImport', { opml: web.opml() });
          expect(imported.added).toBe(1);
          const done = await waitFor(
            'the first poll',
            () => h.ask<CollectInfo>('uiGetCollect'),
            (c) => !c.polling && !!c.feeds[0]?.lastPoll,
            SLOW,
          );
          expect(done.feeds[0]).toMatchObject({ error: null, permitted: true, lastPages: { added: 3, excerpts: 1, failed: 0 } });
          expect(await waitFor("the page's match", matchOf, (m) => m === 'matched', SLOW)).toBe('matched');

          const paths = web.log.map((r) => r.path);
          expect(paths.indexOf('/robots.txt')).toBeLessThan(paths.indexOf('/feed.xml'));
          expect(paths).not.toContain(PRIVATE_PATH);
          expect(paths.filter((p) => p === READ_PATH)).toHaveLength(1);
          expect(web.log.filter((r) => r.path !== READ_PATH).every((r) => r.cookie === null && r.referer === null)).toBe(true);

          expect(await h.ask<CollectInfo>('uiCollectRemove', { url: web.feedUrl })).toMatchObject({ feeds: [], articles: 0 });
          expect(await waitFor("the page's match", matchOf, (m) => m === 'none', SLOW)).toBe('none');
          await tab.close();
        } finally {
          await web.close();
        }
      },
      SLOW,
    );
  });
}
