import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { ARTICLES_PER_ROW, decodeLines, INDEX_DB_NAME, IndexDb } from '../../../lib/index/dexie-schema';
import { normalizeUrl } from '../../../lib/index/store';
import { loadIndexIntoDexie } from '../../../lib/index/dexie-load';
import { DexieStore } from '../../../lib/index/dexie-store';
import { MemoryStore } from '../../../lib/index/memory-store';
import { matchArticle } from '../../../lib/match/match';
import { ALL, EVENTS, art } from './fixtures';

const freshDb = () => new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });

/** `gold` labels events by id prefix, which skips clustering: the many-chunk index stays quick to build. */
async function indexText(articles = ALL, gold = false) {
  const items = articles.map((article) => ({ article, event: gold ? { id: article.id.split('-')[0]! } : null }));
  return (await buildIndex(items, { description: 'dexie test' })).text;
}

/** The index database as version 3 declared it (articles 16 to a row, buckets by hash), to upgrade from. */
function version3Db(idb: IDBFactory): Dexie {
  const old = new Dexie(INDEX_DB_NAME, { indexedDB: idb, IDBKeyRange });
  old.version(1).stores({
    meta: '&key',
    articles: '[g+n], [g+u]',
    events: '[g+id]',
    stories: '[g+id]',
    terms: '[g+t]',
    postings: '[g+t]',
    outlets: '[g+i]',
  });
  old.version(2).stores({ terms: null, postings: null, buckets: '[g+b]' });
  old.version(3).stores({
    articles: null,
    events: null,
    stories: null,
    buckets: null,
    blocks: '[g+b], *u',
    eventBuckets: '[g+b]',
    storyBuckets: '[g+b]',
    termBuckets: '[g+b]',
    postingBuckets: '[g+b]',
  });
  return old;
}

