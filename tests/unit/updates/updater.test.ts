// The updater end to end in Node: a test publisher behind a fake network, the real update and index services over
// fake-indexeddb. An event that only a delta brings is unknown before and matched after; every kind of bad update
// is refused with its kind and leaves the index and the stored state as they were.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexService } from '../../../lib/ext/background/index-service.js';
import { updateFiles, UpdateFilesDb } from '../../../lib/ext/background/update-files.js';
import { createUpdateService } from '../../../lib/ext/background/update-service.js';
import { updateState } from '../../../lib/ext/background/update-state.js';
import { buildIndex } from '../../../lib/index/build.js';
import { IndexDb } from '../../../lib/index/dexie-schema.js';
import { DexieStore } from '../../../lib/index/dexie-store.js';
import { parseHeader } from '../../../lib/index/format.js';
import { matchArticle } from '../../../lib/match/match.js';
import { CheckError } from '../../../lib/updates/check.js';
import { putOps, recordsOf, TestPublisher } from '../../helpers/test-publisher.js';
import { art, EVENTS, UNRELATED } from '../index/fixtures.js';

const URL_M = 'https://updates.example/feed/manifest.json';

const voteQuery = art(
  'q-vote',
  'Governor Reyk wins second term in Velmora',
  'Tomas Reyk was re-elected governor of Velmora province on Sunday with 58 percent of the vote, the electoral commission said. ' +
    'Ada Quinlan of the Harbour Party conceded and called for unity. Turnout was 71 percent, a record, and observers reported no ' +
    'serious irregularities at the 1,200 polling stations. Reyk promised rail links and lower ferry fares.',
  { published: '2024-05-13' },
);

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => ({ [key]: structuredClone(data[key]) }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
  };
}

async function setup(now = new Date('2024-05-14T12:00:00Z')) {
  const bundled = (
    await buildIndex(
      EVENTS.bridge.map((article) => ({ article })),
      { description: 'bundled' },
    )
  ).text;
  const pub = new TestPublisher();
  // The publisher starts with one article (a recipe) and later sends the vote event in a delta.
  for (const op of putOps(await recordsOf([{ article: { ...UNRELATED, published: '2024-05-10' } }]))) pub.state.apply(op);
  await pub.publishSnapshot({ createdAt: '2024-05-13T09:00:00Z' });
  /** What the fake network serves: a publisher file, or a failure of the test's choosing. */
  const net = {
    down: false,
    tamper: null as null | ((name: string, b: Uint8Array) => Uint8Array),
    manifest: null as string | null,
    requests: [] as string[],
  };
  const get = async (url: string, max: number) => {
    net.requests.push(url);
    if (net.down) throw new CheckError('network', 'the update server did not answer (updates.example): fetch failed');
    const name = url.split('/').pop()!;
    if (name === 'manifest.json') return new TextEncoder().encode(net.manifest ?? pub.manifest);
    const b = pub.files.get(name);
    if (!b) throw new CheckError('http', `404 Not Found for ${name}`);
    const out = net.tamper ? net.tamper(name, b) : b;
    if (out.length > max) throw new CheckError('size', `${name}: larger than the manifest says`);
    return out;
  };
  const local = memoryArea();
  const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const files = updateFiles(new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange }));
  const applied: number[] = [];
  const clock = { now };
  const index = createIndexService({
    db,
    version: '1',
    local,
    fetchBundled: async () => bundled,
    bundledHeader: async () => parseHeader(bundled.slice(0, bundled.indexOf('\n'))),
    compose: () => updates.composition(),
  });
  const updates = createUpdateService({
    state: updateState(local),
    files,
    get,
    now: () => clock.now,
    bundledLines: async () => bundled.split('\n'),
    bundledHeader: async () => parseHeader(bundled.slice(0, bundled.indexOf('\n'))),
    activeHeader: () => new DexieStore(db).header(),
    reload: () => index.ensureBundled(),
    defaultPublisher: null,
    onApplied: async () => void applied.push(Date.now()),
  });
  await index.ensureBundled(true);
  const store = new DexieStore(db);
  return { pub, net, updates, index, store, applied, clock, local, files };
}

