// Deltas patched into the index in Dexie (lib/index/dexie-fold.ts) against the same updates rebuilt whole: the same
// counts and the same answers, for new, changed and deleted articles and events; a worker stopped while the patch
// is folded in still answers from it and finishes the fold at its next start.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexService } from '../../../lib/ext/background/index-service.js';
import { updateFiles, UpdateFilesDb } from '../../../lib/ext/background/update-files.js';
import { createUpdateService } from '../../../lib/ext/background/update-service.js';
import { updateState } from '../../../lib/ext/background/update-state.js';
import { buildIndex } from '../../../lib/index/build.js';
import { bucketsOf, IndexDb } from '../../../lib/index/dexie-schema.js';
import { DexieStore } from '../../../lib/index/dexie-store.js';
import { parseHeader, type ArticleRecord, type IndexRecord } from '../../../lib/index/format.js';
import { normalizeUrl } from '../../../lib/index/store.js';
import { matchArticle } from '../../../lib/match/match.js';
import type { Article } from '../../../lib/types.js';
import type { DeltaOp } from '../../../lib/updates/format.js';
import { syntheticDay } from '../../bench/synthetic-day.js';
import { TestPublisher } from '../../helpers/test-publisher.js';
import { EVENTS } from '../index/fixtures.js';

const URL_M = 'https://updates.example/feed/manifest.json';
// The days' articles are copies of the fixtures' that have a URL (syntheticDay numbers them apart), built here: a clean
// clone has no bundled index before `npm run build`, which runs after the unit tests.
const fixtureIndex = await buildIndex(
  Object.values(EVENTS)
    .flat()
    .filter((a) => a.url)
    .map((article) => ({ article })),
  { description: 'day source' },
);
const records = fixtureIndex.text
  .split('\n')
  .slice(1)
  .filter((l) => l)
  .map((l) => JSON.parse(l) as IndexRecord);

async function reader(pub: TestPublisher, patch: boolean) {
  const bundled = (
    await buildIndex(
      EVENTS.bridge.map((article) => ({ article })),
      { description: 'bundled' },
    )
  ).text;
  const header = parseHeader(bundled.slice(0, bundled.indexOf('\n')));
  const data: Record<string, unknown> = {};
  const local = {
    get: async (k: string) => ({ [k]: structuredClone(data[k]) }),
    set: async (i: Record<string, unknown>) => void Object.assign(data, structuredClone(i)),
  };
  const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const index = createIndexService({
    db,
    version: '1',
    local,
    fetchBundled: async () => bundled,
    bundledHeader: async () => header,
    compose: async () => {
      const c = await updates.composition();
      return c && (patch ? c : { ...c, patchFrom: () => null });
    },
  });
  const updates = createUpdateService({
    state: updateState(local),
    files: updateFiles(new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange })),
    get: async (url) => {
      const name = url.split('/').pop()!;
      return name === 'manifest.json' ? new TextEncoder().encode(pub.manifest) : pub.files.get(name)!;
    },
    now: () => new Date('2026-12-07T23:00:00Z'),
    bundledLines: async () => bundled.split('\n'),
    bundledHeader: async () => header,
    activeHeader: () => new DexieStore(db).header(),
    reload: () => index.ensureBundled(),
    defaultPublisher: null,
    onApplied: async () => undefined,
  });
  await index.ensureBundled(true);
  await updates.subscribe(URL_M, pub.publicKey);
  await updates.checkNow('test');
  return { db, index, updates, store: new DexieStore(db) };
}

/** Queries as pages: the publisher's own articles (by URL and by content) and the bundled ones' words on day 2. */
function queries(ops: DeltaOp[]): Article[] {
  const arts = ops.filter((o): o is Extract<DeltaOp, { k: 'a'; op: 'put' }> => o.op === 'put' && o.k === 'a');
  return arts
    .filter((_, i) => i % 13 === 0)
    .flatMap((a) => {
      const base = {
        byline: null,
        siteName: null,
        outlet: a.outlet,
        domain: a.domain,
        published: a.published,
        lang: a.lang,
        republishedFrom: null,
      };
      const text = `${a.title}. ${a.claims.map((c) => String((c as { text?: string }).text ?? '')).join(' ')}`;
      return [
        { ...base, id: `${a.id}?u`, title: a.title, text, url: a.url },
        { ...base, id: `${a.id}?q`, title: a.title, text, url: null },
      ];
    });
}

const answer = async (store: DexieStore, q: Article) => {
  const m = await matchArticle(store, q);
  return { status: m.info.status, event: m.eventId, self: m.self, copies: m.copies, ranking: m.ranking.slice(0, 3) };
};

