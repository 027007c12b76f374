// Issue 18 in real Chromium: a publisher on 127.0.0.1 is previewed and trusted in the options; a page whose event only
// a later delta brings says "no known coverage" before and is matched after, without being reloaded; tampered,
// truncated, missing, replayed, foreign-key and unreachable updates each give their state and change nothing; an
// expired manifest shows stale; a delta deleting the page's event takes its match away; the worker stopped mid-download
// and mid-apply ends complete; and no update request carries anything of the pages read, nor a cookie.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexInfo, TabState, UpdatesInfo } from '../../../lib/ext/protocol.js';
import type { IndexRecord } from '../../../lib/index/format.js';
import { readIndexText } from '../../../lib/node/index-file.js';
import { bundledIndexPath } from '../../../lib/node/paths.js';
import { syntheticDay } from '../../bench/synthetic-day.js';
import { MASK, screenshot, volatileParts, waitFor } from '../harness/extension.js';
import { PANEL, POPUP, readyReport, settled, type Suite } from '../harness/suite-context.js';
import {
  FixedPublisher,
  LATER_PATH,
  laterEventOps,
  PINNED_AT,
  pinStoredTimes,
  updatesPublisher,
} from '../harness/update-fixtures.js';
import { serveUpdates, type UpdateServer } from '../harness/update-server.js';
import { indexMeta, generationsInUse } from '../harness/index-db.js';

const SLOW = 300_000;
const bundledRecords = () =>
  readIndexText(bundledIndexPath)
    .split('\n')
    .slice(1)
    .filter((l) => l)
    .map((l) => JSON.parse(l) as IndexRecord);