describe('updater', () => {
  it('previews, subscribes, applies the snapshot, then a delta whose event a page then matches', async () => {
    const t = await setup();
    const preview = await t.updates.preview(URL_M, t.pub.publicKey);
    expect(preview).toMatchObject({ ok: true, info: { publisher: { name: 'Test Wire' }, sequence: 1, stats: { articles: 1 } } });
    expect((await matchArticle(t.store, voteQuery)).info.status).toBe('none');

    await t.updates.subscribe(URL_M, t.pub.publicKey);
    let info = await t.updates.checkNow('test');
    expect(info.subscriptions[0]).toMatchObject({ applied: { sequence: 1 }, pending: null, error: null, lastSequence: 1 });
    expect((await t.store.header())?.counts.articles).toBe(EVENTS.bridge.length + 1);
    expect(info.freshness.status).toBe('ok');

    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))), {
      createdAt: '2024-05-14T10:00:00Z',
    });
    const before = t.net.requests.length;
    info = await t.updates.checkNow('test');
    // Only the manifest and the one new delta were fetched, not the snapshot again.
    expect(t.net.requests.slice(before).map((u) => u.split('/').pop())).toEqual(['manifest.json', 'delta-00000002.ndjson.gz']);
    expect(info.subscriptions[0]!.applied?.sequence).toBe(2);
    expect((await t.store.header())?.counts.articles).toBe(EVENTS.bridge.length + 1 + EVENTS.vote.length);
    const m = await matchArticle(t.store, voteQuery);
    expect(m.info.status).toBe('matched');
    expect(t.applied.length).toBe(2);
    // The bundled events still answer.
    expect((await matchArticle(t.store, EVENTS.bridge[0]!)).info.status).toBe('matched');
    expect(info.log.map((l) => l.message).join('\n')).toMatch(/update 2 applied/);
  });

  it.each([
    [
      'a tampered delta',
      'hash',
      (t: Awaited<ReturnType<typeof setup>>) => (t.net.tamper = (n, b) => (n.startsWith('delta') ? flip(b) : b)),
    ],
    [
      'a truncated download',
      'size',
      (t: Awaited<ReturnType<typeof setup>>) =>
        (t.net.tamper = (n, b) => (n.startsWith('delta') ? b.subarray(0, b.length - 10) : b)),
    ],
    ['a server that is down', 'network', (t: Awaited<ReturnType<typeof setup>>) => (t.net.down = true)],
    ['a missing delta (404)', 'http', (t: Awaited<ReturnType<typeof setup>>) => t.pub.files.delete('delta-00000002.ndjson.gz')],
    [
      'a replayed older manifest',
      'sequence',
      (t: Awaited<ReturnType<typeof setup>>) => (t.net.manifest = t.pub.manifests.get(1)!),
    ],
    [
      'a manifest signed by another key',
      'key',
      (t: Awaited<ReturnType<typeof setup>>) =>
        (t.net.manifest = t.pub.manifests.get(2)!.replace(/"keyId": "[0-9a-f]+"/, '"keyId": "0123456789abcdef"')),
    ],
    [
      'a changed manifest',
      'signature',
      (t: Awaited<ReturnType<typeof setup>>) => (t.net.manifest = t.pub.manifests.get(2)!.replace('Test Wire', 'Test Wyre')),
    ],
  ])('refuses %s (%s) and keeps what it had', async (_what, kind, breakIt) => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))), {
      createdAt: '2024-05-14T10:00:00Z',
    });
    // A replay needs a newer sequence accepted first.
    if (kind === 'sequence') await t.updates.checkNow('test');
    const header = await t.store.header();
    const stored = await t.files.stored((await t.updates.info()).subscriptions[0]!.id);
    breakIt(t);
    const info = await t.updates.checkNow('test');
    const sub = info.subscriptions[0]!;
    expect(sub.error).toMatchObject({ kind });
    expect(info.freshness.status).toBe('failing');
    expect(info.freshness.reason).toBe(sub.error!.message);
    expect(await t.store.header()).toEqual(header);
    expect(await t.files.stored(sub.id)).toEqual(stored);
    expect(info.log[0]).toMatchObject({ level: 'error' });
  });

  it('keeps an expired manifest’s data and shows it stale; a delete removes the event; retention drops old events', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))), {
      createdAt: '2024-05-14T10:00:00Z',
    });
    await t.updates.checkNow('test');
    const voteEvent = (await matchArticle(t.store, voteQuery)).eventId!;
    await t.pub.publishDelta(
      [{ op: 'del', k: 'e', id: voteEvent }, ...EVENTS.vote.map((a) => ({ op: 'del' as const, k: 'a' as const, id: a.id }))],
      {
        createdAt: '2024-05-14T11:00:00Z',
        expiresAt: '2024-05-14T11:30:00Z',
      },
    );
    const info = await t.updates.checkNow('test');
    expect(info.subscriptions[0]!.applied?.sequence).toBe(3);
    expect(info.freshness.status).toBe('stale');
    expect((await matchArticle(t.store, voteQuery)).info.status).toBe('none');
    expect((await t.store.header())?.counts.articles).toBe(EVENTS.bridge.length + 1);
    // 40 days on, the recipe (published 2024-05-10) is past the 30-day window: it leaves; the bundled index stays.
    t.clock.now = new Date('2024-06-20T12:00:00Z');
    await t.index.ensureBundled();
    expect((await t.store.header())?.counts.articles).toBe(EVENTS.bridge.length);
  });

  it('a delta that is not what its name says is refused before it is stored', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    // A publisher bug: the delta file claims to go 5 → 6. Its size and hash match (the publisher signed it).
    await t.pub.publishDelta([], { wrongHeader: { from: 5, to: 6 } });
    const info = await t.updates.checkNow('test');
    expect(info.subscriptions[0]!.error).toMatchObject({
      kind: 'format',
      message: expect.stringMatching(/holds 5→6, the manifest says 1→2/),
    });
    expect((await t.files.stored(info.subscriptions[0]!.id)).has('delta-00000002.ndjson.gz')).toBe(false);
  });

  it('unsubscribing takes the publisher’s coverage out and deletes its files', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    const id = (await t.updates.info()).subscriptions[0]!.id;
    expect((await t.files.stored(id)).size).toBe(1);
    const info = await t.updates.remove(id);
    expect(info.subscriptions).toEqual([]);
    expect(info.freshness.status).toBe('off');
    expect((await t.files.stored(id)).size).toBe(0);
    expect((await t.store.header())?.counts.articles).toBe(EVENTS.bridge.length);
  });
});