describe('Dexie index store', () => {
  it('answers exactly as the memory store does', async () => {
    const text = await indexText();
    const db = freshDb();
    const progress: number[] = [];
    const res = await loadIndexIntoDexie(db, text, (done, total) => progress.push(done / total));
    expect(res.status).toBe('loaded');
    expect(progress.at(-1)).toBe(1);
    const dexie = new DexieStore(db);
    const mem = await MemoryStore.fromText(text);
    const q = art(
      'q',
      'Divers search for missing after Harwick bridge collapse',
      EVENTS.bridge[1]!.text.replace('overnight', 'for hours'),
    );
    const [a, b] = [await matchArticle(dexie, q), await matchArticle(mem, q)];
    expect(a).toEqual(b);
    expect(a.info.status).toBe('matched');
    expect(await dexie.byUrl('courier.example/news/harwick-bridge')).toEqual(
      await mem.byUrl('courier.example/news/harwick-bridge'),
    );
    expect(await dexie.articles([0, 1])).toEqual(await mem.articles([0, 1]));
  });

  it('drops rows of the version-1 shape on upgrade, so the index loads again', async () => {
    const idb = new IDBFactory();
    const old = new Dexie(INDEX_DB_NAME, { indexedDB: idb, IDBKeyRange });
    old.version(1).stores({
      meta: '&key',
      articles: '[g+n], [g+u]',
      events: '[g+id]',
      stories: '[g+id]',
      terms: '[g+t]',
      postings: '[g+t]',
      outlets: '[g+i]',
    });
    await old.table('meta').put({ key: 'active', gen: 1, header: {} });
    await old.table('articles').put({ g: 1, n: 0, id: 'x', claims: [] });
    old.close();
    const db = new IndexDb({ indexedDB: idb, IDBKeyRange });
    expect(await db.meta.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
    expect((await loadIndexIntoDexie(db, await indexText())).status).toBe('loaded');
    expect((await new DexieStore(db).articles([0]))[0]?.id).toBeDefined();
  });

  it('drops rows of the version-2 shape (one row per article, small term buckets) on upgrade', async () => {
    const idb = new IDBFactory();
    const old = new Dexie(INDEX_DB_NAME, { indexedDB: idb, IDBKeyRange });
    old.version(1).stores({
      meta: '&key',
      articles: '[g+n], [g+u]',
      events: '[g+id]',
      stories: '[g+id]',
      terms: '[g+t]',
      postings: '[g+t]',
      outlets: '[g+i]',
    });
    old.version(2).stores({ terms: null, postings: null, buckets: '[g+b]' });
    await old.table('meta').put({ key: 'active', gen: 3, header: {} });
    await old.table('articles').put({ g: 3, n: 0, j: '{"k":"a"}' });
    await old.table('buckets').put({ g: 3, b: 0, j: '[]' });
    await old.table('outlets').put({ g: 3, i: 1, name: 'x' });
    old.close();
    const db = new IndexDb({ indexedDB: idb, IDBKeyRange });
    expect(await db.meta.count()).toBe(0);
    expect(await db.outlets.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'blocks',
      'eventBuckets',
      'meta',
      'outlets',
      'postingBuckets',
      'sources',
      'storyBuckets',
      'termBuckets',
    ]);
    expect((await loadIndexIntoDexie(db, await indexText())).status).toBe('loaded');
  });

  it('drops rows of the version-3 shape (a block as an array of lines, index format 1) on upgrade', async () => {
    const idb = new IDBFactory();
    const old = version3Db(idb);
    await old.table('meta').put({ key: 'active', gen: 2, header: { schemaVersion: 1 } });
    await old.table('blocks').put({ g: 2, b: 0, j: ['{"k":"a"}'], u: ['2 x.example/a'] });
    await old.table('termBuckets').put({ g: 2, b: 0, j: '[["x",1]]' });
    await old.table('postingBuckets').put({ g: 2, b: 0, p: ['[0]'] });
    await old.table('eventBuckets').put({ g: 2, b: 0, j: '[]' });
    await old.table('outlets').put({ g: 2, i: 1, name: 'x' });
    old.close();
    const db = new IndexDb({ indexedDB: idb, IDBKeyRange });
    for (const t of db.tables) expect(await t.count()).toBe(0);
    expect((await loadIndexIntoDexie(db, await indexText())).status).toBe('loaded');
    expect(await new DexieStore(db).byUrl('courier.example/news/harwick-bridge')).toHaveLength(1);
  });

  it('keeps an index of the version-4 shape on upgrade and adds the sources table', async () => {
    const idb = new IDBFactory();
    const old = version3Db(idb);
    old.version(4).stores({});
    await old.table('meta').put({ key: 'active', gen: 2, header: { schemaVersion: 2 } });
    await old.table('blocks').put({ g: 2, b: 0, j: new Uint8Array([123, 125]), u: ['2 x.example/a'] });
    old.close();
    // Version 5 only adds a table: the loaded index stays and answers without loading again.
    const db = new IndexDb({ indexedDB: idb, IDBKeyRange });
    expect(await db.meta.count()).toBe(1);
    expect(await db.blocks.count()).toBe(1);
    expect(await db.sources.count()).toBe(0);
  });

  it('finds events, stories and every article by ordinal and URL as the memory store does', async () => {
    const many = Array.from({ length: 5 }, (_, k) =>
      ALL.map((a) => ({ ...a, id: `${a.id}-${k}`, url: a.url && `${a.url}/${k}` })),
    ).flat();
    const text = await indexText(many, true);
    const db = freshDb();
    await loadIndexIntoDexie(db, text);
    const [dexie, mem] = [new DexieStore(db), await MemoryStore.fromText(text)];
    const all = Array.from({ length: many.length + 1 }, (_, n) => n);
    expect(await dexie.articles(all)).toEqual(await mem.articles(all));
    const urls = many.flatMap((a) => (a.url ? [normalizeUrl(a.url)] : []));
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(await dexie.byUrl(u)).toEqual(await mem.byUrl(u));
    const recs = text
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { k: string; id?: string });
    const eventIds = recs.filter((r) => r.k === 'e').map((r) => r.id!);
    expect(await dexie.events([...eventIds, 'no-such-event'])).toEqual(await mem.events(eventIds));
    for (const s of recs.filter((r) => r.k === 's')) expect(await dexie.story(s.id!)).toEqual(await mem.story(s.id!));
    expect(await dexie.story('no-such-story')).toBeNull();
  });

  it('skips a load of the index already active', async () => {
    const text = await indexText();
    const db = freshDb();
    await loadIndexIntoDexie(db, text);
    expect((await loadIndexIntoDexie(db, text)).status).toBe('already');
  });

  it('rejects a foreign or corrupt file and keeps the active index', async () => {
    const text = await indexText();
    const db = freshDb();
    await loadIndexIntoDexie(db, text);
    await expect(loadIndexIntoDexie(db, '{"not":"ours"}\n')).rejects.toThrow(/not a Parallax index/);
    await expect(loadIndexIntoDexie(db, text.replace('Velmora', 'Belmora'))).rejects.toThrow(/content hash/);
    expect((await new DexieStore(db).header())?.contentHash).toBe(JSON.parse(text.split('\n')[0]!).contentHash);
    expect(await db.meta.get('loading')).toBeUndefined();
  });

  it('resumes after an interrupted load and switches only when complete', async () => {
    // Several chunks of a small chunk size: the fixtures repeated under new ids.
    const chunk = 40;
    const many = Array.from({ length: 30 }, (_, k) => ALL.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat();
    const oldText = await indexText();
    const newText = await indexText(many, true);
    const db = freshDb();
    await loadIndexIntoDexie(db, oldText);
    const store = new DexieStore(db);
    const oldHash = (await store.header())?.contentHash;
    let chunks = 0;
    await expect(
      loadIndexIntoDexie(
        db,
        newText,
        () => {
          if (++chunks === 2) throw new Error('worker killed');
        },
        { chunk },
      ),
    ).rejects.toThrow('worker killed');
    // Mid-load, the old index still answers.
    expect((await store.header())?.contentHash).toBe(oldHash);
    const res = await loadIndexIntoDexie(db, newText, undefined, { chunk });
    // Resumed after the two committed chunks (the one holding the terms is longer: terms go in one transaction).
    expect(res.resumedAt).toBeGreaterThanOrEqual(chunk * 2);
    expect(res.resumedAt).toBeLessThan(res.header.counts.lines);
    expect((await store.header())?.counts.articles).toBe(many.length);
    const blocks = await db.blocks.toArray();
    expect(blocks.reduce((k, r) => k + decodeLines(r.j).filter(Boolean).length, 0)).toBe(many.length);
    expect(blocks.length).toBe(Math.ceil(many.length / ARTICLES_PER_ROW));
    const mem = await MemoryStore.fromText(newText);
    const terms = ['harwick', 'bridg', 'reyk', 'sourdough', 'nosuchterm'];
    expect((await mem.df(terms)).size).toBeGreaterThan(1);
    expect(await store.df(terms)).toEqual(await mem.df(terms));
    expect(await store.postings(terms)).toEqual(await mem.postings(terms));
  });
});