export function updatesSpecs(get: () => Suite): void {
  describe('updates from a subscribed publisher', () => {
    let srv: UpdateServer;
    let tabId = -1;
    let bundledArticles = 0;
    const s = () => get();
    const updates = () => s().h.ask<UpdatesInfo>('uiGetUpdates');
    /** The subscription, or a stand-in while it is not there yet (right after "Trust" is clicked). */
    const sub = async () => (await updates()).subscriptions[0] ?? { id: '', applied: null, pending: null };
    const header = async () => (await s().h.ask<IndexInfo>('uiGetIndexInfo')).contentHash;
    const matchOf = async () => {
      const st = await s().stateOf(tabId);
      return st.status === 'ready' ? st.report.match.status : st.status;
    };
    const waitMatch = (want: string) => waitFor(`the page's match to be ${want}`, matchOf, (m) => m === want, 180_000);
    const checkNow = () => s().h.ask<UpdatesInfo>('uiCheckUpdates');
    /** Before a screenshot: the updater's stored wall-clock times set to one fixed moment. */
    const pinTimes = () => s().h.probe.evaluate(pinStoredTimes, PINNED_AT);
    const sourcesShot = async (options: Page, name: string, then?: () => Promise<void>) => {
      // No check running (its "Checking…" button would come and go from run to run).
      await waitFor('no update check running', updates, (u) => !u.checking);
      await pinTimes();
      await options.reload();
      await options.getByTestId('subscription').waitFor({ timeout: 30_000 });
      await then?.();
      await options.getByTestId('opt-sources').screenshot({
        path: `${process.cwd()}/tests/browser/screenshots/${name}.png`,
        mask: volatileParts(options),
        maskColor: MASK,
      });
    };
    const popupShot = async (name: string) => {
      await pinTimes();
      const popup = await s().openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
      await popup.getByTestId('freshness').waitFor({ timeout: 30_000 });
      await screenshot(popup, name);
      const text = await popup.getByTestId('popup').innerText();
      await popup.close();
      return text;
    };

    beforeAll(async () => {
      srv = await serveUpdates(await updatesPublisher());
      bundledArticles = (await s().h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles!;
    }, SLOW);
    afterAll(async () => {
      await srv?.close();
    });

    it(
      'shows no known coverage, with the coverage’s end and updates off, before any update',
      async () => {
        const opened = await s().openTab(LATER_PATH);
        tabId = opened.tabId;
        expect(readyReport(opened.state).match.status).toBe('none');
        // A cookie for 127.0.0.1, the update server's host too: no update request may carry it.
        const page = s()
          .h.context.pages()
          .find((p) => p.url().endsWith(LATER_PATH))!;
        await page.evaluate(() => (document.cookie = 'reader=secret-page-cookie; path=/'));
        const text = await popupShot('popup-updates-off');
        expect(text).toMatch(/No known coverage/);
        expect(text).toMatch(/updates are off/);
      },
      SLOW,
    );

    it(
      'previews the publisher in the options, then trusts it; its snapshot is applied',
      async () => {
        const options = await s().openExtensionPage('options.html', { width: 900, height: 1400 });
        await options.getByTestId('sub-url').fill(srv.manifestUrl);
        await options.getByTestId('sub-key').fill(srv.publisher.publicKey);
        await options.getByTestId('sub-check').click();
        const preview = options.getByTestId('sub-preview');
        await preview.waitFor({ timeout: 30_000 });
        expect(await preview.innerText()).toMatch(/Test Wire[\s\S]*A local test publisher[\s\S]*Articles\s+1/);
        await options.getByTestId('opt-sources').screenshot({
          path: `${process.cwd()}/tests/browser/screenshots/options-sources-preview.png`,
          mask: volatileParts(options),
          maskColor: MASK,
        });

        await options.getByTestId('sub-trust').click();
        await waitFor('the snapshot applied', sub, (x) => x.applied?.sequence === 1, 180_000);
        await options.reload();
        await options.getByTestId('subscription').waitFor({ timeout: 30_000 });
        expect(await options.getByTestId('subscription-state').innerText()).toMatch(/up to date \(update 1\)/);
        await sourcesShot(options, 'options-sources');
        await options.close();
        expect((await s().h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles).toBe(bundledArticles + 1);
        expect(await matchOf()).toBe('none');
      },
      SLOW,
    );

    it(
      'matches the open page once a delta brings its event, without reloading it, and the badge follows',
      async () => {
        await srv.publisher.publishDelta(await laterEventOps(s().later.article));
        const info = await checkNow();
        expect(info.subscriptions[0]!.applied?.sequence).toBe(2);
        await waitMatch('matched');
        const report = readyReport(await s().stateOf(tabId));
        expect(report.coverage.map((c) => c.outlet)).toEqual(expect.arrayContaining(['Wire Desk']));
        expect(Number(await s().h.badgeText(tabId))).toBeGreaterThan(0);
        const text = await popupShot('popup-freshness');
        expect(text).toMatch(/Coverage up to .*: [\d,]+ articles from [\d,]+ outlets · updates checked/);
        const panel = await s().openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL);
        await panel.getByTestId('freshness').waitFor({ timeout: 30_000 });
        expect(await panel.getByTestId('freshness').innerText()).toMatch(/^Coverage up to .* · updates checked/);
        await pinTimes();
        await panel.reload();
        await panel.getByTestId('freshness').waitFor({ timeout: 30_000 });
        await screenshot(panel, 'sidepanel-freshness');
        await panel.close();
      },
      SLOW,
    );

    it.each([
      ['a tampered delta', { kind: 'tamper', path: 'delta-00000003.ndjson.gz' }, 'hash'],
      ['a truncated download', { kind: 'truncate', path: 'delta-00000003.ndjson.gz' }, 'size'],
      ['a missing file (404)', { kind: '404', path: 'delta-00000003.ndjson.gz' }, 'http'],
      ['a missing manifest (404)', { kind: '404', path: 'manifest.json' }, 'http'],
      ['a server that is down', { kind: 'down' }, 'network'],
    ] as const)(
      'refuses %s: %s',
      async (_what, fault, kind) => {
        if (srv.publisher.sequence < 3) await srv.publisher.publishDelta([{ op: 'df', t: 'harbour', df: 3 }]);
        const before = await header();
        srv.fault = fault;
        const info = await checkNow();
        srv.fault = { kind: 'none' };
        expect(info.subscriptions[0]!.error?.kind).toBe(kind);
        expect(info.subscriptions[0]!.applied?.sequence).toBe(2);
        expect(info.freshness.status).toBe('failing');
        expect(await header()).toBe(before);
        expect(await matchOf()).toBe('matched');
      },
      SLOW,
    );

    it(
      'refuses a replayed older manifest and one signed with another key, then recovers',
      async () => {
        srv.fault = { kind: 'manifest', text: srv.publisher.manifests.get(1)! };
        expect((await checkNow()).subscriptions[0]!.error?.kind).toBe('sequence');
        const other = new FixedPublisher('Impostor', 'Local test publisher', 30, 'parallax browser suite: Impostor');
        await other.publishSnapshot();
        srv.fault = { kind: 'manifest', text: other.manifest };
        expect((await checkNow()).subscriptions[0]!.error?.kind).toBe('key');
        const options = await s().openExtensionPage('options.html', { width: 900, height: 1400 });
        await options.getByTestId('subscription').waitFor({ timeout: 30_000 });
        expect(await options.getByTestId('subscription-error').innerText()).toMatch(/^key: signed with key/);
        await sourcesShot(options, 'options-sources-failing', async () => {
          await options.getByTestId('update-log').locator('summary').click();
          expect(await options.getByTestId('update-log').innerText()).toMatch(
            /replayed manifest: sequence 1 is older than the 3 already accepted/,
          );
        });
        await options.close();
        srv.fault = { kind: 'none' };
        const info = await checkNow();
        expect(info.subscriptions[0]).toMatchObject({ error: null, applied: { sequence: 3 } });
      },
      SLOW,
    );

    it(
      'keeps an expired manifest’s data and shows it stale',
      async () => {
        // Expired at a fixed moment long past (the popup shows its date, the same every run).
        await srv.publisher.publishDelta([], { expiresAt: '2026-11-02T10:30:00.000Z' });
        const info = await checkNow();
        expect(info.subscriptions[0]!.applied?.sequence).toBe(4);
        expect(info.freshness.status).toBe('stale');
        expect(await matchOf()).toBe('matched');
        const text = await popupShot('popup-stale');
        expect(text).toMatch(/updates are stale since/);
        await srv.publisher.publishDelta([]);
        expect((await checkNow()).freshness.status).toBe('ok');
      },
      SLOW,
    );

    it(
      'a delta deleting the open page’s event takes its match away',
      async () => {
        const pub = srv.publisher;
        const event = [...pub.state.events.values()].find((e) => e.members.includes('later-wire'))!;
        await pub.publishDelta([
          { op: 'del', k: 'e', id: event.id },
          ...event.members.map((id) => ({ op: 'del' as const, k: 'a' as const, id })),
        ]);
        await checkNow();
        await waitMatch('none');
      },
      SLOW,
    );

    it(
      'a worker stopped mid-download fetches again at its next start and ends complete',
      async () => {
        await srv.publisher.publishDelta(await laterEventOps(s().later.article));
        const seq = srv.publisher.sequence;
        srv.fault = { kind: 'hold', path: `delta-${String(seq).padStart(8, '0')}.ndjson.gz` };
        void s()
          .h.ask('uiCheckUpdates')
          .catch(() => undefined);
        await srv.held();
        await s().h.stopWorker();
        srv.fault = { kind: 'none' };
        srv.release();
        await waitFor('the update applied after the restart', sub, (x) => x.applied?.sequence === seq, 180_000);
        await waitMatch('matched');
      },
      SLOW,
    );

    it(
      'a worker stopped mid-apply resumes (or redoes) the load; the old index answered until then',
      async () => {
        const pub = srv.publisher;
        // A delta is patched into the index: 3,000 articles, so the patch is still being written when the worker stops
        // (it is then thrown away and made again from the stored delta).
        await pub.publishDelta([{ op: 'del', k: 'a', id: 'recipe' }, ...syntheticDay(bundledRecords(), '2019-11-21', 3000)]);
        const seq = pub.sequence;
        void s()
          .h.ask('uiCheckUpdates')
          .catch(() => undefined);
        const probe = s().h.probe;
        await waitFor(
          'the apply to be half-way',
          () => indexMeta(probe),
          (m) => m.loading !== null,
          120_000,
        );
        // Mid-apply the previous index still answers.
        expect(await matchOf()).toBe('matched');
        await s().h.stopWorker();
        await waitFor('the update applied after the restart', sub, (x) => x.applied?.sequence === seq && !x.pending, 180_000);
        const meta = await waitFor(
          'the load to finish',
          () => indexMeta(probe),
          (m) => m.loading === null,
          120_000,
        );
        // The old generation's rows go after the switch (a worker stopped before that is cleaned up at its next load).
        await waitFor(
          'one generation left',
          () => generationsInUse(probe),
          (g) => g.length === 1 && g[0] === meta.active,
          60_000,
        );
        const articles = (await s().h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles;
        expect(articles).toBe(bundledArticles + pub.state.articles.size);
        await waitMatch('matched');
      },
      SLOW,
    );

    it('no update request carried anything from the pages read, nor a cookie', () => {
      const { server, later } = s();
      const pagePort = new URL(server.origin).port;
      const words = later.article.title.split(/\s+/).filter((w) => w.length > 5);
      const allowed = new Set(['manifest.json', ...srv.publisher.files.keys()]);
      expect(srv.requests.length).toBeGreaterThan(10);
      for (const r of srv.requests) {
        expect(r.method).toBe('GET');
        expect(r.url).toMatch(/^\/parallax\/[a-z0-9.-]+$/);
        expect(allowed.has(r.url.split('/').pop()!)).toBe(true);
        expect(r.headers.cookie).toBeUndefined();
        expect(r.headers.referer).toBeUndefined();
        const all = JSON.stringify(r.headers);
        expect(all).not.toContain(`:${pagePort}`);
        expect(all).not.toContain('news/');
        for (const w of words) expect(all).not.toContain(w);
      }
      // Every request for a name asks the same bytes: its headers differ only in connection bookkeeping.
      const shapes = new Set(srv.requests.map((r) => Object.keys(r.headers).sort().join(',')));
      expect(shapes.size).toBe(1);
    });

    it(
      'removing the subscription takes its coverage out',
      async () => {
        const info = await s().h.ask<UpdatesInfo>('uiUnsubscribe', { id: (await updates()).subscriptions[0]!.id });
        expect(info.subscriptions).toEqual([]);
        expect((await s().h.ask<IndexInfo>('uiGetIndexInfo')).counts!.articles).toBe(bundledArticles);
        const st: TabState = await waitFor('the page read again', () => s().stateOf(tabId), settled);
        expect(st.status).toBe('ready');
      },
      SLOW,
    );
  });
}
