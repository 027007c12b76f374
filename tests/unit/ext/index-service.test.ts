// The extension's index service over fake-indexeddb: bundled load with progress, bad imports refused with a clear
// error while the current index keeps answering, an unsigned import only once confirmed, a signed one trusted, an
// interrupted import purged at the next start, a damaged stored header rendered and replaced, and no re-read when
// the bundled index is already the active one.
import { describe, expect, it } from 'vitest';
import type { MetaRow } from '../../../lib/index/dexie-schema.js';
import { gzipSync } from 'node:zlib';
import type { IndexHeader } from '../../../lib/index/format.js';
import { putOps, recordsOf, TestPublisher } from '../../helpers/test-publisher.js';
import { ALL, EVENTS } from '../index/fixtures.js';
import { indexText, service } from './index-service-fixture.js';

describe('index service', () => {
  it('loads the bundled index, then skips it when it is already active', async () => {
    const bundled = await indexText();
    const fetches = { n: 0 };
    const { s } = service(bundled, fetches);
    expect((await s.info()).state).toBe('empty');
    expect((await s.availability()).ready).toBe(false);
    await s.ensureBundled(true);
    const info = await s.info();
    expect(info).toMatchObject({ state: 'ready', source: 'bundled', description: 'service test', progress: 1 });
    expect(info.counts?.articles).toBe(ALL.length);
    expect((await s.availability()).ready).toBe(true);
    await s.ensureBundled(false);
    await s.ensureBundled(true);
    expect(fetches.n).toBe(1);
  });

  it('refuses bad files with a clear error and keeps the current index; an unsigned one waits for the reader', async () => {
    const bundled = await indexText();
    const { s, stage, staging } = service(bundled, { n: 0 });
    await s.ensureBundled(true);
    const before = await s.info();

    const notIndex = await s.importStaged(await stage({ 'notes.json': '{"hello": "world"}\n' }), false);
    expect(!notIndex.ok && notIndex.error).toMatch(/not a Parallax index/);
    const lines = bundled.split('\n');
    const corrupt = await s.importStaged(
      await stage({ 'cut.json': lines.slice(0, Math.ceil(lines.length / 2)).join('\n') }),
      false,
    );
    expect(!corrupt.ok && corrupt.error).toMatch(/corrupt Parallax index: it holds/);
    const bad = await s.importStaged(await stage({ 'bad.json': bundled.replace(/"articles":\d+/, '"articles":null') }), false);
    expect(!bad.ok && bad.error).toMatch(/^the index header is not valid: counts\.articles/);
    expect(await s.info()).toEqual(before);
    // Refused files do not stay staged.
    expect(await staging.staged.count()).toBe(0);

    const smaller = await indexText(EVENTS.bridge);
    const id = await stage({ 'bridge.json.gz': gzipSync(smaller) });
    const asked = await s.importStaged(id, false);
    expect(!asked.ok && asked.unsigned).toMatchObject({
      name: 'bridge.json.gz',
      reason: 'the file is not signed',
      counts: { articles: EVENTS.bridge.length },
    });
    expect(await s.info()).toEqual(before);
    const imported = await s.importStaged(id, true);
    expect(imported.ok && imported.info).toMatchObject({
      state: 'ready',
      source: 'imported',
      trust: { kind: 'unverified' },
      problem: null,
    });
    expect((await s.info()).counts?.articles).toBe(EVENTS.bridge.length);
    expect(await staging.staged.count()).toBe(0);
    // An imported index stays across worker starts and updates…
    await s.ensureBundled(true);
    expect((await s.info()).source).toBe('imported');
    // …until the reader goes back to the bundled one.
    const back = await s.useBundled();
    expect(back.ok && back.info).toMatchObject({ source: 'bundled', trust: { kind: 'bundled' } });
    expect((await s.info()).counts?.articles).toBe(ALL.length);
  });

  it("imports a publisher's signed snapshot as trusted, and refuses one that does not match its manifest", async () => {
    const pub = new TestPublisher('Test Wire');
    for (const op of putOps(await recordsOf(EVENTS.bridge.map((article) => ({ article }))))) pub.state.apply(op);
    const manifest = await pub.publishSnapshot({ createdAt: '2024-03-07T09:00:00Z' });
    const [snapName, snapshot] = [...pub.files].find(([n]) => n.startsWith('snapshot-'))!;
    const { s, stage } = service(await indexText(), { n: 0 }, [{ name: 'Test Wire', key: pub.publicKey }]);
    await s.ensureBundled(true);
    const tampered = new Uint8Array(snapshot);
    tampered[tampered.length - 9]! ^= 1;
    const refused = await s.importStaged(await stage({ 'manifest.json': manifest, [snapName]: tampered }), false);
    expect(!refused.ok && refused.error).toMatch(/is not the snapshot this signed manifest names/);
    const ok = await s.importStaged(await stage({ [snapName]: snapshot, 'manifest.json': manifest }), false);
    expect(ok.ok ? ok.info : ok.error).toMatchObject({ source: 'imported', trust: { kind: 'signed', publisher: 'Test Wire' } });
    // Signed with a key the reader does not subscribe to: good, but unverified until confirmed.
    const stranger = service(await indexText(), { n: 0 });
    await stranger.s.ensureBundled(true);
    const unknown = await stranger.s.importStaged(
      await stranger.stage({ 'manifest.json': manifest, 'snap.gz': snapshot }),
      false,
    );
    expect(!unknown.ok && unknown.unsigned?.reason).toMatch(
      /signed with key [0-9a-f]{16}, which is not the key of a publisher you subscribe to/,
    );
  });

  it('purges an import cut short by a stopped worker, says so, and gives the next import a fresh generation', async () => {
    const bundled = await indexText();
    const { s, db, local, stage, make } = service(bundled, { n: 0 });
    await s.ensureBundled(true);
    const active = (await db.meta.get('active'))!.gen;
    // What a worker stopped mid-import leaves: a loading mark that cannot resume, rows of its generation, its staged file.
    const header = JSON.parse(bundled.slice(0, bundled.indexOf('\n'))) as IndexHeader;
    await db.meta.put({
      key: 'loading',
      gen: active + 1,
      header: { ...header, description: 'big import' },
      linesDone: 4000,
      resumable: false,
    });
    await db.outlets.bulkPut(
      Array.from({ length: 500 }, (_, i) => ({ g: active + 1, i, k: 'o' as const, name: `o${i}`, domain: null, articles: 0 })),
    );
    await db.outlets.bulkPut([{ g: active + 2, i: 0, k: 'o', name: 'orphan', domain: null, articles: 0 }]);
    await stage({ 'big.json': bundled });
    const restarted = make();
    await restarted.ensureBundled(false);
    const info = await restarted.info();
    expect(info).toMatchObject({ state: 'ready', source: 'bundled' });
    expect(info.message).toMatch(/import of “big import” was interrupted/);
    expect(await db.meta.get('loading')).toBeUndefined();
    expect(await db.outlets.where('g').notEqual(active).count()).toBe(0);
    expect(await db.outlets.count()).toBe(info.counts!.outlets);
    expect((local.data['parallax:index-error'] as string).length).toBeGreaterThan(0);

    const next = await restarted.importStaged(await stage({ 'bridge.json': await indexText(EVENTS.bridge) }), true);
    expect(next.ok).toBe(true);
    expect((await db.meta.get('active'))!.gen).toBeGreaterThan(active);
    expect(await db.outlets.count()).toBe((await restarted.info()).counts!.outlets);
  });

  it('renders a damaged stored header, and goes back to the bundled index at the next start', async () => {
    const bundled = await indexText();
    const { s, db, local, make } = service(bundled, { n: 0 });
    await s.ensureBundled(true);
    const row = (await db.meta.get('active')) as Extract<MetaRow, { key: 'active' }>;
    // As an older version stored it: the probe's header, never checked.
    const bad = {
      ...row.header,
      counts: { ...row.header.counts, articles: null, terms: Infinity },
      builtAt: { y: 2025 },
    } as unknown as IndexHeader;
    await db.meta.put({ ...row, header: bad });
    local.data['parallax:index-source'] = 'imported';
    const info = await s.info();
    expect(info).toMatchObject({ state: 'ready', builtAt: null, source: 'imported', trust: { kind: 'unverified' } });
    expect(info.counts).not.toHaveProperty('articles');
    expect(info.counts).not.toHaveProperty('terms');
    expect(info.problem).toMatch(/^builtAt: a date is text/);
    await make().ensureBundled(false);
    expect(await s.info()).toMatchObject({ source: 'bundled', problem: null, counts: { articles: ALL.length } });
  });
});