describe('patched updates', () => {
  it('give the counts and answers of a rebuild: articles added, changed and deleted, events gone', async () => {
    const pub = new TestPublisher();
    const day1 = syntheticDay(records, '2026-12-06', 120);
    for (const op of day1) pub.state.apply(op);
    await pub.publishSnapshot({ createdAt: '2026-12-06T23:59:00Z' });
    const a = await reader(pub, true);
    const b = await reader(pub, false);
    const day1Counts = (await a.store.header())?.counts;

    const day2 = syntheticDay(records, '2026-12-07', 300);
    const firstEvent = [...pub.state.events.values()][0]!;
    const changed = [...pub.state.articles.values()]
      .slice(40, 45)
      .map((x): DeltaOp => ({ op: 'put', ...x, title: `${x.title} (updated)` }));
    const gone: DeltaOp[] = [
      { op: 'del', k: 'e', id: firstEvent.id },
      ...firstEvent.members.map((id): DeltaOp => ({ op: 'del', k: 'a', id })),
      ...[...pub.state.articles.keys()].slice(100, 130).map((id): DeltaOp => ({ op: 'del', k: 'a', id })),
    ];
    await pub.publishDelta([...gone, ...changed, ...day2], { createdAt: '2026-12-07T12:00:00Z' });
    for (const r of [a, b]) await r.updates.checkNow('test');
    const buckets = (await a.store.header())!.buckets!;
    expect(buckets.e).toBeGreaterThan(bucketsOf({ ...(await b.store.header())!, counts: { ...day1Counts! } }).e);
    // Each patch sizes the tables for what it adds: 120 articles' buckets would not hold 420 (they double or more).
    await pub.publishDelta(
      syntheticDay(records, '2026-12-07', 120)
        .map((op) => (op.op === 'put' && (op.k === 'a' || op.k === 'e') ? { ...op, id: `late/${op.id}` } : op))
        .filter((op) => !(op.op === 'put' && op.k === 'e')),
      { createdAt: '2026-12-07T13:00:00Z' },
    );
    for (const r of [a, b])
      expect((await r.updates.checkNow('test')).subscriptions[0]).toMatchObject({ error: null, applied: { sequence: 3 } });

    const [ha, hb] = [(await a.store.header())!, (await b.store.header())!];
    expect(ha.runs).toBeTruthy();
    expect(ha.buckets!.t).toBeGreaterThanOrEqual(buckets.t);
    expect(hb.runs).toBeUndefined();
    expect(ha.counts).toEqual(hb.counts);
    expect(ha.description).toBe(hb.description);
    // The same answers to the last digit of the scores: frequencies, postings and date runs agree with a rebuild.
    for (const q of queries([...day1, ...changed, ...day2]))
      expect(await answer(a.store, q), q.id).toEqual(await answer(b.store, q));
    // By URL too (day 2's clones share day 1's URLs less the query): a deleted article is gone, a kept one found.
    const url = (id: string) =>
      normalizeUrl((day1.find((o) => o.op === 'put' && o.k === 'a' && o.id === id) as ArticleRecord | undefined)!.url!);
    const ids = async (r: typeof a, id: string) => (await r.store.byUrl(url(id))).map((x) => x.id).sort();
    for (const id of [firstEvent.members[0]!, [...pub.state.articles.keys()][0]!])
      expect(await ids(a, id)).toEqual(await ids(b, id));
    expect(await ids(a, firstEvent.members[0]!)).not.toContain(expect.stringContaining(`/${firstEvent.members[0]}`));
  }, 60_000);

  it('a worker stopped while the patch is folded in answers from the patch and finishes the fold at its next start', async () => {
    const pub = new TestPublisher();
    for (const op of syntheticDay(records, '2026-12-06', 100)) pub.state.apply(op);
    await pub.publishSnapshot({ createdAt: '2026-12-06T23:59:00Z' });
    const a = await reader(pub, true);
    const day2 = syntheticDay(records, '2026-12-07', 100);
    await pub.publishDelta(day2, { createdAt: '2026-12-07T12:00:00Z' });
    // The worker "stops" when the fold writes the patch's postings into the active generation.
    const bulkPut = a.db.postingBuckets.bulkPut.bind(a.db.postingBuckets);
    const gen = (await a.db.meta.get('active'))!.gen;
    a.db.postingBuckets.bulkPut = ((rows: { g: number }[]) =>
      rows[0]?.g === gen ? Promise.reject(new Error('worker stopped')) : bulkPut(rows as never)) as never;
    await a.updates.checkNow('test');
    const mid = await a.db.meta.get('active');
    expect(mid).toMatchObject({ gen, over: gen + 1 });
    const q = queries(day2)[1]!;
    const during = await answer(a.store, q);
    expect(during.status).toBe('matched');
    a.db.postingBuckets.bulkPut = bulkPut as never;
    await a.index.ensureBundled();
    expect(await a.db.meta.get('active')).not.toHaveProperty('over');
    expect(await a.db.meta.get('loading')).toBeUndefined();
    expect(await answer(a.store, q)).toEqual(during);
    expect((await a.updates.info()).subscriptions[0]).toMatchObject({ applied: { sequence: 2 } });
    expect(
      await a.db.postingBuckets
        .where(':id')
        .between([gen + 1, -Infinity], [gen + 2, -Infinity])
        .count(),
    ).toBe(0);
  }, 60_000);
});