function flip(b: Uint8Array): Uint8Array {
  const c = new Uint8Array(b);
  const i = c.length >> 1;
  c[i] = c[i]! ^ 0xff;
  return c;
}

describe('updater and a full disk', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a file that cannot be stored is reported as storage full; nothing changes', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))));
    const header = await t.store.header();
    const store = t.files.store;
    t.files.store = async () => {
      throw quota();
    };
    const info = await t.updates.checkNow('test');
    t.files.store = store;
    expect(info.subscriptions[0]!.error).toMatchObject({ kind: 'storage', message: expect.stringMatching(/^storage is full/) });
    expect(info.subscriptions[0]!.applied?.sequence).toBe(1);
    expect(await t.store.header()).toEqual(header);
    // Space freed: the next check applies it.
    expect((await t.updates.checkNow('test')).subscriptions[0]).toMatchObject({ error: null, applied: { sequence: 2 } });
  });

  it('an index that cannot be loaded rolls the update back; the previous index keeps answering', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))));
    const header = await t.store.header();
    const compose = t.updates.composition;
    t.updates.composition = async () => {
      const c = await compose();
      // Storage runs out while the delta is patched in (and would for a rebuild too).
      const fail = async function* (): AsyncGenerator<never> {
        yield* [];
        throw quota();
      };
      return (
        c && {
          ...c,
          build: async () => Promise.reject(quota()),
          patchFrom: (from) => c.patchFrom(from)?.map((p) => ({ ...p, deltas: fail })) ?? null,
        }
      );
    };
    const info = await t.updates.checkNow('test');
    t.updates.composition = compose;
    expect(info.subscriptions[0]).toMatchObject({ pending: null, applied: { sequence: 1 }, error: { kind: 'storage' } });
    expect(await t.store.header()).toEqual(header);
    expect((await matchArticle(t.store, voteQuery)).info.status).toBe('none');
    expect((await t.updates.checkNow('test')).subscriptions[0]).toMatchObject({ error: null, applied: { sequence: 2 } });
    expect((await matchArticle(t.store, voteQuery)).info.status).toBe('matched');
  });
});

describe('replay guard', () => {
  it('a verified manifest’s sequence guards against replays even when its files then fail to download', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('test');
    await t.pub.publishDelta([]);
    t.net.tamper = (n, b) => (n.startsWith('delta') ? flip(b) : b);
    expect((await t.updates.checkNow('test')).subscriptions[0]).toMatchObject({
      lastSequence: 2,
      applied: { sequence: 1 },
      error: { kind: 'hash' },
    });
    t.net.tamper = null;
    t.net.manifest = t.pub.manifests.get(1)!;
    expect((await t.updates.checkNow('test')).subscriptions[0]!.error?.message).toMatch(
      /sequence 1 is older than the 2 already accepted/,
    );
  });
});

describe('checks asked while one runs', () => {
  it('share one follow-up check, which sees what changed meanwhile', async () => {
    const t = await setup();
    await t.updates.subscribe(URL_M, t.pub.publicKey);
    await t.updates.checkNow('first');
    const before = t.net.requests.length;
    const a = t.updates.checkNow('hourly');
    // A delta published while the hourly check runs: the follow-up check applies it.
    await t.pub.publishDelta(putOps(await recordsOf(EVENTS.vote.map((article) => ({ article })))));
    const b = t.updates.checkNow('check now');
    const c = t.updates.checkNow('check now again');
    expect(b).toBe(c);
    expect(b).not.toBe(a);
    await Promise.all([a, b, c]);
    expect(t.net.requests.slice(before).filter((u) => u.endsWith('manifest.json'))).toHaveLength(2);
    expect((await t.updates.info()).subscriptions[0]!.applied?.sequence).toBe(2);
  });
});
