// Issue 18 item 5 in real Chromium: the reader imports an OPML list in the options; the background polls the feed on
// 127.0.0.1 (robots.txt honoured, no cookie, a second poll conditional), reads its articles in the offscreen document,
// and a page already open whose event only the feed brings goes from "no known coverage" to matched without a
// reload; removing the feed takes the match away again. The site's permission: the manifest's host permissions
// already cover http://*/* (the content script needs them), so the per-feed permissions.request resolves at once
// without a prompt, headless or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/extract/document.js';
import type { CollectInfo } from '../../../lib/ext/protocol.js';
import { parseHtml } from '../../../lib/node/html-document.js';
import { MASK, screenshot, screenshotDir, volatileParts, waitFor } from '../harness/extension.js';
import { otherEventPage } from '../harness/pages.js';
import { laterEventArticles, PINNED_AT } from '../harness/update-fixtures.js';
import { PRIVATE_PATH, READ_PATH, serveCollectWeb, type CollectWeb } from '../harness/collect-web.js';
import { POPUP, settled, type Suite } from '../harness/suite-context.js';

const SEED_PATH = '/news/putin-kursk.html';

const SLOW = 180_000;

/** Sets every collected feed's poll times to `at` in the extension's database (from one of its pages), so the options
 *  show a fixed day instead of the time the suite ran. */
function pinCollectTimes(at: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('parallax-collect');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('feeds', 'readwrite');
      tx.objectStore('feeds').openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        const f = cursor.value as { lastPoll?: string | null; lastSuccess?: string | null };
        cursor.update({ ...f, lastPoll: f.lastPoll && at, lastSuccess: f.lastSuccess && at });
        cursor.continue();
      };
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

export function selfCollectSpecs(get: () => Suite): void {
  describe('collect it yourself (opt-in)', () => {
    let web: CollectWeb;
    let tabId = -1;
    const s = () => get();
    const collect = () => s().h.ask<CollectInfo>('uiGetCollect');
    const matchOf = async () => {
      const st = await s().stateOf(tabId);
      return st.status === 'ready' ? st.report.match.status : st.status;
    };
    const waitMatch = (want: string) => waitFor(`the page's match to be ${want}`, matchOf, (m) => m === want, SLOW);

    beforeAll(async () => {
      // A real news page from the extraction benchmark (not the updates spec's), and three outlets' takes on its
      // event made from its own paragraphs: the bundled index knows none of them.
      const { html, url } = otherEventPage(3);
      const out = extractFromDocument(parseHtml(html), { url });
      if (!out.ok) throw new Error(`the page did not extract: ${out.message}`);
      // And a fourth outlet's take on the seed story, which the bundled index holds: it joins that event.
      const seed = extractFromDocument(parseHtml(get().seed.html), { url: get().server.url(SEED_PATH) });
      if (!seed.ok) throw new Error(`the seed page did not extract: ${seed.message}`);
      const paras = seed.article.text.split(/\n{2,}/).filter((p) => p.trim());
      const seedTake = {
        ...seed.article,
        id: 'collected-seed-take',
        title: `${seed.article.title}: what the visit means`,
        text: paras.filter((_, i) => i % 2 === 1).join('\n\n'),
        outlet: 'Frontline Digest',
      };
      web = await serveCollectWeb([...laterEventArticles(out.article), seedTake], html);
    }, SLOW);
    afterAll(async () => {
      await web?.close();
    });

    it(
      'says "no known coverage" for the page before any feed is collected',
      async () => {
        const page = await s().h.context.newPage();
        await page.goto(web.readUrl);
        tabId = await s().h.tabIdOf(web.readUrl);
        const st = await waitFor('the page to be checked', () => s().stateOf(tabId), settled);
        expect(st.status === 'ready' && st.report.match.status).toBe('none');
        // A cookie for 127.0.0.1 (the feed's host too): no collector request may carry it.
        await page.evaluate(() => (document.cookie = 'reader=secret-page-cookie; path=/'));
      },
      SLOW,
    );

    it(
      'imports an OPML list in the options, polls it, and the open page is matched without a reload',
      async () => {
        const options = await s().openExtensionPage('options.html', { width: 900, height: 1400 });
        await options
          .getByTestId('collect-file')
          .setInputFiles({ name: 'my-feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(web.opml()) });
        const preview = options.getByTestId('collect-preview');
        await preview.waitFor({ timeout: 30_000 });
        expect(await preview.innerText()).toMatch(
          /my-feeds\.opml: 1 feed from 1 site \(127\.0\.0\.1\)[\s\S]*Left out: No feed here: no xmlUrl/,
        );
        await options
          .getByTestId('opt-collect')
          .screenshot({ path: `${screenshotDir}/options-collect-preview.png`, mask: volatileParts(options), maskColor: MASK });
        await options.getByTestId('collect-add').click();
        const done = await waitFor('the first poll', collect, (c) => !c.polling && !!c.feeds[0]?.lastPoll, SLOW);
        const feed = done.feeds[0]!;
        expect(feed.error).toBeNull();
        expect(feed.permitted).toBe(true);
        // Three full articles; the page robots.txt keeps out is never asked for, the feed's excerpt stands in.
        expect(feed.lastPages).toEqual({ added: 4, excerpts: 1, failed: 0 });
        expect(done.articles).toBe(5);
        expect(await waitMatch('matched')).toBe('matched');
        const st = await s().stateOf(tabId);
        const urls = st.status === 'ready' ? st.report.coverage.map((c) => c.url) : [];
        expect(urls.filter((u) => u?.startsWith(`${web.origin}/articles/`)).length).toBeGreaterThanOrEqual(2);
        // The poll's times pinned to a fixed day and the feed's address (a random port) masked: the same screenshot
        // every run.
        await options.evaluate(pinCollectTimes, PINNED_AT);
        await options.reload();
        await options.getByTestId('collect-feed').waitFor({ timeout: 30_000 });
        expect(await options.getByTestId('collect-feed-state').innerText()).toBe('ok');
        expect(await options.getByTestId('collect-summary').innerText()).toMatch(
          /5 articles in \d+ events? collected from 1 feed; last poll/,
        );
        await options.getByTestId('opt-collect').screenshot({
          path: `${screenshotDir}/options-collect.png`,
          mask: [...volatileParts(options), options.getByTestId('collect-feed-url')],
          maskColor: MASK,
        });
        await options.close();
      },
      SLOW,
    );

    it('polls politely and privately: robots.txt first, no cookie or referrer, the page read never asked', () => {
      const paths = web.log.map((r) => r.path);
      expect(paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
      expect(paths.indexOf('/robots.txt')).toBeLessThan(paths.indexOf('/feed.xml'));
      expect(paths).not.toContain(PRIVATE_PATH);
      // The tab's own load is the only request for the page read.
      expect(paths.filter((p) => p === READ_PATH)).toHaveLength(1);
      const collector = web.log.filter((r) => r.path !== READ_PATH);
      expect(collector.every((r) => r.cookie === null && r.referer === null)).toBe(true);
    });

    it(
      'asks again with the ETag: an unchanged feed costs one request and brings nothing twice',
      async () => {
        const before = web.log.length;
        const after = await s().h.ask<CollectInfo>('uiCollectPoll', { url: null });
        const asked = web.log.slice(before);
        expect(asked.map((r) => r.path)).toEqual(['/feed.xml']);
        expect(asked[0]!.ifNoneMatch).toBe('"wire-1"');
        expect(after.articles).toBe(5);
        expect(after.feeds[0]!.error).toBeNull();
      },
      SLOW,
    );

    it(
      'a collected take on a story the bundled index holds joins its event: the page shows both',
      async () => {
        const { tabId: seedTab } = await s().openTab(`${SEED_PATH}?collected`);
        const take = `${web.origin}/articles/take-3.html`;
        const st = await waitFor(
          'the seed page with the collected take beside the indexed outlets',
          () => s().stateOf(seedTab),
          (x) => x.status === 'ready' && x.report.coverage.some((c) => c.url === take),
          SLOW,
        );
        const urls = st.status === 'ready' ? st.report.coverage.map((c) => c.url ?? '') : [];
        // The bundled index's own outlets for the story are still there, beside the one the feed brought.
        expect(urls.filter((u) => !u.startsWith(web.origin)).length).toBeGreaterThanOrEqual(2);
        const popup = await s().openExtensionPage(`popup.html?tabId=${seedTab}`, POPUP);
        await popup.getByText('Frontline Digest').first().waitFor({ timeout: 30_000 });
        await screenshot(popup, 'popup-collected-joined');
        await popup.close();
      },
      SLOW,
    );

    it(
      'removing the feed takes its articles out: the page has no known coverage again',
      async () => {
        const after = await s().h.ask<CollectInfo>('uiCollectRemove', { url: web.feedUrl });
        expect(after).toMatchObject({ feeds: [], articles: 0, events: 0 });
        expect(await waitMatch('none')).toBe('none');
      },
      SLOW,
    );
  });
}
